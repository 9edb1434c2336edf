import { randomUUID } from 'node:crypto';
import { hashPassword } from '../src/auth/password.js';
import { Sessions } from '../src/auth/sessions.js';
import type { Role } from '../src/auth/roles.js';
import { errorBodyProblems } from '../src/common/errors/error-codes-doc.js';
import {
  createTestApp,
  createTestOrg,
  householdBody,
  TEST_PASSWORD,
  uniqueRef,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

/**
 * Every POST and PUT route the OpenAPI document describes, swept with bad
 * input: each property of the body (from the request schema and a valid
 * body) in turn gets a wrong type, a huge or NUL-holding string, an
 * impossible date, an out-of-range number, a malformed, unknown or foreign
 * id; path ids too. The answer must be a 4xx in the api-conventions error
 * shape, never a 5xx, and a refused write must leave no trace: the watched
 * records are unchanged (same version) and no list grew.
 *
 * A new route fails this sweep until FIXTURES says how to make one valid
 * request for it; a new reference field fails it until REFERENCES names
 * the resource it points at.
 */

type Kind =
  'string' | 'enum' | 'date' | 'instant' | 'number' | 'boolean' | 'object' | 'array' | 'id' | 'ids' | 'unknown';
type Body = Record<string, unknown>;
type Schema = {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
};
type OpenApi = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

/** What a refused write may answer; anything else (a 2xx for a must-refuse value, a 5xx, 401/403 for an admin) is a finding. */
const REFUSED = [400, 404, 409, 413, 415, 422];
/** Requests in flight at once: enough to keep both cores busy, few enough for the pool. */
const CONCURRENCY = 8;
const LONG = 'x'.repeat(100_000);

/** Creates an organisation's records on demand, once each, through the API. */
class Seeder {
  private readonly cache = new Map<string, Promise<string>>();
  constructor(
    private readonly t: TestApp,
    readonly org: TestOrg,
  ) {}

  async post(path: string, body: Body): Promise<Body> {
    const res = await this.t.http().post(`/api/${path}`).set(this.org.auth('admin')).send(body);
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`seeding ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Body;
  }

  private once(key: string, make: () => Promise<string>): Promise<string> {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key)!;
  }

  user = (role: Role = 'admin') => Promise.resolve(this.org.users[role].id);
  household = () => this.once('household', async () => (await this.post('households', householdBody())).id as string);
  person = () =>
    this.once(
      'person',
      async () =>
        (await this.post('persons', { householdId: await this.household(), firstName: 'Olena' })).id as string,
    );
  plan = () =>
    this.once(
      'plan',
      async () => (await this.post('perspective-plans', { personId: await this.person() })).id as string,
    );
  obstacle = () =>
    this.once(
      'obstacle',
      async () =>
        (
          await this.post('obstacles', {
            personId: await this.person(),
            domainKey: 'work',
            title: 'No job',
            identifiedOn: '2025-01-01',
          })
        ).id as string,
    );
  breakthrough = () =>
    this.once('breakthrough', async () => {
      const obstacle = (
        await this.post('obstacles', {
          personId: await this.person(),
          domainKey: 'housing',
          title: 'No house',
          identifiedOn: '2025-01-01',
        })
      ).id;
      return (
        await this.post('breakthroughs', {
          householdId: await this.household(),
          date: '2026-01-01',
          title: 'Keys',
          obstacleIds: [obstacle],
        })
      ).id as string;
    });
  employer = () =>
    this.once(
      'employer',
      async () => (await this.post('employers', { name: `Employer ${randomUUID()}` })).id as string,
    );
  partner = () =>
    this.once(
      'partner',
      async () => (await this.post('partner-organizations', { name: `Partner ${randomUUID()}` })).id as string,
    );
  systemicObstacle = () =>
    this.once(
      'systemicObstacle',
      async () =>
        (
          await this.post('obstacles', {
            personId: await this.person(),
            domainKey: 'work',
            title: 'A rule',
            identifiedOn: '2025-01-01',
            systemic: true,
          })
        ).id as string,
    );
  activity = () =>
    this.once(
      'activity',
      async () =>
        (
          await this.post('activities', {
            type: 'workshop',
            title: 'Applying',
            date: '2026-01-01',
            durationMinutes: 60,
            online: true,
          })
        ).id as string,
    );
  signal = () =>
    this.once(
      'signal',
      async () => (await this.post('policy-signals', { title: 'Signal', theme: 'work' })).id as string,
    );
  label = () => this.once('label', async () => this.newLabel());
  newLabel = async () =>
    (await this.post('labels', { name: { en: `Label ${randomUUID().slice(0, 8)}` } })).id as string;
  placement = () =>
    this.once(
      'placement',
      async () => (await this.post('placements', { personId: await this.person(), type: 'paid_job' })).id as string,
    );
  task = () =>
    this.once('task', async () => (await this.post('tasks', { title: 'Call', dueDate: '2026-12-01' })).id as string);
  consent = () =>
    this.once(
      'consent',
      async () =>
        (await this.post('consents', { personId: await this.person(), purpose: 'support', givenHow: 'spoken' }))
          .id as string,
    );
  referral = () =>
    this.once(
      'referral',
      async () =>
        (await this.post('referrals', { personId: await this.person(), partnerOrganizationId: await this.partner() }))
          .id as string,
    );
  contactLog = () =>
    this.once(
      'contactLog',
      async () =>
        (
          await this.post('contact-logs', {
            householdId: await this.household(),
            personIds: [await this.person()],
            occurredAt: '2026-01-01T10:00:00Z',
            minutes: 5,
            channel: 'phone',
            labelIds: [await this.label()],
          })
        ).id as string,
    );
  question = () =>
    this.once(
      'question',
      async () =>
        (
          await this.post('helpdesk-questions', {
            receivedAt: '2026-01-01T10:00:00Z',
            channel: 'email',
            question: 'Q?',
          })
        ).id as string,
    );
  skill = () =>
    this.once(
      'skill',
      async () => (await this.post('skills', { kind: 'skill', nameNl: `Skill ${randomUUID()}` })).id as string,
    );
  /** Many skills of the organisation at once (as the owner), so every accepted person-skill has its own. */
  skillPool = async (count: number): Promise<string[]> =>
    (
      await this.t.dataSource.query<{ id: string }[]>(
        `INSERT INTO skills (organization_id, kind, name_nl, name_en, name_uk)
         SELECT $1, 'skill', 'Pool ' || n, 'Pool ' || n, 'Pool ' || n FROM generate_series(1, $2) n RETURNING id`,
        [this.org.organization.id, count],
      )
    ).map((row) => row.id);
  vacancy = () =>
    this.once(
      'vacancy',
      async () => (await this.post('vacancies', { employerId: await this.employer(), title: 'Cook' })).id as string,
    );
  /** Unlabelled logs of a member who consented to research: what double coding samples from (each log once). */
  researchLogs = async (count: number) => {
    await this.once(
      'researchConsent',
      async () =>
        (
          await this.post('consents', {
            personId: await this.person(),
            purpose: 'research',
            givenHow: 'written',
            givenOn: '2025-01-01',
          })
        ).id as string,
    );
    for (let i = 0; i < count; i++) {
      await this.post('contact-logs', {
        householdId: await this.household(),
        personIds: [await this.person()],
        occurredAt: '2026-01-02T10:00:00Z',
        minutes: 5,
        channel: 'phone',
      });
    }
  };
  /** A sample the admin codes. */
  sample = () =>
    this.once('sample', async () => {
      await this.researchLogs(2);
      const sample = await this.post('coding-samples', {
        name: 'Sample',
        size: 2,
        firstCoderId: this.org.users.admin.id,
        secondCoderId: this.org.users.researcher.id,
      });
      return sample.id as string;
    });
}

/** The resource a reference field points at, as the Seeder method that makes one. */
const REFERENCES: Record<string, (s: Seeder) => Promise<string>> = {
  householdId: (s) => s.household(),
  personId: (s) => s.person(),
  personIds: (s) => s.person(),
  planId: (s) => s.plan(),
  obstacleId: (s) => s.obstacle(),
  obstacleIds: (s) => s.obstacle(),
  blocksIds: (s) => s.obstacle(),
  breakthroughId: (s) => s.breakthrough(),
  breakthroughIds: (s) => s.breakthrough(),
  employerId: (s) => s.employer(),
  partnerOrganizationId: (s) => s.partner(),
  partnerOrganizationIds: (s) => s.partner(),
  placementId: (s) => s.placement(),
  labelIds: (s) => s.label(),
  addLabelIds: (s) => s.label(),
  removeLabelIds: (s) => s.label(),
  parentId: (s) => s.label(),
  intoId: (s) => s.label(),
  contactLogId: (s) => s.contactLog(),
  assigneeId: (s) => s.user(),
  assigneeIds: (s) => s.user(),
  ownerId: (s) => s.user(),
  matcherId: (s) => s.user(),
  authorId: (s) => s.user(),
  answeredById: (s) => s.user(),
  firstCoderId: (s) => s.user(),
  secondCoderId: (s) => s.user(),
  skillId: (s) => s.skill(),
  skillIds: (s) => s.skill(),
  vacancyId: (s) => s.vacancy(),
};

/** One resource's valid create body (also its PUT body), and the part that must differ per record. */
interface ResourceFixture {
  body: (s: Seeder) => Promise<Body>;
  unique?: () => Body;
  /** Makes one of these records in another organisation, for a path id that is not ours. */
  foreign: (s: Seeder) => Promise<string>;
}

const RESOURCES: Record<string, ResourceFixture> = {
  households: {
    body: async (s) =>
      householdBody({
        shelterEndDate: '2026-12-31',
        protectionEndDate: '2027-03-04',
        languages: ['uk'],
        status: 'active',
        assigneeIds: [await s.user()],
        notes: 'Notes',
      }),
    unique: () => ({ reference: uniqueRef('BAD') }),
    foreign: (s) => s.household(),
  },
  persons: {
    body: async (s) => ({
      householdId: await s.household(),
      firstName: 'Olena',
      birthYear: 1988,
      householdRole: 'head',
      languageLevels: { nl: 'A2' },
      educationLevel: 'master',
      diplomaEvaluation: 'requested',
      profession: 'Psychologist',
      experience: 'Ten years',
      talents: 'Listening',
      ambitions: 'Practice again',
      childcareNeed: false,
      notes: 'Notes',
      matchingSince: '2025-01-01',
    }),
    foreign: (s) => s.person(),
  },
  'perspective-plans': {
    body: async (s) => ({
      personId: await s.person(),
      perspective: 'Work again',
      goals: { work: 'Psychologist' },
      status: 'draft',
      startDate: '2026-01-01',
      nextReviewDate: '2026-06-01',
      ownerId: await s.user(),
    }),
    foreign: (s) => s.plan(),
  },
  obstacles: {
    body: async (s) => ({
      planId: await s.plan(),
      personId: await s.person(),
      domainKey: 'work',
      title: 'No job',
      description: 'Why',
      severity: 'high',
      status: 'open',
      identifiedOn: '2025-01-01',
      systemic: true,
      systemicNote: 'Rules',
      blocksIds: [],
    }),
    foreign: (s) => s.obstacle(),
  },
  breakthroughs: {
    body: async (s) => ({
      householdId: await s.household(),
      date: '2026-01-01',
      title: 'Keys',
      description: 'How',
      obstacleIds: [await s.obstacle()],
      partner: 'Buddy',
      partnerOrganizationId: await s.partner(),
      costEur: 250,
      outcome: 'A house',
      resolveObstacles: false,
    }),
    foreign: (s) => s.breakthrough(),
  },
  employers: {
    body: async () => ({
      sector: 'Care',
      city: 'Zaandam',
      contactName: 'Anna',
      contactEmail: 'anna@example.org',
      contactPhone: '0612345678',
      notes: 'Notes',
      status: 'active',
    }),
    unique: () => ({ name: `Employer ${randomUUID()}` }),
    foreign: (s) => s.employer(),
  },
  'network-conversations': {
    body: async (s) => ({
      personId: await s.person(),
      employerId: await s.employer(),
      contact: 'Anna',
      date: '2026-01-01',
      sector: 'Care',
      outcome: 'lead',
      notes: 'Notes',
    }),
    foreign: async (s) =>
      (await s.post('network-conversations', { personId: await s.person(), date: '2026-01-01', contact: 'X' }))
        .id as string,
  },
  placements: {
    body: async (s) => ({
      personId: await s.person(),
      employerId: await s.employer(),
      matcherId: await s.user(),
      type: 'paid_job',
      contractType: 'fixed_term',
      hoursPerWeek: 24,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      sector: 'Care',
      jobTitle: 'Nurse',
      fit: 'fits',
      status: 'started',
      source: 'matcher',
      notes: 'Notes',
      // The test household is under temporary protection: the employer notified UWV before the start.
      uwvNotifiedOn: '2025-12-01',
      hourlyWage: 14.5,
      actualHoursPerWeek: 20,
      signals: [{ kind: 'other', date: '2025-12-15', actionTaken: 'Talked to the employer' }],
    }),
    foreign: (s) => s.placement(),
  },
  tasks: {
    body: async (s) => ({
      title: 'Call',
      dueDate: '2026-12-01',
      assigneeId: await s.user(),
      householdId: await s.household(),
      status: 'open',
      notes: 'Notes',
    }),
    foreign: (s) => s.task(),
  },
  'partner-organizations': {
    body: async () => ({ kind: 'helpline', contact: 'Phone', domainKeys: ['work'] }),
    unique: () => ({ name: `Partner ${randomUUID()}` }),
    foreign: (s) => s.partner(),
  },
  'saved-views': {
    body: async () => ({ resource: 'households', filter: { status: 'active' }, shared: false }),
    unique: () => ({ name: `View ${randomUUID()}` }),
    foreign: async (s) =>
      (await s.post('saved-views', { resource: 'households', name: `V ${randomUUID()}` })).id as string,
  },
  consents: {
    body: async (s) => ({ personId: await s.person(), purpose: 'support', givenOn: '2025-01-01', givenHow: 'spoken' }),
    foreign: (s) => s.consent(),
  },
  // One route per person: each body names a person of its own.
  'integration-routes': {
    body: async (s) => ({
      personId: (await s.post('persons', { householdId: await s.household(), firstName: 'Shakib' })).id as string,
      route: 'b1',
      startDate: '2025-01-01',
      deadline: '2028-01-01',
      lessonHoursPerWeek: 12.5,
      languageStatus: 'completed',
      languageStartedOn: '2025-01-15',
      languageCompletedOn: '2025-11-01',
      societyKnowledgeStatus: 'in_progress',
      societyKnowledgeStartedOn: '2025-02-01',
      societyKnowledgeCompletedOn: null,
      labourMarketModuleStatus: 'exempted',
      labourMarketModuleStartedOn: null,
      labourMarketModuleCompletedOn: '2025-03-01',
      participationStatementStatus: 'not_started',
      participationStatementStartedOn: null,
      participationStatementCompletedOn: null,
      notes: 'Evening lessons',
    }),
    foreign: async (s) =>
      (
        await s.post('integration-routes', {
          personId: (await s.post('persons', { householdId: await s.household(), firstName: 'Shakib' })).id,
          route: 'b1',
          startDate: '2025-01-01',
        })
      ).id as string,
  },
  'shelter-moves': {
    body: async (s) => ({
      householdId: await s.household(),
      date: '2025-06-01',
      fromShelterType: 'host_family',
      toShelterType: 'hotel',
      fromPlace: 'Zaandam',
      toPlace: 'Hotel Noord',
      noticeDays: 2,
      forced: true,
      reason: 'Host family stopped',
    }),
    foreign: async (s) =>
      (await s.post('shelter-moves', { householdId: await s.household(), date: '2025-06-01', toShelterType: 'hotel' }))
        .id as string,
  },
  incomes: {
    body: async (s) => ({ personId: await s.person(), source: 'work', amount: 1850.5, from: '2025-01-01', to: null }),
    foreign: async (s) =>
      (await s.post('incomes', { personId: await s.person(), source: 'allowance', amount: 100, from: '2025-01-01' }))
        .id as string,
  },
  referrals: {
    body: async (s) => ({
      personId: await s.person(),
      partnerOrganizationId: await s.partner(),
      domainKey: 'work',
      reason: 'Help',
      date: '2026-01-01',
      status: 'proposed',
      outcome: 'Pending',
    }),
    foreign: (s) => s.referral(),
  },
  labels: {
    body: async (s) => ({
      parentId: await s.label(),
      color: '#1976d2',
      definition: 'Meaning',
      domainKey: 'work',
      archived: false,
    }),
    unique: () => ({ name: { en: `Label ${randomUUID().slice(0, 8)}`, nl: 'Label', uk: 'Мітка' } }),
    foreign: (s) => s.label(),
  },
  'contact-logs': {
    body: async (s) => ({
      householdId: await s.household(),
      personIds: [await s.person()],
      occurredAt: '2026-01-01T10:00:00Z',
      minutes: 30,
      channel: 'phone',
      language: 'uk',
      authorId: await s.user(),
      note: 'Note',
      labelIds: [await s.label()],
      labelMinutes: { [await s.label()]: 30 },
      obstacleIds: [await s.obstacle()],
      breakthroughIds: [await s.breakthrough()],
      followUpOn: '2026-02-01',
    }),
    foreign: (s) => s.contactLog(),
  },
  'helpdesk-questions': {
    body: async (s) => ({
      receivedAt: '2026-01-01T10:00:00Z',
      channel: 'email',
      language: 'uk',
      question: 'Q?',
      answer: 'A.',
      minutes: 10,
      labelIds: [await s.label()],
      status: 'answered',
      householdId: await s.household(),
      answeredById: await s.user(),
    }),
    foreign: (s) => s.question(),
  },
  // Issue 16.
  skills: {
    body: async () => ({
      kind: 'occupation',
      sector: 'care',
      nameNl: 'Verzorgende',
      nameEn: 'Carer',
      nameUk: 'Доглядальниця',
    }),
    foreign: (s) => s.skill(),
  },
  'person-skills': (() => {
    // A person has a skill once: every accepted create takes the next skill of the pool.
    let pool: string[] = [];
    return {
      body: async (s: Seeder) => {
        pool = await s.skillPool(150);
        return { personId: await s.person(), level: 'experienced', shownInPractice: true };
      },
      unique: () => {
        const skillId = pool.shift();
        if (!skillId) throw new Error('person-skills: the pool of skills ran out');
        return { skillId };
      },
      foreign: async (s: Seeder) =>
        (await s.post('person-skills', { personId: await s.person(), skillId: await s.skill() })).id as string,
    };
  })(),
  qualifications: {
    body: async (s) => ({
      personId: await s.person(),
      title: 'Bachelor of Nursing',
      country: 'UA',
      field: 'care',
      evaluatedBy: 'nuffic_idw',
      evaluatedOn: '2025-11-03',
      result: 'hbo_bachelor',
      regulatedProfession: 'care_big',
      recognitionStatus: 'applied',
    }),
    foreign: async (s) => (await s.post('qualifications', { personId: await s.person(), title: 'X' })).id as string,
  },
  'language-assessments': {
    body: async (s) => ({
      personId: await s.person(),
      language: 'nl',
      level: 'A2',
      assessedOn: '2025-06-01',
      method: 'course_test',
    }),
    foreign: async (s) =>
      (
        await s.post('language-assessments', {
          personId: await s.person(),
          language: 'nl',
          level: 'B1',
          assessedOn: '2025-06-01',
          method: 'formal_exam',
        })
      ).id as string,
  },
  courses: {
    body: async (s) => ({
      personId: await s.person(),
      kind: 'vocational_training',
      title: 'Helpende zorg',
      provider: 'ROC',
      field: 'care',
      hoursPerWeek: 8,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      completed: false,
    }),
    foreign: async (s) =>
      (await s.post('courses', { personId: await s.person(), kind: 'language_formal', title: 'NT2' })).id as string,
  },
  vacancies: {
    body: async (s) => ({
      employerId: await s.employer(),
      title: 'Verzorgende',
      sector: 'care',
      municipality: 'Zaanstad',
      hoursPerWeek: 24,
      contractType: 'fixed_term',
      language: 'nl',
      languageLevel: 'A2',
      skillIds: [await s.skill()],
      status: 'open',
      notes: 'Notes',
    }),
    foreign: (s) => s.vacancy(),
  },
  activities: {
    body: async (s) => ({
      type: 'focus_group',
      title: 'Focus group',
      date: '2026-01-01',
      durationMinutes: 90,
      online: false,
      municipality: 'Utrecht',
      organiser: 'Doorbraak',
      organiserMinutes: 180,
      partnerOrganizationIds: [await s.partner()],
      languages: ['uk', 'nl'],
      notes: 'Notes',
      labelIds: [await s.label()],
      personIds: [await s.person()],
      anonymousCount: 3,
    }),
    foreign: (s) => s.activity(),
  },
  'policy-signals': {
    body: async () => ({
      title: 'Signal',
      problem: 'Problem',
      theme: 'work',
      raisedWith: 'municipality',
      raisedWithName: 'Utrecht',
      raisedOn: '2026-01-01',
      raisedHow: 'Letter',
      answer: 'Answer',
      answeredOn: '2026-01-02',
      status: 'answered',
    }),
    foreign: (s) => s.signal(),
  },
  users: {
    body: async () => ({ fullName: 'New User', role: 'caseworker', password: TEST_PASSWORD, active: true }),
    unique: () => ({ email: `sweep-${randomUUID().slice(0, 8)}@test.example` }),
    foreign: (s) => s.user('researcher'),
  },
  'coding-samples': {
    body: async (s) => {
      // Enough to sample from for every variant a server may accept, and the valid request after them.
      await s.researchLogs(15);
      return {
        name: 'Sample',
        size: 1,
        firstCoderId: await s.user(),
        secondCoderId: await s.user('researcher'),
        from: '2025-01-01',
        to: '2026-12-31',
      };
    },
    foreign: (s) => s.sample(),
  },
};

/** One valid request for a route, with what a refused variant of it must leave unchanged. */
/**
 * Writes this sweep of JSON bodies does not reach, with the reason: their own
 * bad-input tests are in test/imports.e2e-spec.ts.
 */
const NOT_JSON_WRITES: Record<string, string> = {
  'POST /api/imports': 'a multipart upload (a spreadsheet), not a JSON body',
  'POST /api/imports/{id}/check': 'no body: starts the dry run of an upload',
  'POST /api/imports/{id}/run': 'no body: starts the import of a checked upload',
};

interface Target {
  params: Record<string, string>;
  /** A valid body; called per request so unique fields stay unique. */
  body: () => Body;
  /** Records (GET paths) a refused request must leave exactly as they were. */
  watch: string[];
  /** The list (GET path) an accepted request adds one row to. */
  ownList?: string;
  /** The path parameters' records of another organisation. */
  foreignParams: Record<string, string>;
  role?: Role | null;
  /** Answers that are the documented refusal of this route besides REFUSED, with the reason. */
  alsoRefused?: number[];
  /** Reference fields whose resource depends on the route (bulk labelling's `ids`). */
  references?: Record<string, (s: Seeder) => Promise<string>>;
  /** Undoes an accepted request that would spoil the ones after it. */
  afterAccepted?: () => Promise<void>;
}

interface Context {
  t: TestApp;
  own: Seeder;
  other: Seeder;
}

const freshBody = (fixture: ResourceFixture, base: Body) => () => ({ ...base, ...fixture.unique?.() });

/** How to make one valid request, per route of the OpenAPI document. */
const FIXTURES: Record<string, (c: Context) => Promise<Target>> = {
  ...Object.fromEntries(
    Object.entries(RESOURCES).flatMap(([resource, fixture]) => [
      [
        `POST /api/${resource}`,
        async ({ own }: Context) => {
          const base = await fixture.body(own);
          return {
            params: {},
            body: freshBody(fixture, base),
            watch: [],
            ownList: `/api/${resource}`,
            foreignParams: {},
          };
        },
      ],
      [
        `PUT /api/${resource}/{id}`,
        async ({ own, other }: Context) => {
          const body = { ...(await fixture.body(own)), ...fixture.unique?.() };
          const id = (await own.post(resource, body)).id as string;
          return {
            params: { id },
            body: () => body,
            watch: [`/api/${resource}/${id}`],
            foreignParams: { id: await fixture.foreign(other) },
          };
        },
      ],
    ]),
  ),
  // One route per person: an accepted create is taken back (past row-level security), so the next is no duplicate.
  'POST /api/integration-routes': async ({ t, own }) => {
    const body = await RESOURCES['integration-routes'].body(own);
    return {
      params: {},
      body: () => body,
      watch: [],
      foreignParams: {},
      afterAccepted: async () => {
        await t.dataSource.query('DELETE FROM integration_routes WHERE person_id = $1', [body.personId]);
      },
    };
  },
  'POST /api/perspective-plans/{id}/reviews': async ({ own, other }) => {
    const id = (await own.post('perspective-plans', { personId: await own.person() })).id as string;
    return {
      params: { id },
      body: () => ({ note: 'Went well', reviewedOn: '2026-01-01' }),
      watch: [`/api/perspective-plans/${id}`],
      ownList: `/api/perspective-plans/${id}/reviews`,
      foreignParams: { id: await other.plan() },
    };
  },
  // Each accepted version must start after the last one: the body moves a day on per request.
  'POST /api/policy-parameters': () => {
    let day = 0;
    return Promise.resolve({
      params: {},
      body: () => ({
        key: 'max_weekly_hours_lessons_and_work',
        value: 40,
        unit: 'hours_per_week',
        validFrom: new Date(Date.UTC(2040, 0, 1 + day++)).toISOString().slice(0, 10),
        validTo: null,
        sourceDocument: 'Sweep',
        sourceParagraph: 'Paragraph',
      }),
      watch: [],
      ownList: '/api/policy-parameters',
      foreignParams: {},
    });
  },
  'PUT /api/imports/{id}': async ({ t, own, other }) => {
    const upload = async (seeder: Seeder) =>
      (
        await t
          .http()
          .post('/api/imports')
          .set(seeder.org.auth('admin'))
          .field('kind', 'employers')
          .attach('file', Buffer.from('name,city\nSweep BV,Zaandam\n'), 'employers.csv')
          .expect(201)
      ).body.id as string;
    return {
      params: { id: await upload(own) },
      body: () => ({ mapping: { name: 'name', city: 'city' }, matchBy: null, allOrNothing: false }),
      watch: [],
      foreignParams: { id: await upload(other) },
    };
  },
  'POST /api/notifications/read': async () => ({
    params: {},
    body: () => ({ keys: ['task:none'] }),
    watch: [],
    foreignParams: {},
  }),
  'POST /api/labels/{id}/merge': async ({ own, other }) => {
    const id = await own.newLabel();
    const into = await own.newLabel();
    return {
      params: { id },
      body: () => ({ intoId: into }),
      watch: [`/api/labels/${id}`, `/api/labels/${into}`],
      foreignParams: { id: await other.label() },
    };
  },
  'POST /api/activities/bulk-labels': async ({ own }) => {
    const id = await own.activity();
    const add = await own.newLabel();
    return {
      params: {},
      body: () => ({ ids: [id], addLabelIds: [add], removeLabelIds: [] }),
      watch: [`/api/activities/${id}`],
      foreignParams: {},
      references: { ids: (s: Seeder) => s.activity() },
    };
  },
  'POST /api/policy-signals/{id}/obstacles': async ({ own, other }) => {
    const id = await own.signal();
    const obstacle = await own.systemicObstacle();
    return {
      params: { id },
      body: () => ({ obstacleIds: [obstacle] }),
      watch: [`/api/policy-signals/${id}`],
      foreignParams: { id: await other.signal() },
      references: { obstacleIds: (s: Seeder) => s.systemicObstacle() },
    };
  },
  ...Object.fromEntries(
    (['contact-logs', 'helpdesk-questions'] as const).map((resource) => [
      `POST /api/${resource}/bulk-labels`,
      async ({ own }: Context) => {
        const id = resource === 'contact-logs' ? await own.contactLog() : await own.question();
        const add = await own.newLabel();
        return {
          params: {},
          body: () => ({ ids: [id], addLabelIds: [add], removeLabelIds: [] }),
          watch: [`/api/${resource}/${id}`],
          foreignParams: {},
          references: { ids: (s: Seeder) => (resource === 'contact-logs' ? s.contactLog() : s.question()) },
        };
      },
    ]),
  ),
  'PUT /api/coding-samples/{id}/items/{contactLogId}': async ({ t, own, other }) => {
    const id = await own.sample();
    const items = (await t.http().get(`/api/coding-samples/${id}/items`).set(own.org.auth('admin')).expect(200))
      .body as { contactLogId: string }[];
    const otherSample = await other.sample();
    const otherItems = (
      await t.http().get(`/api/coding-samples/${otherSample}/items`).set(other.org.auth('admin')).expect(200)
    ).body as { contactLogId: string }[];
    const label = await own.label();
    return {
      params: { id, contactLogId: items[0].contactLogId },
      body: () => ({ labelIds: [label] }),
      watch: [`/api/coding-samples/${id}/items`],
      foreignParams: { id: otherSample, contactLogId: otherItems[0].contactLogId },
    };
  },
  // A person's data (issue 13): each erasure erases a record of its own, made for it.
  'POST /api/persons/{id}/erasure': async ({ own, other }) => {
    const id = (await own.post('persons', { householdId: await own.household(), firstName: 'Erasable' })).id as string;
    return {
      params: { id },
      body: () => ({ reason: 'data_subject_request', confirmation: 'Erasable' }),
      watch: [`/api/persons/${id}`],
      foreignParams: { id: await other.person() },
    };
  },
  'POST /api/households/{id}/erasure': async ({ own, other }) => {
    const household = await own.post('households', householdBody());
    return {
      params: { id: household.id as string },
      body: () => ({ reason: 'no_longer_needed', confirmation: household.reference }),
      watch: [`/api/households/${household.id as string}`],
      foreignParams: { id: await other.household() },
    };
  },
  'POST /api/retention/erasure': async ({ t, own }) => {
    const household = await own.post('households', householdBody({ status: 'closed' }));
    await t.dataSource.query(`UPDATE households SET closed_on = CURRENT_DATE - interval '3 years' WHERE id = $1`, [
      household.id,
    ]);
    return {
      params: {},
      body: () => ({ householdIds: [household.id], confirmation: '1' }),
      watch: [`/api/households/${household.id as string}`],
      foreignParams: {},
      references: { householdIds: (s: Seeder) => s.household() },
    };
  },
  'PUT /api/retention/settings': async () => ({
    params: {},
    body: () => ({ retentionMonths: 24 }),
    watch: ['/api/retention/settings'],
    foreignParams: {},
  }),
  'POST /api/research-exports': async ({ t }) => ({
    params: {},
    body: () => ({
      filter: { from: '2026-01-01', to: '2026-12-31', municipality: 'Zaanstad', track: 'individual_support' },
    }),
    watch: [],
    ownList: '/api/research-exports',
    foreignParams: {},
    // An accepted export runs in the background and is audited when done: let it finish here, or its
    // audit event lands in the next route's count.
    afterAccepted: async () => {
      for (let i = 0; i < 200; i++) {
        const [{ running }] = await t.dataSource.query(
          `SELECT count(*)::int AS running FROM research_exports WHERE status = 'running'`,
        );
        if (!running) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  }),
  'POST /api/research-exports/rotate-key': async () => ({
    params: {},
    body: () => ({}),
    watch: [],
    foreignParams: {},
  }),
  'POST /api/auth/login': async ({ own }) => ({
    params: {},
    body: () => ({ email: own.org.users.caseworker.email, password: TEST_PASSWORD }),
    watch: [],
    foreignParams: {},
    role: null,
    // Well-formed credentials that do not match are the documented 401.
    alsoRefused: [401],
    // Another organisation's id picks no account of this email: a 401 like a wrong password.
    references: { organizationId: async (s) => s.org.organization.id },
  }),
  'POST /api/auth/logout': async ({ t, own }) => ({
    params: {},
    body: () => ({}),
    watch: [],
    foreignParams: {},
    role: 'matcher',
    // Logging out ends the session the sweep signs its matcher's requests with.
    afterAccepted: async () => {
      own.org.tokens.matcher = await t.app.get(Sessions).start(own.org.users.matcher);
    },
  }),
  'POST /api/auth/change-password': async ({ t, own }) => ({
    // A user of its own, so the sweep's admin keeps its password.
    params: {},
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'Another-password-42' }),
    watch: [],
    foreignParams: {},
    role: 'coordinator',
    // A new password that happens to be strong is taken; the next requests need the old one again,
    // and a new session: a password change ends every session of the user.
    afterAccepted: async () => {
      await t.dataSource.query('UPDATE users SET password_hash = $1 WHERE id = $2', [
        await hashPassword(TEST_PASSWORD, 4),
        own.org.users.coordinator.id,
      ]);
      own.org.tokens.coordinator = await t.app.get(Sessions).start(own.org.users.coordinator);
    },
  }),
};

/** The body schema's properties and required list, with $ref and allOf resolved. */
function resolve(doc: OpenApi, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length)
    return { ...schema, ...schema.allOf.reduce<Schema>((all, part) => ({ ...all, ...resolve(doc, part) }), {}) };
  return schema;
}

function kindOf(name: string, schema: Schema | undefined, valid: unknown): Kind {
  if (REFERENCES[name] || /Ids?$/.test(name) || name === 'ids') return name.endsWith('s') ? 'ids' : 'id';
  if (schema?.enum) return 'enum';
  if (/(Date|On|Since)$/.test(name) || ['date', 'from', 'to'].includes(name)) return 'date';
  if (/At$/.test(name)) return 'instant';
  if (Array.isArray(valid)) return 'array';
  if (valid !== null && valid !== undefined) return typeof valid === 'object' ? 'object' : (typeof valid as Kind);
  if (schema?.type === 'integer' || schema?.type === 'number') return 'number';
  if (schema?.type === 'string' || schema?.type === 'boolean' || schema?.type === 'array') return schema.type;
  return 'unknown';
}

interface Mutation {
  what: string;
  /** Applied to a fresh valid body. */
  apply: (body: Body) => unknown;
  /** Whether every correct server refuses it; otherwise it may be accepted (but never a 5xx). */
  mustRefuse: boolean;
  params?: Record<string, string>;
  raw?: { type: string; text: string };
}

/** A copy of `body` with `path` (dotted) set to `value`. */
function setPath(body: Body, path: string[], value: unknown): Body {
  const [head, ...rest] = path;
  const copy = { ...body };
  copy[head] = rest.length ? setPath((body[head] ?? {}) as Body, rest, value) : value;
  return copy;
}

/**
 * The battery for one property (dotted `path`) of the body: every wrong type
 * once, and the edge values where they mean something for the field's kind
 * (impossible dates on dates, out-of-range numbers on numbers, malformed and
 * foreign ids on references). A field of unknown kind gets all of them.
 * Values of the field's own kind that may well be valid (a short text for a
 * text, null for most fields) may be accepted, but never answered with a 5xx.
 */
function propertyMutations(path: string[], kind: Kind, required: boolean, idValues: { foreign?: string }): Mutation[] {
  const field = path.join('.');
  const m = (what: string, value: unknown, mustRefuse: boolean): Mutation => ({
    what: `${field} = ${what}`,
    apply: (b) => setPath(b, path, value),
    mustRefuse,
  });
  const all = kind === 'unknown';
  const is = (...kinds: Kind[]) => all || kinds.includes(kind);
  const list: Mutation[] = [
    m('{x:1}', { x: 1 }, true),
    m('null', null, required),
    m('100k chars', LONG, true),
    m('NUL', 'a\u0000b', true),
    m('1e308', 1e308, true),
  ];
  if (!is('number')) list.push(m('12345', 12345, true));
  if (kind !== 'string') list.push(m('"text"', 'text', !all));
  if (kind !== 'boolean') list.push(m('true', true, true));
  list.push(m('["x"]', ['x'], kind !== 'array'));
  if (is('date', 'instant')) list.push(m('"2024-02-30"', '2024-02-30', !all), m('"0000-01-01"', '0000-01-01', !all));
  if (kind === 'instant') list.push(m('"2024-02-30T10:00:00Z"', '2024-02-30T10:00:00Z', true));
  if (is('number')) list.push(m('12345', 12345, false), m('-1', -1, !all), m('2147483648', 2147483648, true));
  if (is('id', 'ids')) list.push(m('"not-a-uuid"', 'not-a-uuid', !all), m('random UUID', randomUUID(), !all));
  if (kind === 'ids') {
    list.push(m('["not-a-uuid"]', ['not-a-uuid'], true), m('[random UUID]', [randomUUID()], true));
    if (idValues.foreign) list.push(m("[another organisation's id]", [idValues.foreign], true));
  }
  if (kind === 'id' && idValues.foreign) list.push(m("another organisation's id", idValues.foreign, true));
  return list;
}

function isRefusal(status: number, body: unknown, allowed: number[]): string | undefined {
  if (!allowed.includes(status)) return `status ${status}`;
  const b = body as { statusCode?: unknown; message?: unknown; errors?: unknown };
  if (b?.statusCode !== status || typeof b.message !== 'string') return 'not the error shape';
  if (status === 422 && (typeof b.errors !== 'object' || b.errors === null || Array.isArray(b.errors)))
    return '422 without errors object';
  // Every refusal carries a code from the one list, and each refused field its own (docs/api.md, "Error codes").
  const codes = errorBodyProblems(status, body);
  if (codes.length) return codes.join('; ');
  return undefined;
}

async function inChunks<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

describe('bad input on every POST and PUT route: a 4xx in the error shape, never a 5xx, nothing half-written', () => {
  let t: TestApp;
  let own: Seeder;
  let other: Seeder;
  let doc: OpenApi;
  let routes: string[];
  let lists: string[];

  beforeAll(async () => {
    t = await createTestApp();
    own = new Seeder(t, await createTestOrg(t, 'Sweep'));
    other = new Seeder(t, await createTestOrg(t, 'SweepOther'));
    doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApi;
    routes = Object.entries(doc.paths)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((method) => method === 'post' || method === 'put')
          .map((method) => `${method.toUpperCase()} ${path}`),
      )
      .filter((route) => !NOT_JSON_WRITES[route]);
    lists = Object.keys(doc.paths).filter((p) => !p.includes('{') && doc.paths[`${p}/{id}`]?.get);
  });
  afterAll(() => t.close());

  it('finds the write routes, and knows how to make a valid request for each', () => {
    expect(routes.length).toBeGreaterThan(35);
    expect(routes.filter((route) => !FIXTURES[route])).toEqual([]);
  });

  it('refuses every bad value on every route with a 4xx in the error shape and leaves no trace', async () => {
    const findings: string[] = [];
    for (const route of routes) {
      const make = FIXTURES[route];
      if (!make) continue; // reported by the test above
      findings.push(...(await sweep(route, await make({ t, own, other }))));
    }
    expect(findings).toEqual([]);
  }, 600_000);

  /** Every list's row count, by path. */
  async function listTotals(paths: string[]): Promise<Record<string, number>> {
    const totals = await inChunks(paths, CONCURRENCY, async (path) => {
      const res = await t.http().get(path).set(own.org.auth('admin'));
      if (res.status !== 200) throw new Error(`counting ${path}: ${res.status}`);
      const range = /\/(\d+)$/.exec(res.headers['content-range'] ?? '');
      return [path, range ? Number(range[1]) : (res.body as unknown[]).length] as const;
    });
    return Object.fromEntries(totals);
  }

  async function read(path: string): Promise<unknown> {
    const res = await t.http().get(path).set(own.org.auth('admin'));
    return { status: res.status, body: res.body };
  }
  const readAll = (paths: string[]) => Promise.all(paths.map(read));

  async function sweep(route: string, target: Target): Promise<string[]> {
    const [method, template] = route.split(' ');
    const schema = resolve(
      doc,
      doc.paths[template][method.toLowerCase()].requestBody?.content?.['application/json']?.schema,
    );
    // A field the create schema requires may not be null; on a PUT, leaving it out is fine and null may clear it.
    const required = method === 'POST' ? (schema.required ?? []) : [];
    const findings: string[] = [];
    const allowed = [...REFUSED, ...(target.alsoRefused ?? [])];
    const role = target.role === undefined ? 'admin' : target.role;

    const send = (m: Mutation) => {
      const params = { ...target.params, ...m.params };
      const path = template.replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(params[name]));
      let req = method === 'POST' ? t.http().post(path) : t.http().put(path);
      if (role) req = req.set(own.org.auth(role));
      return m.raw ? req.set('Content-Type', m.raw.type).send(m.raw.text) : req.send(m.apply(target.body()) as object);
    };

    const valid = target.body();
    const properties = new Map<string, Schema | undefined>(Object.entries(schema.properties ?? {}));
    for (const name of Object.keys(valid)) if (!properties.has(name)) properties.set(name, undefined);
    // The optimistic lock react-admin sends back on every PUT of a record.
    if (method === 'PUT' && template.endsWith('/{id}')) properties.set('version', { type: 'integer' });

    const mutations: Mutation[] = [
      { what: 'an unknown extra field', apply: (b) => ({ ...b, unknownField: 'x' }), mustRefuse: true },
      { what: 'a JSON array as body', apply: () => [valid], mustRefuse: true },
      {
        what: 'malformed JSON',
        apply: () => undefined,
        raw: { type: 'application/json', text: '{"a":' },
        mustRefuse: true,
      },
      {
        what: 'a JSON string as body',
        apply: () => undefined,
        raw: { type: 'application/json', text: '"x"' },
        mustRefuse: true,
      },
      {
        what: 'a text/plain body',
        apply: () => undefined,
        raw: { type: 'text/plain', text: JSON.stringify(valid) },
        mustRefuse: true,
      },
    ];
    for (const [name, propertySchema] of properties) {
      const reference = target.references?.[name] ?? REFERENCES[name];
      const kind = kindOf(name, resolve(doc, propertySchema), valid[name]);
      if ((kind === 'id' || kind === 'ids') && !reference) {
        findings.push(`${route}: reference field ${name} has no entry in REFERENCES`);
        continue;
      }
      const foreign = reference ? await reference(other) : undefined;
      mutations.push(
        ...propertyMutations([name], kind, required.includes(name) && !propertySchema?.nullable, { foreign }),
      );
      // One level down into objects (label names, language levels, goals, minutes per label).
      const value = valid[name];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const key of Object.keys(value))
          mutations.push(...propertyMutations([name, key], kindOf(key, undefined, (value as Body)[key]), false, {}));
      }
    }
    for (const [param, value] of Object.entries(target.params)) {
      const as = (what: string, v: string): Mutation => ({
        what: `path ${param} = ${what}`,
        apply: (b) => b,
        params: { [param]: v },
        mustRefuse: true,
      });
      mutations.push(as('"not-a-uuid"', 'not-a-uuid'), as('random UUID', randomUUID()), as('a NUL', `${value}\u0000`));
      if (target.foreignParams[param]) mutations.push(as("another organisation's record", target.foreignParams[param]));
    }

    // A sub-collection (a plan's reviews) is counted with the lists.
    const counted = target.ownList && !lists.includes(target.ownList) ? [...lists, target.ownList] : lists;
    const listsBefore = await listTotals(counted);
    let watched = await readAll(target.watch);
    let accepted = 0;
    const check = (m: Mutation, res: { status: number; body: unknown }) => {
      if (res.status >= 200 && res.status < 300 && !m.mustRefuse) return true;
      const problem = res.status >= 200 && res.status < 300 ? 'accepted' : isRefusal(res.status, res.body, allowed);
      if (problem) findings.push(`${route} with ${m.what}: ${problem} ${JSON.stringify(res.body).slice(0, 200)}`);
      return false;
    };

    // Values every correct server refuses: in parallel, then the watched records must be as they were.
    const refuse = mutations.filter((m) => m.mustRefuse);
    for (let i = 0; i < refuse.length; i += CONCURRENCY) {
      const chunk = refuse.slice(i, i + CONCURRENCY);
      const answers = await Promise.all(chunk.map(send));
      answers.forEach((res, j) => check(chunk[j], res));
      const accepts = answers.filter((res) => res.status < 300).length;
      accepted += accepts;
      const now = await readAll(target.watch);
      if (!accepts && JSON.stringify(now) !== JSON.stringify(watched)) {
        findings.push(
          `${route}: a refused write changed ${target.watch.join(', ')} (${chunk.map((m) => m.what).join('; ')})`,
        );
      }
      watched = now;
    }
    // Values a server may accept: one at a time, so a refusal can be told apart from an accepted write.
    for (const m of mutations.filter((m) => !m.mustRefuse)) {
      const res = await send(m);
      if (check(m, res)) {
        accepted++;
        await target.afterAccepted?.();
      }
      const now = await readAll(target.watch);
      if (res.status >= 300 && JSON.stringify(now) !== JSON.stringify(watched))
        findings.push(`${route} with ${m.what}: refused (${res.status}) but changed ${target.watch.join(', ')}`);
      watched = now;
    }

    // No list grew but by the writes that were accepted.
    const listsAfter = await listTotals(counted);
    for (const path of counted) {
      const expected = listsBefore[path] + (path === target.ownList ? accepted : 0);
      // Accepted writes are recorded, and so is looking at a watched person or household (an audited read).
      const auditedReads = target.watch.some((w) => /^\/api\/(persons|households)\//.test(w));
      if (path === '/api/audit-events' && (accepted > 0 || auditedReads)) continue;
      if (path === target.ownList || listsAfter[path] !== listsBefore[path]) {
        if (listsAfter[path] !== expected)
          findings.push(`${route}: ${path} has ${listsAfter[path]} rows, expected ${expected} (${accepted} accepted)`);
      }
    }

    // And the valid request itself is accepted: the refusals were about the bad values.
    const control = await send({ what: 'the valid body', apply: (b) => b, mustRefuse: false });
    if (control.status >= 300)
      findings.push(
        `${route}: the valid request was refused: ${control.status} ${JSON.stringify(control.body).slice(0, 300)}`,
      );
    else await target.afterAccepted?.();
    return findings;
  }
});
