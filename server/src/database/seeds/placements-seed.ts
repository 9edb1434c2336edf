import type { EntityManager } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { Employer } from '../../employers/employer.entity.js';
import { NetworkConversation } from '../../network-conversations/network-conversation.entity.js';
import { Placement } from '../../placements/placement.entity.js';
import { PlacementStatusChange } from '../../placements/placement-status-change.entity.js';
import { reportFiguresPlan } from '../../placements/report-figures.js';
import { SeededRandom } from './random.js';

const NAMES = [
  'Oksana',
  'Viktor',
  'Larysa',
  'Dmytro',
  'Inna',
  'Roman',
  'Halyna',
  'Serhii',
  'Yuliia',
  'Taras',
  'Олена',
  'Андрій',
];

/** The placement organisation's year, reproducing the report's figures (see report-figures.ts). */
export async function seedPlacements(
  manager: EntityManager,
  organizationId: string,
  matcherId: string,
  random: SeededRandom,
): Promise<void> {
  const plan = reportFiguresPlan();
  const employers = await manager.save(
    plan.employers.map((e, i) =>
      manager.create(Employer, {
        ...e,
        organizationId,
        status: i < 55 ? 'active' : 'contacted',
        contactName: null,
        contactEmail: null,
        contactPhone: null,
        notes: null,
      }),
    ),
  );

  let household: Household | undefined;
  for (const [i, planned] of plan.persons.entries()) {
    if (i % 3 === 0) {
      household = await manager.save(
        manager.create(Household, {
          organizationId,
          reference: `NB-${String(i / 3 + 1).padStart(3, '0')}`,
          municipality: random.pick(['Amsterdam', 'Zaanstad', 'Nijmegen']),
          shelterType: random.pick(['municipal_shelter', 'host_family', 'own_rental'] as const),
          shelterEndDate: null,
          protectionBasis: 'temporary_protection',
          protectionEndDate: '2027-03-04',
          languages: ['uk'],
          track: 'placement',
          status: 'active',
          assigneeIds: [matcherId],
          notes: null,
        }),
      );
    }
    const person = await manager.save(
      manager.create(Person, {
        organizationId,
        householdId: household!.id,
        firstName: NAMES[i % NAMES.length],
        birthYear: random.int(1970, 2002),
        householdRole: i % 3 === 0 ? 'head' : 'partner',
        languageLevels: {
          uk: 'native',
          nl: random.pick(['A1', 'A2', 'B1'] as const),
          en: random.pick(['A2', 'B1', 'B2'] as const),
        },
        educationLevel: random.pick(['vocational', 'bachelor', 'master'] as const),
        profession: random.pick(['nurse', 'accountant', 'teacher', 'engineer', 'cook']),
        matchingSince: planned.matchingSince,
        childcareNeed: false,
      }),
    );
    for (const c of planned.conversations) {
      await manager.insert(NetworkConversation, {
        organizationId,
        personId: person.id,
        employerId: employers[c.employerIndex].id,
        contact: null,
        date: c.date,
        sector: c.sector,
        outcome: c.outcome,
        notes: null,
      });
    }
    for (const p of planned.placements) {
      const { employerIndex, proposedOn, ...fields } = p;
      const placement = await manager.save(
        manager.create(Placement, {
          ...fields,
          organizationId,
          personId: person.id,
          employerId: employers[employerIndex].id,
          matcherId,
          source: 'matcher',
          notes: null,
        }),
      );
      // Proposed some weeks ahead, started on the start date, a gig ended the same day: durations are not all 0.
      const history: [string, string][] = [['proposed', proposedOn]];
      if (p.status !== 'proposed') history.push(['started', p.startDate]);
      if (p.status === 'ended') history.push(['ended', p.endDate ?? p.startDate]);
      for (const [status, changedOn] of history) {
        await manager.insert(PlacementStatusChange, {
          placementId: placement.id,
          status,
          changedOn,
          changedById: matcherId,
        });
      }
    }
  }
}
