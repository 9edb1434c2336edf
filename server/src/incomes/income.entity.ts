import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';

/**
 * Where an income comes from: the three the letter on the contribution names
 * for stopping living allowance (work, wage-replacement benefits, allowances);
 * only `work` makes a household owe the contribution.
 */
export const INCOME_SOURCES = ['work', 'wage_replacement_benefit', 'allowance'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** A person's income: gross per month, from `from` up to and including `to` (open when null). */
@Entity('incomes')
@Index('ix_incomes_person', ['personId'])
@Check('ck_incomes_source', oneOf('source', INCOME_SOURCES))
@Check('ck_incomes_period', 'to_date IS NULL OR to_date >= from_date')
@Check('ck_incomes_amount', 'amount >= 0')
export class Income extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_incomes_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_incomes_person' })
  person?: Person;

  @Column('text')
  source: IncomeSource;

  /** Gross per month, in euros. */
  @Column('numeric', { precision: 12, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amount: number;

  // `from` and `to` are SQL keywords: the columns are from_date and to_date.
  @Column('date', { name: 'from_date' })
  from: string;

  @Column('date', { name: 'to_date', nullable: true })
  to: string | null;
}
