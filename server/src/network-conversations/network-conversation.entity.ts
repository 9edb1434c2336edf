import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { Employer } from '../employers/employer.entity.js';

export const OUTCOMES = ['lead', 'no_lead', 'follow_up'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A conversation with someone in a person's field: an employer, or a free-text contact. */
@Entity('network_conversations')
@Index('ix_network_conversations_person', ['personId', 'date'])
@Index('ix_network_conversations_employer', ['employerId'])
@Check('ck_network_conversations_outcome', oneOf('outcome', OUTCOMES))
@Check('ck_network_conversations_with_whom', 'employer_id IS NOT NULL OR contact IS NOT NULL')
export class NetworkConversation extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_network_conversations_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_network_conversations_person' })
  person?: Person;

  @Column('uuid', { nullable: true })
  employerId: string | null;

  @ManyToOne(() => Employer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_network_conversations_employer' })
  employer?: Employer;

  @Column('text', { nullable: true })
  contact: string | null;

  @Column('date')
  date: string;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { nullable: true })
  outcome: Outcome | null;

  @Column('text', { nullable: true })
  notes: string | null;
}
