import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { Income } from '../../incomes/income.entity.js';
import { PolicyParameter } from '../../policy-parameters/policy-parameter.entity.js';

const DEMO_CHANGE =
  'Demo data: an invented change for July and August 2025, to show a month across two versions (not a real rule)';
const LETTER_003 =
  'Kamerbrief 5 maart 2024 over de Tijdelijke wet opvang ontheemden Oekraïne (Kamerstukken II 2023/24, 36 394), bijlage';

/**
 * The contribution of letter 003 in the demo (issue 14): a catering household
 * with one earner, a household whose income ends in the middle of July 2025,
 * and a gas/water/electricity amount that changes on 16 July 2025 (invented,
 * labelled as such, and back to the letter's €105.00 from September), so July
 * 2025 shows a month across two versions. Pseudonyms only.
 */
export async function seedContributions(manager: EntityManager, organizationId: string): Promise<void> {
  const open = await manager.findOneByOrFail(PolicyParameter, {
    organizationId,
    key: 'contribution_gas_water_electricity',
    validTo: IsNull(),
  });
  open.validTo = '2025-07-15';
  await manager.save(open);
  await manager.save([
    manager.create(PolicyParameter, {
      organizationId,
      key: 'contribution_gas_water_electricity',
      value: 107.5,
      unit: 'eur_per_adult_per_month',
      validFrom: '2025-07-16',
      validTo: '2025-08-31',
      sourceDocument: DEMO_CHANGE,
      sourceParagraph: null,
    }),
    manager.create(PolicyParameter, {
      organizationId,
      key: 'contribution_gas_water_electricity',
      value: 105,
      unit: 'eur_per_adult_per_month',
      validFrom: '2025-09-01',
      validTo: null,
      sourceDocument: LETTER_003,
      sourceParagraph: 'Beoogde vormgeving eigen bijdrage',
    }),
  ]);

  const catering = await household(manager, organizationId, 'ZS-BIJ-01', true);
  const earner = await person(manager, catering, 'Oksana', 1984, 'head');
  await person(manager, catering, 'Taras', 1982, 'partner');
  await person(manager, catering, 'Sofiia', 2016, 'child');
  await income(manager, earner, 'work', 1950, '2024-06-01', null);

  const ending = await household(manager, organizationId, 'ZS-BIJ-02', false);
  const worker = await person(manager, ending, 'Halyna', 1979, 'head');
  const partner = await person(manager, ending, 'Mykola', 1977, 'partner');
  await income(manager, worker, 'work', 1700, '2024-09-01', '2025-07-20');
  await income(manager, partner, 'wage_replacement_benefit', 900, '2025-02-01', null);
}

async function household(manager: EntityManager, organizationId: string, reference: string, catering: boolean) {
  return manager.save(
    manager.create(Household, {
      organizationId,
      reference,
      municipality: 'Zaanstad',
      shelterType: 'municipal_shelter',
      protectionBasis: 'temporary_protection',
      track: 'individual_support',
      languages: ['uk'],
      catering,
      notes: null,
    }),
  );
}

async function person(
  manager: EntityManager,
  household: Household,
  firstName: string,
  birthYear: number,
  role: Person['householdRole'],
) {
  return manager.save(
    manager.create(Person, {
      organizationId: household.organizationId,
      householdId: household.id,
      firstName,
      birthYear,
      householdRole: role,
    }),
  );
}

async function income(
  manager: EntityManager,
  person: Person,
  source: Income['source'],
  amount: number,
  from: string,
  to: string | null,
) {
  await manager.save(
    manager.create(Income, { organizationId: person.organizationId, personId: person.id, source, amount, from, to }),
  );
}
