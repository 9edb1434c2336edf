import type { EntityManager } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { Task } from '../../tasks/task.entity.js';
import { PartnerOrganization } from '../../partner-organizations/partner-organization.entity.js';
import { Consent } from '../../consents/consent.entity.js';
import { Referral } from '../../referrals/referral.entity.js';
import { Placement } from '../../placements/placement.entity.js';
import { SeededRandom, addDays } from './random.js';

const PARTNERS = [
  { name: 'Hulplijn Oekraïne (demo)', kind: 'mental-health helpline', domainKeys: ['health_social_care'] },
  { name: 'Taalmaatjes (demo)', kind: 'language buddy programme', domainKeys: ['language_communication', 'bridges'] },
  { name: 'Codeschool (demo)', kind: 'coding school', domainKeys: ['education', 'work'] },
  { name: 'Juridisch Loket (demo)', kind: 'legal advice', domainKeys: ['rights_responsibilities', 'stability'] },
];

/**
 * A caseworker's week: one household whose host family ends in three weeks,
 * tasks (some overdue), consents and referrals.
 */
export async function seedCaseload(
  manager: EntityManager,
  organizationId: string,
  caseworkerId: string,
  researcherId: string,
  random: SeededRandom,
): Promise<void> {
  const today = new Date();
  const partners = await manager.save(
    PARTNERS.map((p) => manager.create(PartnerOrganization, { ...p, organizationId, contact: null })),
  );

  const first = await manager.findOneByOrFail(Household, { organizationId, reference: 'ZS-001' });
  await manager.update(
    Household,
    { id: first.id },
    {
      shelterType: 'host_family',
      shelterEndDate: addDays(today, 21),
      assigneeIds: [caseworkerId],
    },
  );

  const households = await manager.find(Household, {
    where: { organizationId, track: 'individual_support' },
    order: { reference: 'ASC' },
    take: 40,
  });
  for (const [i, household] of households.entries()) {
    const assignee = household.assigneeIds[0] ?? caseworkerId;
    const head = await manager.findOneBy(Person, { householdId: household.id, householdRole: 'head' });
    if (i % 2 === 0) {
      const due = addDays(today, random.int(-10, 20));
      const done = random.chance(0.3);
      await manager.insert(Task, {
        organizationId,
        title: random.pick([
          'Terugbellen over huisvesting',
          'Afspraak IDW plannen',
          'Formulier kinderopvangtoeslag',
          'Buddy voorstellen',
          'DigiD aanvragen',
        ]),
        dueDate: due,
        assigneeId: assignee,
        householdId: household.id,
        personId: head?.id ?? null,
        status: done ? 'done' : 'open',
        doneOn: done ? addDays(today, -1) : null,
      });
    }
    if (!head) continue;
    const givenOn = addDays(today, -random.int(60, 300));
    await manager.insert(Consent, {
      organizationId,
      personId: head.id,
      purpose: 'support',
      givenOn,
      givenHow: 'spoken',
      recordedById: researcherId,
    });
    if (i % 3 !== 0) {
      await manager.insert(Consent, {
        organizationId,
        personId: head.id,
        purpose: 'research',
        givenOn,
        givenHow: 'written',
        recordedById: researcherId,
      });
    }
    if (i % 4 === 1 && i > 1) {
      const partner = partners[i % partners.length];
      await manager.insert(Consent, {
        organizationId,
        personId: head.id,
        purpose: 'sharing',
        partnerOrganizationId: partner.id,
        givenOn,
        givenHow: 'written',
        recordedById: assignee,
      });
      await manager.insert(Referral, {
        organizationId,
        personId: head.id,
        partnerOrganizationId: partner.id,
        domainKey: partner.domainKeys[0],
        reason: 'Doorverwijzing na gesprek',
        date: addDays(today, -random.int(5, 50)),
        status: random.pick(['sent', 'accepted', 'completed'] as const),
        outcome: null,
      });
    }
  }
}

/**
 * The placement organisation's week: two fixed-term contracts end within
 * the default eight weeks (one already has a task, one still needs one),
 * and a few matching tasks, one overdue. Runs after the placements are seeded.
 */
export async function seedPlacementDeadlines(
  manager: EntityManager,
  organizationId: string,
  matcherId: string,
): Promise<void> {
  const today = new Date();
  const contracts = await manager
    .createQueryBuilder(Placement, 'pl')
    .innerJoin(Person, 'p', 'p.id = pl.personId')
    .where("pl.organizationId = :organizationId AND pl.status = 'started' AND pl.contractType <> 'none'", {
      organizationId,
    })
    .orderBy('pl.startDate', 'ASC')
    .addOrderBy('pl.id', 'ASC')
    .take(2)
    .getMany();
  const ending = [addDays(today, 24), addDays(today, 45)];
  const households = new Map<string, string>();
  for (const [i, contract] of contracts.entries()) {
    await manager.update(Placement, { id: contract.id }, { endDate: ending[i], contractType: 'fixed_term' });
    const person = await manager.findOneByOrFail(Person, { id: contract.personId });
    households.set(contract.id, person.householdId);
  }
  const [first] = contracts;
  if (!first) return;
  const householdId = households.get(first.id)!;
  const task = (fields: Partial<Task>) =>
    manager.insert(Task, {
      organizationId,
      assigneeId: matcherId,
      householdId,
      status: 'open',
      doneOn: null,
      ...fields,
    });
  await task({
    title: 'Verlenging contract bespreken met werkgever',
    dueDate: addDays(today, 10),
    personId: first.personId,
    placementId: first.id,
    deadlineKind: 'contract_end',
    deadlineDate: ending[0],
  });
  await task({
    title: 'Evaluatiegesprek na eerste maand',
    dueDate: addDays(today, -3),
    personId: first.personId,
    placementId: first.id,
  });
  await task({
    title: 'Cv bijwerken met huidige baan',
    dueDate: addDays(today, 6),
    personId: first.personId,
    status: 'done',
    doneOn: addDays(today, -1),
  });
}
