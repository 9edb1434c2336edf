import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { User } from '../users/user.entity.js';
import { Label } from '../labels/label.entity.js';
import { CHANNELS, labelIdsQuery, type Channel } from '../contact-logs/contact-log.entity.js';

export const HELPDESK_STATUSES = ['open', 'answered', 'referred'] as const;
export type HelpdeskStatus = (typeof HELPDESK_STATUSES)[number];

/** A short question from someone not (yet) in individual support. */
@Entity('helpdesk_questions')
@Index('ix_helpdesk_questions_organization_received', ['organizationId', 'receivedAt'])
@Check('ck_helpdesk_questions_status', oneOf('status', HELPDESK_STATUSES))
@Check('ck_helpdesk_questions_channel', oneOf('channel', CHANNELS))
@Check('ck_helpdesk_questions_minutes', 'minutes IS NULL OR minutes BETWEEN 0 AND 1440')
export class HelpdeskQuestion extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_helpdesk_questions_organization' })
  organization?: Organization;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('text')
  channel: Channel;

  @Column('text', { nullable: true })
  language: string | null;

  @Column('text')
  question: string;

  @Column('text', { nullable: true })
  answer: string | null;

  /** Question and answer hold no names or places any more: the research export may carry them. */
  @Column('boolean', { default: false })
  clearedForResearch: boolean;

  @Column('int', { nullable: true })
  minutes: number | null;

  @Column('text', { default: 'open' })
  status: HelpdeskStatus;

  @Column('uuid', { nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_helpdesk_questions_household' })
  household?: Household;

  @Column('uuid', { nullable: true })
  answeredById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'fk_helpdesk_questions_answered_by' })
  answeredBy?: User;

  @VirtualColumn({ type: 'json', query: labelIdsQuery('helpdesk_question_labels', 'helpdesk_question_id') })
  labelIds: string[];
}

@Entity('helpdesk_question_labels')
@Index('ix_helpdesk_question_labels_label', ['labelId'])
export class HelpdeskQuestionLabel {
  @PrimaryColumn('uuid')
  helpdeskQuestionId: string;

  @PrimaryColumn('uuid')
  labelId: string;

  @ManyToOne(() => HelpdeskQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'helpdesk_question_id', foreignKeyConstraintName: 'fk_helpdesk_question_labels_question' })
  question?: HelpdeskQuestion;

  @ManyToOne(() => Label, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'label_id', foreignKeyConstraintName: 'fk_helpdesk_question_labels_label' })
  label?: Label;

  @Column('numeric', { precision: 8, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  minutes: number;
}
