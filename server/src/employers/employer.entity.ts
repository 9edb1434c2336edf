import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';

export const EMPLOYER_STATUSES = ['contacted', 'active', 'inactive'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

/** Business contact data only. */
@Entity('employers')
// Unique on (organization_id, lower(name), lower(city)) among live rows: an
// expression index TypeORM cannot describe, so the migration owns it.
@Index('uq_employers_organization_name_city', { synchronize: false })
@Check('ck_employers_status', oneOf('status', EMPLOYER_STATUSES))
export class Employer extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_employers_organization' })
  organization?: Organization;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { default: '' })
  city: string;

  @Column('text', { nullable: true })
  contactName: string | null;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('text', { default: 'contacted' })
  status: EmployerStatus;
}
