import type { EntityManager } from 'typeorm';
import { ContactLog, ContactLogLabel } from '../../contact-logs/contact-log.entity.js';
import { Household } from '../../households/household.entity.js';
import { Label } from '../../labels/label.entity.js';
import { refreshPrimaryInRoot } from '../../labels/label-assignment.js';
import { Person } from '../../persons/person.entity.js';
import type { Gender } from '../../persons/person.enums.js';
import { Placement } from '../../placements/placement.entity.js';
import { PlacementStatusChange } from '../../placements/placement-status-change.entity.js';
import { SeededRandom } from './random.js';

const DAY = 86_400_000;
const MONTH = (365.25 / 12) * DAY;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Pseudonyms of the status holders (Eritrea, Syria, Afghanistan, Yemen): first names only. */
const NAMES = [
  'Yonas',
  'Semhar',
  'Rami',
  'Lina',
  'Farid',
  'Mariam',
  'Tesfay',
  'Nour',
  'Hamid',
  'Saba',
  'Omar',
  'Aster',
];

/**
 * The cohort and trend demo for the research organisation (docs/reports.md):
 * - the displaced people from Ukraine get an arrival date in the last two
 *   years, a gender, and paid jobs at a pace that puts about half of the
 *   adults in work a year after arrival;
 * - Utrecht's status holders (60 persons, households of one to three adults)
 *   arrived over two years, got their status 6 to 14 months later, and find
 *   paid work at a pace of about 5% in the year after their status;
 * - a growing share of health and mental-health minutes: extra contact logs
 *   on both, more each month over the last year.
 */
export async function seedCohorts(
  manager: EntityManager,
  organizationId: string,
  authorIds: string[],
  today: Date,
): Promise<void> {
  const random = new SeededRandom(2024_06_01);
  const now = today.getTime();
  const year = today.getUTCFullYear();
  const gender = () =>
    random.weighted<Gender>([
      ['female', 58],
      ['male', 38],
      ['non_binary', 1],
      ['unknown', 3],
    ]);
  /** A paid job at a monthly hazard, within the time from `start` to today (or none). */
  const jobAfter = (start: number, perMonth: number): string | null => {
    const months = -Math.log(1 - random.next()) / perMonth;
    const at = start + months * MONTH;
    return at < now - DAY ? iso(at) : null;
  };
  const jobs: { personId: string; startDate: string }[] = [];

  const ukrainian = new Set(
    (await manager.find(Household, { where: { organizationId, protectionBasis: 'temporary_protection' } })).map(
      (h) => h.id,
    ),
  );
  const dated: { id: string; arrivedOn: string; gender: Gender }[] = [];
  for (const p of await manager.find(Person, { where: { organizationId } })) {
    const arrived = now - (3 + random.next() * 21) * MONTH;
    dated.push({ id: p.id, arrivedOn: iso(arrived), gender: gender() });
    // Half of the Ukrainian adults in paid work a year after arrival: a monthly hazard of ln 2 / 12.
    const adult = p.birthYear !== null && year - p.birthYear >= 18;
    const job = adult && ukrainian.has(p.householdId) ? jobAfter(arrived, Math.LN2 / 12) : null;
    if (job) jobs.push({ personId: p.id, startDate: job });
  }
  // One statement for all of them: the seed runs inside the first start.
  await manager.query(
    `UPDATE persons p SET arrived_on = v.arrived_on, gender = v.gender
       FROM unnest($1::uuid[], $2::date[], $3::text[]) AS v(id, arrived_on, gender) WHERE p.id = v.id`,
    [dated.map((d) => d.id), dated.map((d) => d.arrivedOn), dated.map((d) => d.gender)],
  );

  for (let h = 1; h <= 30; h++) {
    const arrived = now - (14 + random.next() * 24) * MONTH;
    const granted = Math.min(arrived + (6 + random.next() * 8) * MONTH, now - MONTH);
    const household = await manager.save(
      manager.create(Household, {
        organizationId,
        reference: `UT-${String(h).padStart(3, '0')}`,
        municipality: 'Utrecht',
        shelterType: random.pick(['social_housing', 'flex_housing', 'municipal_shelter'] as const),
        shelterEndDate: null,
        protectionBasis: 'status_holder',
        protectionEndDate: null,
        languages: ['en'],
        track: 'individual_support',
        status: 'active',
        assigneeIds: [random.pick(authorIds)],
        notes: null,
      }),
    );
    const size = random.int(1, 3);
    for (let m = 0; m < size; m++) {
      const person = await manager.save(
        manager.create(Person, {
          organizationId,
          householdId: household.id,
          firstName: random.pick(NAMES),
          birthYear: random.int(1975, 2004),
          gender: gender(),
          householdRole: m === 0 ? 'head' : 'partner',
          arrivedOn: iso(arrived),
          statusGrantedOn: iso(granted),
          languageLevels: { en: random.pick(['A2', 'B1'] as const), nl: random.pick(['A0', 'A1'] as const) },
          childcareNeed: false,
        }),
      );
      // Well under a tenth in paid work a year after the status: a monthly hazard of −ln 0.95 / 12.
      const job = jobAfter(granted, -Math.log(0.95) / 12);
      if (job) jobs.push({ personId: person.id, startDate: job });
    }
  }

  if (jobs.length) {
    const placements = await manager.insert(
      Placement,
      jobs.map((job) => ({
        organizationId,
        personId: job.personId,
        employerId: null,
        matcherId: null,
        type: 'paid_job' as const,
        contractType: random.pick(['fixed_term', 'permanent', 'agency'] as const),
        hoursPerWeek: random.pick([16, 24, 32, 36]),
        startDate: job.startDate,
        status: 'started' as const,
        source: random.pick(['informal_network', 'agency', 'municipality'] as const),
        notes: null,
      })),
    );
    await manager.insert(
      PlacementStatusChange,
      (placements.identifiers as { id: string }[]).map(({ id }, i) => ({
        placementId: id,
        status: 'started' as const,
        changedOn: jobs[i].startDate,
        changedById: null,
      })),
    );
  }

  await growingHealthMinutes(manager, organizationId, authorIds, random, now);
}

/** Extra health and mental-health contact logs, from a few in the first month of the year to many in the last. */
async function growingHealthMinutes(
  manager: EntityManager,
  organizationId: string,
  authorIds: string[],
  random: SeededRandom,
  now: number,
): Promise<void> {
  // The default codebook's Health theme: the top-level label of the health domain.
  const [health] = await manager.query<{ id: string }[]>(
    `SELECT id FROM labels WHERE organization_id = $1 AND parent_id IS NULL AND domain_key = 'health_social_care' LIMIT 1`,
    [organizationId],
  );
  const mental = await manager.save(
    manager.create(Label, {
      organizationId,
      parentId: health.id,
      name: { nl: 'Mentale gezondheid', en: 'Mental health', uk: "Психічне здоров'я" },
      color: null,
      definition: null,
      domainKey: 'health_social_care',
    }),
  );
  const households = await manager.find(Household, { where: { organizationId, track: 'individual_support' } });
  const members = await manager.find(Person, { where: { organizationId } });
  const logs: Partial<ContactLog>[] = [];
  const labels: string[] = [];
  for (let month = 0; month < 12; month++) {
    // Month 0 is a year ago: one extra log then, twelve in the last month (78 in all, next to the 1,500 of the year).
    const count = month + 1;
    for (let i = 0; i < count; i++) {
      const household = random.pick(households);
      const at = now - (12 - month - random.next()) * MONTH;
      logs.push({
        organizationId,
        householdId: household.id,
        personIds: members
          .filter((p) => p.householdId === household.id)
          .slice(0, 1)
          .map((p) => p.id),
        occurredAt: new Date(Math.min(at, now - DAY)),
        minutes: random.pick([30, 45, 45, 60, 60, 90]),
        channel: random.pick(['in_person', 'phone', 'video'] as const),
        language: 'uk',
        authorId: random.pick(authorIds),
        note: random.pick(['Gesprek over stress en slaap', 'Doorverwezen naar de POH-GGZ', 'Huisarts gezocht']),
        obstacleIds: [],
        followUpOn: null,
        labelled: true,
      });
      labels.push(random.chance(0.6) ? mental.id : health.id);
    }
  }
  const inserted = await manager.insert(ContactLog, logs);
  const rows: Partial<ContactLogLabel>[] = (inserted.identifiers as { id: string }[]).map(({ id }, i) => ({
    contactLogId: id,
    labelId: labels[i],
    organizationId,
    occurredAt: logs[i].occurredAt,
    householdId: logs[i].householdId,
    authorId: logs[i].authorId ?? null,
    minutes: logs[i].minutes,
  }));
  await manager.insert(ContactLogLabel, rows);
  await refreshPrimaryInRoot(
    manager,
    organizationId,
    (inserted.identifiers as { id: string }[]).map((r) => r.id),
  );
}
