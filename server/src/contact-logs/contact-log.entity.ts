import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { User } from '../users/user.entity.js';
import { Label } from '../labels/label.entity.js';

export const CHANNELS = ['in_person', 'phone', 'video', 'messaging', 'email', 'home_visit', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

const labelIdsQuery = (table: string, key: string) => (alias: string) =>
  `SELECT COALESCE(json_agg(x.label_id ORDER BY x.label_id), '[]'::json) FROM ${table} x WHERE x.${key} = ${alias}.id`;
const labelMinutesQuery = (table: string, key: string) => (alias: string) =>
  `SELECT COALESCE(json_object_agg(x.label_id, x.minutes), '{}'::json) FROM ${table} x WHERE x.${key} = ${alias}.id`;

@Entity('contact_logs')
@Index('ix_contact_logs_organization_occurred', ['organizationId', 'occurredAt'])
@Index('ix_contact_logs_household', ['householdId', 'occurredAt'])
@Check('ck_contact_logs_minutes', 'minutes BETWEEN 1 AND 1440')
@Check('ck_contact_logs_channel', oneOf('channel', CHANNELS))
export class ContactLog extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_contact_logs_organization' })
  organization?: Organization;

  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_contact_logs_household' })
  household?: Household;

  /** Members present; all of the household. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  personIds: string[];

  @Column('timestamptz')
  occurredAt: Date;

  @Column('int')
  minutes: number;

  @Column('text')
  channel: Channel;

  @Column('text', { nullable: true })
  language: string | null;

  @Column('uuid', { nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_contact_logs_author' })
  author?: User;

  @Column('text', { default: '' })
  note: string;

  /** A caseworker or researcher took names and places out of the note: the research export may carry it. */
  @Column('boolean', { default: false })
  clearedForResearch: boolean;

  /** Obstacles this contact concerns (same household). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  obstacleIds: string[];

  /** Breakthroughs this contact concerns (same household). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  breakthroughIds: string[];

  @Column('date', { nullable: true })
  followUpOn: string | null;

  /** Kept in step with its label rows, so the unlabelled queue and report need no anti-join. */
  @Index('ix_contact_logs_unlabelled', { synchronize: false })
  @Column('boolean', { default: false })
  labelled: boolean;

  @VirtualColumn({ type: 'json', query: labelIdsQuery('contact_log_labels', 'contact_log_id') })
  labelIds: string[];

  /** Minutes per label: the author's split, or the duration split equally. */
  @VirtualColumn({ type: 'json', query: labelMinutesQuery('contact_log_labels', 'contact_log_id') })
  labelMinutes: Record<string, number>;
}

@Entity('contact_log_labels')
@Index('ix_contact_log_labels_label', ['labelId'])
@Index('ix_contact_log_labels_organization', ['organizationId', 'labelId'])
// Covering (migration IndexesForNationalScale): the theme report reads label, minutes and flag from the index alone.
@Index('ix_contact_log_labels_report', { synchronize: false })
export class ContactLogLabel {
  @PrimaryColumn('uuid')
  contactLogId: string;

  @PrimaryColumn('uuid')
  labelId: string;

  /** Copied from the log: the organisation-wide theme report reads these rows alone. */
  @Column('uuid')
  organizationId: string;

  /** Copied from the log (and kept in step) so report filters need no join to the logs. */
  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid')
  householdId: string;

  @Column('uuid', { nullable: true })
  authorId: string | null;

  /**
   * The first of the log's labels under the same top-level theme: counting
   * these counts each log once per theme without a DISTINCT over millions of rows.
   */
  @Column('boolean', { default: true })
  primaryInRoot: boolean;

  @ManyToOne(() => ContactLog, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_log_id', foreignKeyConstraintName: 'fk_contact_log_labels_log' })
  contactLog?: ContactLog;

  @ManyToOne(() => Label, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'label_id', foreignKeyConstraintName: 'fk_contact_log_labels_label' })
  label?: Label;

  @Column('numeric', { precision: 8, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  minutes: number;

  /** Whether the author set this split (bulk edits and label changes without a split re-split equally). */
  @Column('boolean', { default: false })
  explicit: boolean;
}

export { labelIdsQuery, labelMinutesQuery };
