import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import {
  INTEGRATION_PART_STATUSES,
  INTEGRATION_ROUTE_KINDS,
  unfinishedPartsSql,
  type IntegrationPart,
  type IntegrationPartStatus,
  type IntegrationRouteKind,
} from './integration-route.enums.js';

const hours = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * A status holder's integration route (inburgering, Wet inburgering 2021):
 * one per person. Each part has its status and the days it started and was
 * finished; `deadline` is three years after the start unless set otherwise
 * (letter 002: "binnen drie jaar alle onderdelen ... afronden").
 */
@Entity('integration_routes')
@Index('uq_integration_routes_person', ['personId'], { unique: true, where: 'deleted_at IS NULL' })
@Index('ix_integration_routes_organization_deadline', ['organizationId', 'deadline'])
@Check('ck_integration_routes_route', oneOf('route', INTEGRATION_ROUTE_KINDS))
@Check('ck_integration_routes_deadline_after_start', 'deadline >= start_date')
@Check('ck_integration_routes_lesson_hours', 'lesson_hours_per_week IS NULL OR lesson_hours_per_week BETWEEN 0 AND 60')
@Check('ck_integration_routes_language_status', oneOf('language_status', INTEGRATION_PART_STATUSES))
@Check('ck_integration_routes_society_knowledge_status', oneOf('society_knowledge_status', INTEGRATION_PART_STATUSES))
@Check(
  'ck_integration_routes_labour_market_module_status',
  oneOf('labour_market_module_status', INTEGRATION_PART_STATUSES),
)
@Check(
  'ck_integration_routes_participation_statement_status',
  oneOf('participation_statement_status', INTEGRATION_PART_STATUSES),
)
export class IntegrationRoute extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_integration_routes_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_integration_routes_person' })
  person?: Person;

  @Column('text')
  route: IntegrationRouteKind;

  @Column('date')
  startDate: string;

  @Column('date')
  deadline: string;

  /** Lessons the route asks for each week; with work it can pass what a person can carry (see weekly-hours). */
  @Column('numeric', { precision: 4, scale: 1, nullable: true, transformer: hours })
  lessonHoursPerWeek: number | null;

  @Column('text', { default: 'not_started' })
  languageStatus: IntegrationPartStatus;
  @Column('date', { nullable: true })
  languageStartedOn: string | null;
  @Column('date', { nullable: true })
  languageCompletedOn: string | null;

  @Column('text', { default: 'not_started' })
  societyKnowledgeStatus: IntegrationPartStatus;
  @Column('date', { nullable: true })
  societyKnowledgeStartedOn: string | null;
  @Column('date', { nullable: true })
  societyKnowledgeCompletedOn: string | null;

  @Column('text', { default: 'not_started' })
  labourMarketModuleStatus: IntegrationPartStatus;
  @Column('date', { nullable: true })
  labourMarketModuleStartedOn: string | null;
  @Column('date', { nullable: true })
  labourMarketModuleCompletedOn: string | null;

  @Column('text', { default: 'not_started' })
  participationStatementStatus: IntegrationPartStatus;
  @Column('date', { nullable: true })
  participationStatementStartedOn: string | null;
  @Column('date', { nullable: true })
  participationStatementCompletedOn: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  /** The parts not completed or exempted: derived, never typed in. */
  @VirtualColumn({ type: 'json', query: (alias) => `SELECT to_json(${unfinishedPartsSql(alias)})` })
  unfinishedParts: IntegrationPart[];
}
