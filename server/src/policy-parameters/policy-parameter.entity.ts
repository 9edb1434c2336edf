import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';

/** What a parameter's value counts: euros per adult per month, a multiple of a contribution, hours, months. */
export const POLICY_PARAMETER_UNITS = [
  'eur_per_adult_per_month',
  'eur_per_person_per_month',
  'eur_per_person',
  'eur_per_employer',
  'times_contribution',
  'hours_per_week',
  'months',
] as const;
export type PolicyParameterUnit = (typeof POLICY_PARAMETER_UNITS)[number];

/**
 * The keys the code reads (docs/domain-model.md, "Policy parameters", says
 * where each comes from). An organisation adds versions of these; it cannot
 * invent keys the code does not read.
 */
export const POLICY_PARAMETER_KEYS = [
  'contribution_gas_water_electricity',
  'contribution_catering',
  'household_maximum_factor_gas_water_electricity',
  'household_maximum_factor_catering',
  'housing_component',
  'max_weekly_hours_lessons_and_work',
  'employer_subsidy_per_status_holder',
  'employer_subsidy_max_per_employer',
  'employer_subsidy_min_hours_per_week',
  'employer_subsidy_min_contract_months',
] as const;
export type PolicyParameterKey = (typeof POLICY_PARAMETER_KEYS)[number];

/** Each key's unit: fixed, so a new version cannot quietly change what the number means. */
export const POLICY_PARAMETER_KEY_UNITS: Record<PolicyParameterKey, PolicyParameterUnit> = {
  contribution_gas_water_electricity: 'eur_per_adult_per_month',
  contribution_catering: 'eur_per_adult_per_month',
  household_maximum_factor_gas_water_electricity: 'times_contribution',
  household_maximum_factor_catering: 'times_contribution',
  housing_component: 'eur_per_person_per_month',
  max_weekly_hours_lessons_and_work: 'hours_per_week',
  employer_subsidy_per_status_holder: 'eur_per_person',
  employer_subsidy_max_per_employer: 'eur_per_employer',
  employer_subsidy_min_hours_per_week: 'hours_per_week',
  employer_subsidy_min_contract_months: 'months',
};

const money = { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) };

/**
 * One version of a rule's amount: valid from `validFrom` up to and including
 * `validTo` (open when null). A change is a new version from a date; the
 * previous one gets its `validTo` the day before and keeps its value, so a
 * past month is always computed with what was valid then.
 */
@Entity('policy_parameters')
// One version per key and start date, and at most one open-ended version per key.
@Index('uq_policy_parameters_key_valid_from', ['organizationId', 'key', 'validFrom'], {
  unique: true,
  where: 'deleted_at IS NULL',
})
@Index('uq_policy_parameters_key_open', ['organizationId', 'key'], {
  unique: true,
  where: 'deleted_at IS NULL AND valid_to IS NULL',
})
@Check('ck_policy_parameters_key', oneOf('key', POLICY_PARAMETER_KEYS))
@Check('ck_policy_parameters_unit', oneOf('unit', POLICY_PARAMETER_UNITS))
@Check('ck_policy_parameters_period', 'valid_to IS NULL OR valid_to >= valid_from')
export class PolicyParameter extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_policy_parameters_organization' })
  organization?: Organization;

  @Column('text')
  key: PolicyParameterKey;

  @Column('numeric', { precision: 12, scale: 2, transformer: money })
  value: number;

  @Column('text')
  unit: PolicyParameterUnit;

  @Column('date')
  validFrom: string;

  @Column('date', { nullable: true })
  validTo: string | null;

  /** The document the value comes from, e.g. "Kamerbrief 5 maart 2024 (Kamerstukken II 2023/24, 36 394)". */
  @Column('text')
  sourceDocument: string;

  /** Where in it: a paragraph heading or page. */
  @Column('text', { nullable: true })
  sourceParagraph: string | null;
}
