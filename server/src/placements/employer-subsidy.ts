import type { EntityManager } from 'typeorm';
import { parameterValuesOn } from '../policy-parameters/parameter-value.js';
import type { ContractType, PlacementStatus, PlacementType } from './placement.enums.js';
import type { ProtectionBasis } from '../households/household.enums.js';

/**
 * The employer subsidy for status holders (letter 004, Kamerstuk 32 824
 * nr. 412, "Subsidieregeling voor werkgevers"): € 6,000 per status holder, at
 * most € 24,000 (four) per employer, for a (learning) employment contract of
 * at least 20 hours a week for at least one year.
 */
export interface EmployerSubsidyParameters {
  amountPerPerson: number;
  maximumPerEmployer: number;
  minHoursPerWeek: number;
  minContractMonths: number;
  source: string;
}

/** The letter's values, where the organisation has no version of a parameter valid that day. */
const LETTER_004: EmployerSubsidyParameters = {
  amountPerPerson: 6000,
  maximumPerEmployer: 24000,
  minHoursPerWeek: 20,
  minContractMonths: 12,
  source: 'Kamerstuk 32 824, nr. 412 (letter 004), Subsidieregeling voor werkgevers',
};

/** The subsidy's dated policy parameters (`employer_subsidy_*`) valid on `date`, read in ONE place. */
export async function employerSubsidyParameters(
  manager: EntityManager,
  organizationId: string,
  date: string,
): Promise<EmployerSubsidyParameters> {
  const v = await parameterValuesOn(
    manager,
    organizationId,
    [
      'employer_subsidy_per_status_holder',
      'employer_subsidy_max_per_employer',
      'employer_subsidy_min_hours_per_week',
      'employer_subsidy_min_contract_months',
    ],
    date,
  );
  return {
    amountPerPerson: v.employer_subsidy_per_status_holder?.value ?? LETTER_004.amountPerPerson,
    maximumPerEmployer: v.employer_subsidy_max_per_employer?.value ?? LETTER_004.maximumPerEmployer,
    minHoursPerWeek: v.employer_subsidy_min_hours_per_week?.value ?? LETTER_004.minHoursPerWeek,
    minContractMonths: v.employer_subsidy_min_contract_months?.value ?? LETTER_004.minContractMonths,
    source: v.employer_subsidy_per_status_holder?.sourceDocument ?? LETTER_004.source,
  };
}

/** Conditions a placement can fail (the `unmet` of a subsidy line). */
export const SUBSIDY_CONDITIONS = [
  'not_status_holder',
  'not_employment_contract',
  'too_few_hours',
  'too_short',
  'duration_unknown',
] as const;
export type SubsidyCondition = (typeof SUBSIDY_CONDITIONS)[number];

export interface SubsidyPlacement {
  id: string;
  personId: string;
  type: PlacementType;
  contractType: ContractType;
  status: PlacementStatus;
  hoursPerWeek: number | null;
  startDate: string | null;
  endDate: string | null;
  protectionBasis: ProtectionBasis | null;
}

export interface SubsidyLine {
  placementId: string;
  personId: string;
  meetsConditions: boolean;
  unmet: SubsidyCondition[];
  /** Counted towards the employer's subsidy: meets the conditions, the person's first such placement, within the maximum. */
  counted: boolean;
  amount: number;
}

/** An employment contract (or a learning one: a paid internship under contract) with the employer itself. */
const EMPLOYMENT_TYPES: PlacementType[] = ['paid_job', 'internship'];
const EMPLOYMENT_CONTRACTS: ContractType[] = ['permanent', 'fixed_term'];

/** The day `months` after `date` (a contract from 1 Feb to 31 Jan is a year). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, d));
  return target.toISOString().slice(0, 10);
}

export function subsidyConditionsUnmet(p: SubsidyPlacement, params: EmployerSubsidyParameters): SubsidyCondition[] {
  const unmet: SubsidyCondition[] = [];
  if (p.protectionBasis !== 'status_holder') unmet.push('not_status_holder');
  if (!EMPLOYMENT_TYPES.includes(p.type) || !EMPLOYMENT_CONTRACTS.includes(p.contractType))
    unmet.push('not_employment_contract');
  if (p.hoursPerWeek === null || p.hoursPerWeek < params.minHoursPerWeek) unmet.push('too_few_hours');
  // A fixed-term contract says its length by its dates; a permanent one runs at least a year unless it ended sooner.
  const mustHaveEnd = p.contractType !== 'permanent' || p.status === 'ended';
  if (mustHaveEnd) {
    if (!p.startDate || !p.endDate) unmet.push('duration_unknown');
    else if (p.endDate < lastDayOfTerm(p.startDate, params.minContractMonths)) unmet.push('too_short');
  }
  return unmet;
}

/** The last day of a term of `months` from `start`: 1 Feb 2026 + 12 months ends on 31 Jan 2027. */
export function lastDayOfTerm(start: string, months: number): string {
  return new Date(Date.parse(addMonths(start, months)) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every placement with the employer, whether it meets the conditions, and
 * what counts: one amount per status holder, in order of start, up to the
 * employer's maximum.
 */
export function employerSubsidy(placements: SubsidyPlacement[], params: EmployerSubsidyParameters) {
  const maxPersons = Math.floor(params.maximumPerEmployer / params.amountPerPerson);
  const ordered = [...placements].sort((a, b) =>
    (a.startDate ?? '9999-12-31').localeCompare(b.startDate ?? '9999-12-31'),
  );
  const countedPersons = new Set<string>();
  const lines: SubsidyLine[] = ordered.map((p) => {
    const unmet = subsidyConditionsUnmet(p, params);
    const meetsConditions = unmet.length === 0;
    const counted = meetsConditions && !countedPersons.has(p.personId) && countedPersons.size < maxPersons;
    if (counted) countedPersons.add(p.personId);
    return {
      placementId: p.id,
      personId: p.personId,
      meetsConditions,
      unmet,
      counted,
      amount: counted ? params.amountPerPerson : 0,
    };
  });
  const eligiblePersons = new Set(lines.filter((l) => l.meetsConditions).map((l) => l.personId)).size;
  return {
    parameters: params,
    eligiblePersons,
    total: countedPersons.size * params.amountPerPerson,
    maximumReached: eligiblePersons > maxPersons,
    placements: lines,
  };
}
