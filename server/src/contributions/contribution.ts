import type { IncomeSource } from '../incomes/income.entity.js';
import type { HouseholdRole } from '../persons/person.enums.js';
import type { PolicyParameterKey, PolicyParameterUnit } from '../policy-parameters/policy-parameter.entity.js';

/**
 * The contribution of displaced people from Ukraine (letter 003, "Beoogde
 * vormgeving eigen bijdrage", Kamerbrief 5 maart 2024): for each day of the
 * month on which an adult of the household has income from work, the
 * household owes, for gas/water/electricity, the contribution per adult for
 * every adult member, capped at the household maximum; households on
 * catering owe the catering contribution likewise. A month's amount is the
 * sum over its days: each run of days with the same adults charged and the
 * same parameter versions is one line, counted as days / days-in-month of
 * that run's monthly amount (docs/domain-model.md, "A partial month").
 * Pure: the service loads the rows, this computes.
 */

export const CONTRIBUTION_COMPONENTS = ['gas_water_electricity', 'catering'] as const;
export type ContributionComponent = (typeof CONTRIBUTION_COMPONENTS)[number];

/** Why a household owes no contribution at all, whatever its income. */
export const CONTRIBUTION_EXEMPTIONS = ['not_temporary_protection', 'not_in_municipal_shelter'] as const;
export type ContributionExemption = (typeof CONTRIBUTION_EXEMPTIONS)[number];

/** Shelter types that are municipal reception ("opvang"), whose costs the contribution is towards. */
export const MUNICIPAL_SHELTER_TYPES: readonly string[] = ['municipal_shelter', 'hotel', 'flex_housing'];

export const COMPONENT_KEYS: Record<ContributionComponent, { amount: PolicyParameterKey; factor: PolicyParameterKey }> =
  {
    gas_water_electricity: {
      amount: 'contribution_gas_water_electricity',
      factor: 'household_maximum_factor_gas_water_electricity',
    },
    catering: { amount: 'contribution_catering', factor: 'household_maximum_factor_catering' },
  };

export const CONTRIBUTION_KEYS: PolicyParameterKey[] = Object.values(COMPONENT_KEYS).flatMap((k) => [
  k.amount,
  k.factor,
]);

export interface ContributionHousehold {
  id: string;
  protectionBasis: string;
  shelterType: string;
  catering: boolean;
}

export interface ContributionPerson {
  id: string;
  firstName: string;
  birthYear: number | null;
  householdRole: HouseholdRole | null;
}

export interface ContributionIncome {
  personId: string;
  source: IncomeSource;
  from: string;
  to: string | null;
}

export interface ParameterVersion {
  id: string;
  key: PolicyParameterKey;
  value: number;
  unit: PolicyParameterUnit;
  validFrom: string;
  validTo: string | null;
  sourceDocument: string;
  sourceParagraph: string | null;
}

export interface ContributionLine {
  component: ContributionComponent;
  /** First and last day of the run (within the month). */
  from: string;
  to: string;
  days: number;
  daysInMonth: number;
  /** Adults of the household in this month. */
  adults: number;
  /** Adults with income from work on these days: they make the household owe. */
  earnerIds: string[];
  perAdult: number;
  maximumFactor: number;
  /** min(adults × perAdult, maximumFactor × perAdult): the amount for a whole month. */
  monthlyAmount: number;
  /** monthlyAmount × days / daysInMonth, in cents. */
  amount: number;
  parameters: ParameterVersion[];
}

export interface LivingAllowanceFlag {
  personId: string;
  firstName: string;
  /** The sources of income the adult has on some day of the month. */
  sources: IncomeSource[];
  daysWithIncome: number;
  /** Leefgeld stops for an adult with income from work, wage-replacement benefit or allowance (letter 003). */
  livingAllowanceStops: boolean;
}

export interface HouseholdContribution {
  householdId: string;
  month: string;
  exemption: ContributionExemption | null;
  catering: boolean;
  adults: number;
  gasWaterElectricity: number;
  cateringContribution: number;
  total: number;
  livingAllowance: LivingAllowanceFlag[];
  lines: ContributionLine[];
  /** Keys with no version on some day where one was needed: that part is not charged. */
  missingParameters: PolicyParameterKey[];
}

/** The first and last day of a month `YYYY-MM` and its days, or null when it is not a month. */
export function monthBounds(month: string): { first: string; last: string; days: string[] } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  if (year < 1900 || year > 2999 || monthIndex < 0 || monthIndex > 11) return null;
  const count = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const days = Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  return { first: days[0], last: days[count - 1], days };
}

/**
 * Whether a person counts as an adult in a month of `year`. Only the birth
 * year is known, so we count someone as an adult from the January after the
 * year they turn 18: nobody who may still be a minor is charged. Without a
 * birth year, anyone but a child of the household counts as an adult.
 */
export function isAdultIn(person: ContributionPerson, year: number): boolean {
  if (person.birthYear === null) return person.householdRole !== 'child';
  return year - person.birthYear > 18;
}

const cents = (euros: number) => Math.round(euros * 100) / 100;
const covers = (from: string, to: string | null, day: string) => from <= day && (to === null || to >= day);

function versionOn(versions: ParameterVersion[], key: PolicyParameterKey, day: string): ParameterVersion | undefined {
  return versions.find((v) => v.key === key && covers(v.validFrom, v.validTo, day));
}

export function computeContribution(
  month: string,
  household: ContributionHousehold,
  persons: ContributionPerson[],
  incomes: ContributionIncome[],
  versions: ParameterVersion[],
): HouseholdContribution {
  const bounds = monthBounds(month);
  if (!bounds) throw new Error(`not a month: ${month}`);
  const year = Number(month.slice(0, 4));
  const adults = persons.filter((p) => isAdultIn(p, year));
  const adultIds = new Set(adults.map((a) => a.id));
  const adultIncomes = incomes.filter((i) => adultIds.has(i.personId));

  const livingAllowance: LivingAllowanceFlag[] = adults.map((adult) => {
    const own = adultIncomes.filter((i) => i.personId === adult.id);
    const daysWithIncome = bounds.days.filter((d) => own.some((i) => covers(i.from, i.to, d))).length;
    const sources = [
      ...new Set(own.filter((i) => i.from <= bounds.last && (i.to ?? '9999') >= bounds.first).map((i) => i.source)),
    ];
    return {
      personId: adult.id,
      firstName: adult.firstName,
      sources,
      daysWithIncome,
      livingAllowanceStops: daysWithIncome > 0,
    };
  });

  const exemption: ContributionExemption | null =
    household.protectionBasis !== 'temporary_protection'
      ? 'not_temporary_protection'
      : !MUNICIPAL_SHELTER_TYPES.includes(household.shelterType)
        ? 'not_in_municipal_shelter'
        : null;

  const lines: ContributionLine[] = [];
  const missing = new Set<PolicyParameterKey>();
  const components: ContributionComponent[] = household.catering
    ? ['gas_water_electricity', 'catering']
    : ['gas_water_electricity'];
  if (exemption === null) {
    for (const component of components) {
      const keys = COMPONENT_KEYS[component];
      let run: { line: ContributionLine; signature: string } | null = null;
      const close = () => {
        if (!run) return;
        run.line.amount = cents((run.line.monthlyAmount * run.line.days) / run.line.daysInMonth);
        lines.push(run.line);
        run = null;
      };
      for (const day of bounds.days) {
        const earnerIds = adults
          .filter((a) =>
            adultIncomes.some((i) => i.personId === a.id && i.source === 'work' && covers(i.from, i.to, day)),
          )
          .map((a) => a.id);
        if (earnerIds.length === 0) {
          close();
          continue;
        }
        const amount = versionOn(versions, keys.amount, day);
        const factor = versionOn(versions, keys.factor, day);
        if (!amount || !factor) {
          if (!amount) missing.add(keys.amount);
          if (!factor) missing.add(keys.factor);
          close();
          continue;
        }
        const signature = `${earnerIds.join(',')}|${amount.id}|${factor.id}`;
        if (run && run.signature === signature) {
          run.line.to = day;
          run.line.days += 1;
          continue;
        }
        close();
        run = {
          signature,
          line: {
            component,
            from: day,
            to: day,
            days: 1,
            daysInMonth: bounds.days.length,
            adults: adults.length,
            earnerIds,
            perAdult: amount.value,
            maximumFactor: factor.value,
            monthlyAmount: cents(Math.min(adults.length * amount.value, factor.value * amount.value)),
            amount: 0,
            parameters: [amount, factor],
          },
        };
      }
      close();
    }
  }

  const sum = (component: ContributionComponent) =>
    cents(lines.filter((l) => l.component === component).reduce((total, l) => total + l.amount, 0));
  const gasWaterElectricity = sum('gas_water_electricity');
  const cateringContribution = sum('catering');
  return {
    householdId: household.id,
    month,
    exemption,
    catering: household.catering,
    adults: adults.length,
    gasWaterElectricity,
    cateringContribution,
    total: cents(gasWaterElectricity + cateringContribution),
    livingAllowance,
    lines,
    missingParameters: [...missing].sort(),
  };
}
