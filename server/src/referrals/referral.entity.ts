import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { PartnerOrganization } from '../partner-organizations/partner-organization.entity.js';
import { Breakthrough } from '../breakthroughs/breakthrough.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';

export const REFERRAL_STATUSES = ['proposed', 'sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses in which the person's data has gone to the partner: they need sharing consent. */
export const SHARED_STATUSES: ReferralStatus[] = ['sent', 'accepted', 'declined', 'completed'];

@Entity('referrals')
@Index('ix_referrals_person', ['personId', 'date'])
@Index('ix_referrals_partner', ['partnerOrganizationId'])
@Check('ck_referrals_status', oneOf('status', REFERRAL_STATUSES))
@Check('ck_referrals_breakthrough_when_completed', "breakthrough_id IS NULL OR status = 'completed'")
export class Referral extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_referrals_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_referrals_person' })
  person?: Person;

  @Column('uuid')
  partnerOrganizationId: string;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id', foreignKeyConstraintName: 'fk_referrals_partner_organization' })
  partnerOrganization?: PartnerOrganization;

  @Column('text', { nullable: true })
  domainKey: string | null;

  @ManyToOne(() => IntegrationDomain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_key', referencedColumnName: 'key', foreignKeyConstraintName: 'fk_referrals_domain' })
  domain?: IntegrationDomain;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('date')
  date: string;

  @Column('text', { default: 'proposed' })
  status: ReferralStatus;

  @Column('text', { nullable: true })
  outcome: string | null;

  @Column('uuid', { nullable: true })
  breakthroughId: string | null;

  @ManyToOne(() => Breakthrough, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'breakthrough_id', foreignKeyConstraintName: 'fk_referrals_breakthrough' })
  breakthrough?: Breakthrough;
}
