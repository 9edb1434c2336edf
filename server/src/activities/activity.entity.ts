import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { Label } from '../labels/label.entity.js';
import { labelIdsQuery } from '../contact-logs/contact-log.entity.js';

export const ACTIVITY_TYPES = [
  'workshop',
  'webinar',
  'meetup',
  'training',
  'focus_group',
  'information_session',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

const personIdsQuery = (alias: string) =>
  `SELECT COALESCE(json_agg(x.person_id ORDER BY x.person_id), '[]'::json) FROM activity_persons x WHERE x.activity_id = ${alias}.id`;

/**
 * Group work: a workshop, webinar, meetup or focus group. Attendance is the
 * persons known to the organisation (`personIds`, on their timelines) plus a
 * count of others (`anonymousCount`), so a webinar of a thousand needs no
 * thousand records.
 */
@Entity('activities')
@Index('ix_activities_organization_date', ['organizationId', 'date'])
@Check('ck_activities_type', oneOf('type', ACTIVITY_TYPES))
@Check('ck_activities_duration', 'duration_minutes BETWEEN 1 AND 1440')
@Check('ck_activities_organiser_minutes', 'organiser_minutes IS NULL OR organiser_minutes BETWEEN 0 AND 100000')
@Check('ck_activities_anonymous_count', 'anonymous_count BETWEEN 0 AND 1000000')
@Check('ck_activities_place', 'online OR municipality IS NOT NULL')
export class Activity extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_activities_organization' })
  organization?: Organization;

  @Column('text')
  type: ActivityType;

  @Column('text')
  title: string;

  @Column('date')
  date: string;

  @Column('int')
  durationMinutes: number;

  @Column('boolean', { default: false })
  online: boolean;

  /** Where it took place; required on site, optional online (the audience's municipality, if one). */
  @Column('text', { nullable: true })
  municipality: string | null;

  /** Who organised it (a name; empty: this organisation). */
  @Column('text', { nullable: true })
  organiser: string | null;

  /** The organiser's time: preparation and delivery, for the theme report's "organiser" basis. */
  @Column('int', { nullable: true })
  organiserMinutes: number | null;

  /** Partner organisations that took part (ids of partner-organizations). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  partnerOrganizationIds: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  /** What was said (a focus group's findings); labelled like contact logs. */
  @Column('text', { nullable: true })
  notes: string | null;

  @Column('int', { default: 0 })
  anonymousCount: number;

  @VirtualColumn({ type: 'json', query: personIdsQuery })
  personIds: string[];

  @VirtualColumn({ type: 'json', query: labelIdsQuery('activity_labels', 'activity_id') })
  labelIds: string[];
}

/** A known person who attended. */
@Entity('activity_persons')
@Index('ix_activity_persons_person', ['personId'])
export class ActivityPerson {
  @PrimaryColumn('uuid')
  activityId: string;

  @PrimaryColumn('uuid')
  personId: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_persons_activity' })
  activity?: Activity;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_activity_persons_person' })
  person?: Person;
}

@Entity('activity_labels')
@Index('ix_activity_labels_label', ['labelId'])
export class ActivityLabel {
  @PrimaryColumn('uuid')
  activityId: string;

  @PrimaryColumn('uuid')
  labelId: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_labels_activity' })
  activity?: Activity;

  @ManyToOne(() => Label, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'label_id', foreignKeyConstraintName: 'fk_activity_labels_label' })
  label?: Label;
}
