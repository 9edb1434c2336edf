import type { EntityManager } from 'typeorm';
import { Activity, ActivityLabel, ActivityPerson, type ActivityType } from '../../activities/activity.entity.js';
import {
  PolicySignal,
  type PolicyAudience,
  type PolicySignalStatus,
  type PolicyTheme,
} from '../../policy-signals/policy-signal.entity.js';
import { addDays } from './random.js';

/** Top-level themes of the default codebook, by their English name. */
type Theme = 'Work' | 'Health care' | 'Language' | 'Social connections' | 'Other';

interface ActivitySeed {
  type: ActivityType;
  title: string;
  daysAgo: number;
  durationMinutes: number;
  organiserMinutes: number;
  municipality: string | null;
  organiser?: string;
  languages: string[];
  themes: Theme[];
  /** Known attendees: this many of the supported persons, from `from` on (so some come twice). */
  persons: number;
  from: number;
  anonymousCount: number;
  notes?: string;
}

// The report's kinds of group work: the workshop series, a large webinar, a meetup and a focus group.
const ACTIVITIES: ActivitySeed[] = [
  {
    type: 'workshop',
    title: 'Finding work',
    daysAgo: 120,
    durationMinutes: 120,
    organiserMinutes: 300,
    municipality: 'Zaanstad',
    languages: ['uk', 'nl'],
    themes: ['Work'],
    persons: 9,
    from: 0,
    anonymousCount: 4,
  },
  {
    type: 'workshop',
    title: 'Applying: CV, letter and interview',
    daysAgo: 100,
    durationMinutes: 150,
    organiserMinutes: 330,
    municipality: 'Amsterdam',
    organiser: 'NewBees',
    languages: ['uk', 'en'],
    themes: ['Work'],
    persons: 8,
    from: 4,
    anonymousCount: 3,
  },
  {
    type: 'workshop',
    title: 'Dutch work culture',
    daysAgo: 80,
    durationMinutes: 90,
    organiserMinutes: 240,
    municipality: null,
    languages: ['uk'],
    themes: ['Work', 'Language'],
    persons: 12,
    from: 2,
    anonymousCount: 26,
  },
  {
    type: 'workshop',
    title: 'Mental wellbeing',
    daysAgo: 60,
    durationMinutes: 120,
    organiserMinutes: 280,
    municipality: 'Nijmegen',
    languages: ['uk', 'ru'],
    themes: ['Health care'],
    persons: 6,
    from: 14,
    anonymousCount: 7,
  },
  {
    type: 'webinar',
    title: 'Living and working in the Netherlands',
    daysAgo: 45,
    durationMinutes: 75,
    organiserMinutes: 480,
    municipality: null,
    languages: ['uk'],
    themes: ['Work', 'Other'],
    persons: 10,
    from: 6,
    anonymousCount: 1240,
  },
  {
    type: 'meetup',
    title: 'Community meetup',
    daysAgo: 30,
    durationMinutes: 180,
    organiserMinutes: 240,
    municipality: 'Zaanstad',
    languages: ['uk', 'nl'],
    themes: ['Social connections'],
    persons: 7,
    from: 18,
    anonymousCount: 22,
  },
  {
    type: 'focus_group',
    title: 'Focus group: what stands in the way',
    daysAgo: 20,
    durationMinutes: 120,
    organiserMinutes: 360,
    municipality: 'Amsterdam',
    languages: ['uk'],
    themes: ['Work', 'Language'],
    persons: 8,
    from: 10,
    anonymousCount: 0,
    notes:
      'Participants name the waiting time for diploma evaluation, the lack of a funded Dutch course and jobs far below their level. Several would take a course in the evening if childcare were arranged.',
  },
];

interface SignalSeed {
  title: string;
  problem: string;
  theme: PolicyTheme;
  /** The systemic obstacles (by title) that evidence it. */
  obstacleTitle: string;
  status: PolicySignalStatus;
  raisedWith?: PolicyAudience;
  raisedWithName?: string;
  raisedDaysAgo?: number;
  raisedHow?: string;
  answer?: string;
}

const SIGNALS: SignalSeed[] = [
  {
    title: 'Diploma evaluation takes too long and is not paid for',
    problem:
      'Evaluating a foreign diploma takes months and costs money displaced people do not have, so qualified people stay in work far below their level.',
    theme: 'work',
    obstacleTitle: 'Diploma not recognised',
    status: 'raised',
    raisedWith: 'ministry',
    raisedWithName: 'Ministerie van OCW',
    raisedDaysAgo: 25,
    raisedHow: 'Letter with the evidence, followed by a meeting',
  },
  {
    title: 'No funded Dutch course for displaced people from Ukraine',
    problem:
      'Displaced people from Ukraine have no right to a funded civic integration course; volunteer classes cannot meet the demand.',
    theme: 'language',
    obstacleTitle: 'No Dutch course available nearby',
    status: 'answered',
    raisedWith: 'municipality',
    raisedWithName: 'Gemeente Zaanstad',
    raisedDaysAgo: 60,
    raisedHow: 'Round table with the alderman',
    answer: 'The municipality funds two extra evening classes from next quarter.',
  },
  {
    title: 'Hardly any mental-health care in Ukrainian or Russian',
    problem: 'People wait months for care in a language they can speak in; GPs have nowhere to refer to.',
    theme: 'health',
    obstacleTitle: 'Mental-health support only in Dutch',
    status: 'open',
  },
];

/**
 * Group work and policy work of the research organisation (issue 17): the
 * report's activities with their known attendees (some came more than once)
 * and anonymous counts, and three policy signals evidenced by the systemic
 * obstacles the plans seed recorded.
 */
export async function seedGroupWork(manager: EntityManager, organizationId: string): Promise<void> {
  const themes = new Map(
    (
      await manager.query<{ id: string; name: string }[]>(
        `SELECT id, name->>'en' AS name FROM labels WHERE organization_id = $1 AND parent_id IS NULL`,
        [organizationId],
      )
    ).map((row) => [row.name, row.id]),
  );
  // Adults in individual support, in a fixed order: the attendees.
  const persons = (
    await manager.query<{ id: string }[]>(
      `SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id
        WHERE p.organization_id = $1 AND h.track = 'individual_support' AND p.household_role IN ('head', 'partner')
        ORDER BY h.reference, p.household_role`,
      [organizationId],
    )
  ).map((row) => row.id);
  const today = new Date();
  for (const seed of ACTIVITIES) {
    const activity = await manager.save(
      manager.create(Activity, {
        organizationId,
        type: seed.type,
        title: seed.title,
        date: addDays(today, -seed.daysAgo),
        durationMinutes: seed.durationMinutes,
        organiserMinutes: seed.organiserMinutes,
        online: seed.municipality === null,
        municipality: seed.municipality,
        organiser: seed.organiser ?? null,
        partnerOrganizationIds: [],
        languages: seed.languages,
        notes: seed.notes ?? null,
        anonymousCount: seed.anonymousCount,
      }),
    );
    const attendees = persons.slice(seed.from, seed.from + seed.persons);
    if (attendees.length)
      await manager.insert(
        ActivityPerson,
        attendees.map((personId) => ({ activityId: activity.id, personId, organizationId })),
      );
    const labelIds = seed.themes.map((theme) => themes.get(theme)).filter((id): id is string => Boolean(id));
    if (labelIds.length)
      await manager.insert(
        ActivityLabel,
        labelIds.map((labelId) => ({ activityId: activity.id, labelId, organizationId })),
      );
  }

  for (const seed of SIGNALS) {
    const signal = await manager.save(
      manager.create(PolicySignal, {
        organizationId,
        title: seed.title,
        problem: seed.problem,
        theme: seed.theme,
        status: seed.status,
        raisedWith: seed.raisedWith ?? null,
        raisedWithName: seed.raisedWithName ?? null,
        raisedOn: seed.raisedDaysAgo === undefined ? null : addDays(today, -seed.raisedDaysAgo),
        raisedHow: seed.raisedHow ?? null,
        answer: seed.answer ?? null,
        answeredOn: seed.answer ? addDays(today, -10) : null,
      }),
    );
    await manager.query(
      `INSERT INTO policy_signal_obstacles (policy_signal_id, obstacle_id, organization_id)
       SELECT $1, o.id, $2 FROM obstacles o
        WHERE o.organization_id = $2 AND o.systemic AND o.deleted_at IS NULL AND o.title = $3`,
      [signal.id, organizationId, seed.obstacleTitle],
    );
  }
}
