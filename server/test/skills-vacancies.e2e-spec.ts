import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/** Issue 16: skills, qualifications, language assessments, courses, vacancies and their suggestions. */
describe('skills, learning and vacancies', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Skills');
    other = await createTestOrg(t, 'Other');
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, role: Parameters<TestOrg['auth']>[0] = 'coordinator', o = org) =>
    t.http().post(`/api/${path}`).set(o.auth(role)).send(body);
  const get = (path: string, role: Parameters<TestOrg['auth']>[0] = 'coordinator', o = org) =>
    t.http().get(`/api/${path}`).set(o.auth(role));

  async function person(
    household: Record<string, unknown> = {},
    fields: Record<string, unknown> = {},
    o = org,
  ): Promise<string> {
    const householdId = (await post('households', householdBody(household), 'admin', o).expect(201)).body.id;
    return (await post('persons', { householdId, firstName: 'Olena', ...fields }, 'admin', o).expect(201)).body.id;
  }
  const skillId = async (key: string): Promise<string> =>
    (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM skills WHERE key = $1 AND organization_id IS NULL`, [
        key,
      ])
    )[0].id;
  const employer = async (o = org): Promise<string> =>
    (await post('employers', { name: `Zorg ${Math.random()}`, city: 'Zaanstad' }, 'matcher', o).expect(201)).body.id;

  describe('skills', () => {
    it('ships a shared list of hundreds of occupations and skills, care and hospitality included, found in nl, en and uk', async () => {
      const all = await get('skills?range=[0,0]').expect(200);
      const total = Number(/\/(\d+)$/.exec(all.headers['content-range'])![1]);
      expect(total).toBeGreaterThanOrEqual(300);
      for (const sector of ['care', 'hospitality']) {
        const res = await get(`skills?filter=${encodeURIComponent(JSON.stringify({ sector }))}&range=[0,999]`);
        expect(res.body.length).toBeGreaterThanOrEqual(20);
      }
      for (const q of ['Verzorgende IG', 'Certified carer', 'Доглядальниця з медичними']) {
        const res = await get(`skills?filter=${encodeURIComponent(JSON.stringify({ q }))}`, 'matcher').expect(200);
        expect(res.body.map((s: { key: string }) => s.key)).toContain('nurse_vig');
      }
      const [vig] = (await get(`skills?filter=${encodeURIComponent(JSON.stringify({ q: 'Verzorgende IG' }))}`)).body;
      expect(vig).toMatchObject({
        organizationId: null,
        kind: 'occupation',
        sector: 'care',
        nameEn: 'Certified carer (VIG)',
      });
    });

    it('lets an organisation add its own skill, which only it sees and changes, and keeps the shared list read-only', async () => {
      const own = await post(
        'skills',
        { kind: 'skill', nameNl: 'Werken met de Zaanse tilliften', sector: 'care' },
        'caseworker',
      ).expect(201);
      // Without a translation the Dutch name shows everywhere.
      expect(own.body).toMatchObject({
        organizationId: org.organization.id,
        nameEn: 'Werken met de Zaanse tilliften',
        key: null,
      });
      await get(`skills/${own.body.id}`, 'admin', other).expect(404);
      const search = encodeURIComponent(JSON.stringify({ q: 'Zaanse tilliften' }));
      expect((await get(`skills?filter=${search}`, 'admin', other)).body).toEqual([]);
      expect((await get(`skills?filter=${search}`, 'researcher')).body).toHaveLength(1);
      await t.http().put(`/api/skills/${own.body.id}`).set(other.auth('admin')).send({ nameNl: 'x' }).expect(404);
      await t
        .http()
        .put(`/api/skills/${own.body.id}`)
        .set(org.auth('matcher'))
        .send({ nameEn: 'Using the lifts' })
        .expect(200);

      const shared = await skillId('cook');
      const refused = await t
        .http()
        .put(`/api/skills/${shared}`)
        .set(org.auth('admin'))
        .send({ nameNl: 'Kokkie' })
        .expect(403);
      expect(refused.body.code).toBe('shared_skill');
      expect((await t.http().delete(`/api/skills/${shared}`).set(org.auth('admin')).expect(403)).body.code).toBe(
        'shared_skill',
      );
      await post('skills', { kind: 'skill', nameNl: 'x' }, 'researcher').expect(403);

      // A skill in use stays.
      const personId = await person();
      await post('person-skills', { personId, skillId: own.body.id }).expect(201);
      const inUse = await t.http().delete(`/api/skills/${own.body.id}`).set(org.auth('admin')).expect(409);
      expect(inUse.body).toMatchObject({ code: 'skill_in_use', params: { count: 1 } });
    });
  });

  describe("a person's skills, qualifications, languages and courses", () => {
    it('links skills once per person, with level and whether shown in practice', async () => {
      const personId = await person();
      const cook = await skillId('cook');
      const res = await post('person-skills', {
        personId,
        skillId: cook,
        level: 'experienced',
        shownInPractice: true,
      }).expect(201);
      expect(res.body).toMatchObject({ personId, skillId: cook, level: 'experienced', shownInPractice: true });
      const again = await post('person-skills', { personId, skillId: cook }).expect(422);
      expect(again.body.fieldCodes.skillId.code).toBe('skill_taken');
      // Another organisation's own skill is as good as none.
      const foreign = (await post('skills', { kind: 'skill', nameNl: 'Geheim' }, 'admin', other).expect(201)).body.id;
      const missing = await post('person-skills', { personId, skillId: foreign }).expect(422);
      expect(missing.body.fieldCodes.skillId.code).toBe('record_missing');
      const list = await get(`person-skills?filter=${encodeURIComponent(JSON.stringify({ personId }))}`).expect(200);
      expect(list.body).toHaveLength(1);
    });

    it('lets a matcher record skills of persons in matching only', async () => {
      const notMatching = await person();
      const matching = await person({}, { matchingSince: '2026-01-05' });
      const cook = await skillId('cook');
      const refused = await post('person-skills', { personId: notMatching, skillId: cook }, 'matcher').expect(422);
      expect(refused.body.fieldCodes.personId.code).toBe('record_missing');
      await post('person-skills', { personId: matching, skillId: cook, shownInPractice: true }, 'matcher').expect(201);
      await post('qualifications', { personId: matching, title: 'x' }, 'matcher').expect(403);
      const seen = await get(
        `person-skills?filter=${encodeURIComponent(JSON.stringify({ personId: notMatching }))}`,
        'matcher',
      );
      expect(seen.body).toEqual([]);
    });

    it('keeps a qualification with its evaluation and, for a regulated profession only, its recognition', async () => {
      const personId = await person();
      const res = await post('qualifications', {
        personId,
        title: 'Bachelor of Nursing',
        country: 'ua',
        field: 'care',
        evaluatedBy: 'nuffic_idw',
        evaluatedOn: '2025-11-03',
        result: 'hbo_bachelor',
        regulatedProfession: 'care_big',
        recognitionStatus: 'applied',
      }).expect(201);
      expect(res.body).toMatchObject({
        country: 'UA',
        evaluatedBy: 'nuffic_idw',
        result: 'hbo_bachelor',
        recognitionStatus: 'applied',
      });
      const wrong = await post('qualifications', {
        personId,
        title: 'Welding',
        recognitionStatus: 'recognised',
      }).expect(422);
      expect(wrong.body.fieldCodes.recognitionStatus.code).toBe('only_regulated_profession');
      const bad = await post('qualifications', { personId, title: 'X', evaluatedBy: 'uwv', result: 'mbo_9' }).expect(
        422,
      );
      expect(Object.keys(bad.body.fieldCodes).sort()).toEqual(['evaluatedBy', 'result']);
      // Leaving the regulated profession drops its recognition status.
      const changed = await t
        .http()
        .put(`/api/qualifications/${res.body.id}`)
        .set(org.auth('caseworker'))
        .send({ regulatedProfession: 'none' })
        .expect(200);
      expect(changed.body.recognitionStatus).toBeNull();
    });

    it("keeps every language assessment; the latest is the person's current level, shown as history", async () => {
      const personId = await person({}, { languageLevels: { nl: 'A1', uk: 'native' } });
      const first = await post('language-assessments', {
        personId,
        language: 'nl',
        level: 'A2',
        assessedOn: '2025-06-01',
        method: 'course_test',
      }).expect(201);
      await post('language-assessments', {
        personId,
        language: 'nl',
        level: 'B1',
        assessedOn: '2026-02-01',
        method: 'formal_exam',
      }).expect(201);
      // An older assessment recorded later does not overrule the newer one.
      await post('language-assessments', {
        personId,
        language: 'nl',
        level: 'A1',
        assessedOn: '2024-09-01',
        method: 'intake_interview',
      }).expect(201);
      expect((await get(`persons/${personId}`)).body.languageLevels).toEqual({ nl: 'B1', uk: 'native' });
      const history = await get(
        `language-assessments?filter=${encodeURIComponent(JSON.stringify({ personId }))}&sort=["assessedOn","ASC"]`,
      ).expect(200);
      expect(history.body.map((a: { level: string }) => a.level)).toEqual(['A1', 'A2', 'B1']);

      // Removing the latest falls back to the one before.
      const latest = history.body[2].id as string;
      await t.http().delete(`/api/language-assessments/${latest}`).set(org.auth('admin')).expect(200);
      expect((await get(`persons/${personId}`)).body.languageLevels.nl).toBe('A2');
      const audit = await t.dataSource.query<{ fields: string[] }[]>(
        `SELECT fields FROM audit_events WHERE resource = 'persons' AND record_id = $1 AND action = 'update'`,
        [personId],
      );
      expect(audit.map((a) => a.fields)).toContainEqual(['languageLevels']);

      const future = await post('language-assessments', {
        personId,
        language: 'nl',
        level: 'C1',
        assessedOn: '2999-01-01',
        method: 'self_assessment',
      }).expect(422);
      expect(future.body.fieldCodes.assessedOn.code).toBe('date_in_future');
      expect(first.body.method).toBe('course_test');
    });

    it('keeps courses: language lessons, practice with a buddy, training and workshops', async () => {
      const personId = await person();
      for (const kind of ['language_formal', 'language_practice', 'vocational_training', 'job_application_workshop']) {
        await post('courses', {
          personId,
          kind,
          title: kind,
          provider: 'ROC',
          hoursPerWeek: 4,
          startDate: '2026-01-01',
        }).expect(201);
      }
      const backwards = await post('courses', {
        personId,
        kind: 'language_formal',
        title: 'NT2',
        startDate: '2026-03-01',
        endDate: '2026-02-01',
      }).expect(422);
      expect(backwards.body.fieldCodes.endDate.code).toBe('before_start_date');
      const done = await post('courses', {
        personId,
        kind: 'vocational_training',
        title: 'Helpende zorg',
        completed: true,
        field: 'care',
      }).expect(201);
      expect(done.body).toMatchObject({ completed: true, field: 'care' });
      const bad = await post('courses', { personId, kind: 'cooking', title: 'x', hoursPerWeek: 99 }).expect(422);
      expect(Object.keys(bad.body.fieldCodes).sort()).toEqual(['hoursPerWeek', 'kind']);
    });
  });

  describe('vacancies and suggestions', () => {
    // A fresh organisation: its persons in matching are exactly the hand-built ones below.
    beforeAll(async () => {
      org = await createTestOrg(t, 'Ranking');
    });

    it('keeps a vacancy per employer and checks its references and language', async () => {
      const employerId = await employer();
      const careSkill = await skillId('personal_care');
      const res = await post(
        'vacancies',
        {
          employerId,
          title: 'Helpende thuiszorg',
          sector: 'care',
          municipality: 'Zaanstad',
          hoursPerWeek: 24,
          contractType: 'fixed_term',
          language: 'nl',
          languageLevel: 'A2',
          skillIds: [careSkill, careSkill],
        },
        'matcher',
      ).expect(201);
      expect(res.body).toMatchObject({ status: 'open', skillIds: [careSkill], hoursPerWeek: 24 });
      const noLevel = await post('vacancies', { employerId, title: 'X', language: 'nl' }).expect(422);
      expect(noLevel.body.fieldCodes.languageLevel.code).toBe('language_level_required');
      const noLanguage = await post('vacancies', { employerId, title: 'X', languageLevel: 'B1' }).expect(422);
      expect(noLanguage.body.fieldCodes.language.code).toBe('language_required');
      const foreignEmployer = await employer(other);
      expect(
        (await post('vacancies', { employerId: foreignEmployer, title: 'X' }).expect(422)).body.fieldCodes.employerId
          .code,
      ).toBe('record_missing');
      const foreignSkill = (await post('skills', { kind: 'skill', nameNl: 'Anders' }, 'admin', other).expect(201)).body
        .id;
      expect(
        (await post('vacancies', { employerId, title: 'X', skillIds: [careSkill, foreignSkill] }).expect(422)).body
          .fieldCodes.skillIds.code,
      ).toBe('record_missing');
      await post('vacancies', { employerId, title: 'X' }, 'caseworker').expect(403);
      await get(`vacancies/${res.body.id}`, 'admin', other).expect(404);
    });

    it('ranks persons in matching for a vacancy, explains each score, and proposes the top person in one step', async () => {
      const employerId = await employer();
      const [care, lifting, cook] = await Promise.all(['personal_care', 'lifting_techniques', 'cook'].map(skillId));
      const vacancy = (
        await post(
          'vacancies',
          {
            employerId,
            title: 'Verzorgende',
            sector: 'care',
            municipality: 'Zaanstad',
            hoursPerWeek: 24,
            contractType: 'fixed_term',
            language: 'nl',
            languageLevel: 'B1',
            skillIds: [care, lifting],
          },
          'matcher',
        ).expect(201)
      ).body;

      // Hand-built: a nurse who has it all, a cook from elsewhere, and one not in matching.
      const nurse = await person(
        { municipality: 'Zaanstad', protectionBasis: 'status_holder' },
        { matchingSince: '2026-01-05', languageLevels: { nl: 'B1' }, hoursWantedPerWeek: 24 },
      );
      await post('person-skills', { personId: nurse, skillId: care, shownInPractice: true }).expect(201);
      await post('person-skills', { personId: nurse, skillId: lifting, shownInPractice: true }).expect(201);
      await post('qualifications', { personId: nurse, title: 'Verpleegkunde', field: 'Care' }).expect(201);

      const cookPerson = await person(
        { municipality: 'Amsterdam', protectionBasis: 'asylum_seeker' },
        { matchingSince: '2026-01-05', languageLevels: { nl: 'A2' }, hoursWantedPerWeek: 38 },
      );
      await post('person-skills', { personId: cookPerson, skillId: cook }).expect(201);
      await post('person-skills', { personId: cookPerson, skillId: care }).expect(201);

      const outsider = await person({ municipality: 'Zaanstad' }, { languageLevels: { nl: 'C2' } });

      const res = await get(`vacancies/${vacancy.id}/suggestions`, 'matcher').expect(200);
      expect(res.body.map((s: { personId: string }) => s.personId)).toEqual([nurse, cookPerson]);
      expect(res.body.map((s: { personId: string }) => s.personId)).not.toContain(outsider);
      const [top, second] = res.body;
      expect(top.score).toBe(100);
      expect(second.score).toBe(25); // skills 40 × 0.75/2 = 15, language A2 for B1 = 10, the rest 0
      expect(second.reasons).toEqual([
        {
          factor: 'skills',
          points: 15,
          maxPoints: 40,
          outcome: 'partly',
          skillIds: [care],
          language: null,
          needed: '2',
          actual: '1',
        },
        {
          factor: 'language',
          points: 10,
          maxPoints: 20,
          outcome: 'partly',
          skillIds: [],
          language: 'nl',
          needed: 'B1',
          actual: 'A2',
        },
        {
          factor: 'hours',
          points: 0,
          maxPoints: 10,
          outcome: 'not_met',
          skillIds: [],
          language: null,
          needed: '24',
          actual: '38',
        },
        {
          factor: 'municipality',
          points: 0,
          maxPoints: 15,
          outcome: 'not_met',
          skillIds: [],
          language: null,
          needed: 'Zaanstad',
          actual: 'Amsterdam',
        },
        {
          factor: 'training',
          points: 0,
          maxPoints: 10,
          outcome: 'not_met',
          skillIds: [],
          language: null,
          needed: 'care',
          actual: null,
        },
        {
          factor: 'protection',
          points: 0,
          maxPoints: 5,
          outcome: 'not_met',
          skillIds: [],
          language: null,
          needed: null,
          actual: 'work_permit_needed',
        },
      ]);
      expect((await get(`vacancies/${vacancy.id}/suggestions?limit=1`, 'matcher')).body).toHaveLength(1);
      for (const limit of ['0', '101', 'x', '1.5']) {
        expect((await get(`vacancies/${vacancy.id}/suggestions?limit=${limit}`, 'matcher').expect(400)).body.code).toBe(
          'invalid_query',
        );
      }

      // The other way round: the open vacancies for the nurse, best first.
      const filled = (
        await post('vacancies', { employerId, title: 'Vol', sector: 'care', status: 'filled' }).expect(201)
      ).body;
      const kitchen = (
        await post('vacancies', { employerId, title: 'Kok', sector: 'hospitality', skillIds: [cook] }).expect(201)
      ).body;
      const forNurse = await get(`persons/${nurse}/suggestions`, 'matcher').expect(200);
      const vacancyIds = forNurse.body.map((s: { vacancyId: string }) => s.vacancyId);
      expect(vacancyIds.indexOf(vacancy.id)).toBeLessThan(vacancyIds.indexOf(kitchen.id));
      expect(vacancyIds).not.toContain(filled.id);
      // The earlier care vacancy in Zaanstad fits her fully too: both lead with 100.
      expect(forNurse.body[0].score).toBe(100);
      expect(forNurse.body.find((s: { vacancyId: string }) => s.vacancyId === vacancy.id).score).toBe(100);
      // A matcher asks only about persons in matching; a researcher not at all.
      await get(`persons/${outsider}/suggestions`, 'matcher').expect(404);
      await get(`persons/${outsider}/suggestions`, 'caseworker').expect(200);
      await get(`vacancies/${vacancy.id}/suggestions`, 'researcher').expect(403);
      await get(`vacancies/${vacancy.id}/suggestions`, 'admin', other).expect(404);

      // One click: the top suggestion becomes a proposed placement with the vacancy's employer.
      const placement = await post(
        'placements',
        {
          personId: top.personId,
          vacancyId: vacancy.id,
          type: 'paid_job',
          jobTitle: vacancy.title,
          status: 'proposed',
        },
        'matcher',
      ).expect(201);
      expect(placement.body).toMatchObject({ vacancyId: vacancy.id, employerId, status: 'proposed' });
      const after = await get(`vacancies/${vacancy.id}/suggestions`, 'matcher').expect(200);
      expect(after.body.map((s: { personId: string }) => s.personId)).toEqual([cookPerson]);
      expect(
        (await get(`persons/${nurse}/suggestions`, 'matcher')).body.map((s: { vacancyId: string }) => s.vacancyId),
      ).not.toContain(vacancy.id);
      const otherEmployer = await employer();
      const mismatch = await post(
        'placements',
        { personId: cookPerson, vacancyId: vacancy.id, employerId: otherEmployer, type: 'paid_job' },
        'matcher',
      ).expect(422);
      expect(mismatch.body.fieldCodes.employerId.code).toBe('not_vacancy_employer');

      // A vacancy with a placement stays; it is marked filled instead.
      expect(
        (await t.http().delete(`/api/vacancies/${vacancy.id}`).set(org.auth('matcher')).expect(409)).body.code,
      ).toBe('vacancy_in_use');
      const audit = await t.dataSource.query<{ resource: string; action: string }[]>(
        `SELECT resource, action FROM audit_events WHERE organization_id = $1 AND resource IN ('vacancies', 'person-skills', 'qualifications') ORDER BY at`,
        [org.organization.id],
      );
      expect(audit).toEqual(
        expect.arrayContaining([
          { resource: 'vacancies', action: 'create' },
          { resource: 'person-skills', action: 'create' },
        ]),
      );
    });
  });
});
