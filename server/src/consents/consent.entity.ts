import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { PartnerOrganization } from '../partner-organizations/partner-organization.entity.js';
import { User } from '../users/user.entity.js';

export const CONSENT_PURPOSES = ['support', 'sharing', 'research'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_METHODS = ['spoken', 'written', 'digital'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Whether a consent counts today: given (not in the future) and not
 * withdrawn. One expression for the `active` field, the `active` filter and
 * the checks that depend on consent, so they never disagree.
 */
export const activeConsentSql = (alias: string) =>
  `(${alias}.given_on <= CURRENT_DATE AND ${alias}.withdrawn_on IS NULL)`;

@Entity('consents')
@Index('ix_consents_person_purpose', ['personId', 'purpose'])
@Check('ck_consents_purpose', oneOf('purpose', CONSENT_PURPOSES))
@Check('ck_consents_given_how', oneOf('given_how', CONSENT_METHODS))
@Check('ck_consents_sharing_partner', "(purpose = 'sharing') = (partner_organization_id IS NOT NULL)")
@Check('ck_consents_withdrawn_after_given', 'withdrawn_on IS NULL OR withdrawn_on >= given_on')
export class Consent extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_consents_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_consents_person' })
  person?: Person;

  @Column('text')
  purpose: ConsentPurpose;

  /** For sharing: with whom. */
  @Column('uuid', { nullable: true })
  partnerOrganizationId: string | null;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id', foreignKeyConstraintName: 'fk_consents_partner_organization' })
  partnerOrganization?: PartnerOrganization;

  @Column('date')
  givenOn: string;

  @Column('text')
  givenHow: ConsentMethod;

  @Column('uuid', { nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_consents_recorded_by' })
  recordedBy?: User;

  /** The day the person withdrew it: today or earlier, never ahead; once set it stays (see ConsentsService). */
  @Column('date', { nullable: true })
  withdrawnOn: string | null;

  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT ${activeConsentSql(alias)}` })
  active: boolean;
}
