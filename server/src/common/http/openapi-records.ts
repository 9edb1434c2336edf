import { getMetadataArgsStorage } from 'typeorm';
import type { ColumnMetadataArgs } from 'typeorm/metadata-args/ColumnMetadataArgs.js';
import { AuditEvent } from '../../audit-events/audit-event.entity.js';
import { Breakthrough } from '../../breakthroughs/breakthrough.entity.js';
import { CodingSample } from '../../coding-samples/coding-sample.entity.js';
import { Consent } from '../../consents/consent.entity.js';
import { ContactLog } from '../../contact-logs/contact-log.entity.js';
import { Employer } from '../../employers/employer.entity.js';
import { HelpdeskQuestion } from '../../helpdesk/helpdesk-question.entity.js';
import { Household } from '../../households/household.entity.js';
import { IntegrationDomain } from '../../integration-domains/integration-domain.entity.js';
import { Label } from '../../labels/label.entity.js';
import { Obstacle } from '../../obstacles/obstacle.entity.js';
import { NetworkConversation } from '../../network-conversations/network-conversation.entity.js';
import { Organization } from '../../organizations/organization.entity.js';
import { PartnerOrganization } from '../../partner-organizations/partner-organization.entity.js';
import { SavedView } from '../../saved-views/saved-view.entity.js';
import { Person } from '../../persons/person.entity.js';
import { PerspectivePlan } from '../../perspective-plans/perspective-plan.entity.js';
import { PlanReview } from '../../perspective-plans/plan-review.entity.js';
import { Placement } from '../../placements/placement.entity.js';
import { Referral } from '../../referrals/referral.entity.js';
import { Task } from '../../tasks/task.entity.js';
import { User } from '../../users/user.entity.js';
import { IntegrationRoute } from '../../integration-routes/integration-route.entity.js';
import { ShelterMove } from '../../shelter-moves/shelter-move.entity.js';
import { PolicyParameter } from '../../policy-parameters/policy-parameter.entity.js';
import { Income } from '../../incomes/income.entity.js';
import { Skill } from '../../skills/skill.entity.js';
import { PersonSkill } from '../../learning/person-skill.entity.js';
import { Qualification } from '../../learning/qualification.entity.js';
import { LanguageAssessment } from '../../learning/language-assessment.entity.js';
import { Course } from '../../learning/course.entity.js';
import { Vacancy } from '../../vacancies/vacancy.entity.js';
import { Activity } from '../../activities/activity.entity.js';
import { PolicySignal } from '../../policy-signals/policy-signal.entity.js';

export type Schema = Record<string, unknown>;

const uuid = { type: 'string', format: 'uuid' };
const uuids = { type: 'array', items: uuid };
const localized = (description: string) => ({
  type: 'object',
  description,
  properties: { nl: { type: 'string' }, en: { type: 'string' }, uk: { type: 'string' } },
});

/**
 * One resource's record as the API answers it: the entity's selected columns
 * (so a new column is in the document without anyone writing it twice), the
 * JSON columns' shapes, and what the service adds beside the columns.
 */
interface RecordDescription {
  entity: () => unknown;
  /** Schema name in `components.schemas`. */
  name: string;
  /** Shapes of JSON columns, and fields the service computes; these win over the column. */
  fields?: Record<string, Schema>;
  /** Columns the service leaves out of the answer. */
  omit?: string[];
}

const labelRef = { $ref: '#/components/schemas/LabelSummary' };

/** Collection path → its record. `GET`, `POST`, `PUT /{id}`, `DELETE /{id}` answer one, `GET` a list of them. */
export const RECORDS: Record<string, RecordDescription> = {
  '/api/organizations': { entity: () => Organization, name: 'Organization' },
  '/api/users': { entity: () => User, name: 'User' },
  '/api/integration-domains': {
    entity: () => IntegrationDomain,
    name: 'IntegrationDomain',
    fields: {
      id: { type: 'string', description: 'Equal to `key`' },
      name: localized('The name in each language of the UI'),
      description: localized('What the domain covers, in each language of the UI'),
      examples: { type: 'array', items: { type: 'string' } },
    },
  },
  '/api/households': { entity: () => Household, name: 'Household' },
  '/api/persons': {
    entity: () => Person,
    name: 'Person',
    fields: {
      languageLevels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Level per language' },
    },
  },
  '/api/perspective-plans': {
    entity: () => PerspectivePlan,
    name: 'PerspectivePlan',
    fields: {
      goals: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Goal text per integration domain key',
      },
    },
  },
  '/api/obstacles': { entity: () => Obstacle, name: 'Obstacle', fields: { blocksIds: uuids } },
  '/api/breakthroughs': { entity: () => Breakthrough, name: 'Breakthrough', fields: { obstacleIds: uuids } },
  '/api/employers': {
    entity: () => Employer,
    name: 'Employer',
    fields: {
      placementsCount: { type: 'integer', description: 'In list rows only' },
      conversationsCount: { type: 'integer', description: 'In list rows only' },
    },
  },
  '/api/network-conversations': { entity: () => NetworkConversation, name: 'NetworkConversation' },
  '/api/placements': {
    entity: () => Placement,
    name: 'Placement',
    fields: {
      signals: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'kind', 'date', 'actionTaken', 'reported', 'partnerOrganizationId', 'referralId'],
          properties: {
            id: uuid,
            kind: { $ref: '#/components/schemas/SignalKind' },
            date: { type: 'string', format: 'date' },
            actionTaken: { type: 'string', nullable: true },
            reported: { type: 'boolean' },
            partnerOrganizationId: { ...uuid, nullable: true },
            referralId: { ...uuid, nullable: true, description: 'The referral the report made' },
          },
        },
      },
      protectionBasis: {
        allOf: [{ $ref: '#/components/schemas/ProtectionBasis' }],
        nullable: true,
        description: "The person's protection basis the work-permit rule reads",
      },
      workPermit: {
        type: 'object',
        description: 'What the work-permit rule says (letters 000 and 004)',
        required: ['requirement', 'startBlocker'],
        properties: {
          requirement: { $ref: '#/components/schemas/WorkPermitRequirement' },
          startBlocker: {
            allOf: [{ $ref: '#/components/schemas/StartBlocker' }],
            nullable: true,
            description: 'Why a proposal may not start yet; null when it may',
          },
        },
      },
    },
  },
  '/api/audit-events': { entity: () => AuditEvent, name: 'AuditEvent' },
  '/api/tasks': { entity: () => Task, name: 'Task' },
  '/api/partner-organizations': { entity: () => PartnerOrganization, name: 'PartnerOrganization' },
  '/api/consents': { entity: () => Consent, name: 'Consent' },
  '/api/referrals': { entity: () => Referral, name: 'Referral' },
  '/api/labels': { entity: () => Label, name: 'Label', fields: { name: localized('The name in the languages given') } },
  '/api/contact-logs': {
    entity: () => ContactLog,
    name: 'ContactLog',
    fields: {
      note: { type: 'string', nullable: true, description: 'null where the reader may not read it (`noteWithheld`)' },
      noteWithheld: { type: 'boolean', description: 'The reader may not read the note; `note` is then null' },
      personIds: uuids,
      labelIds: uuids,
      labels: { type: 'array', items: labelRef },
    },
  },
  '/api/helpdesk-questions': { entity: () => HelpdeskQuestion, name: 'HelpdeskQuestion', fields: { labelIds: uuids } },
  '/api/coding-samples': { entity: () => CodingSample, name: 'CodingSample' },
  '/api/integration-routes': {
    entity: () => IntegrationRoute,
    name: 'IntegrationRoute',
    fields: {
      unfinishedParts: {
        type: 'array',
        items: { $ref: '#/components/schemas/IntegrationPart' },
        description: 'The parts neither completed nor exempted',
      },
    },
  },
  '/api/shelter-moves': { entity: () => ShelterMove, name: 'ShelterMove' },
  '/api/policy-parameters': { entity: () => PolicyParameter, name: 'PolicyParameter' },
  '/api/incomes': { entity: () => Income, name: 'Income' },
  '/api/skills': {
    entity: () => Skill,
    name: 'Skill',
    fields: { organizationId: { ...uuid, nullable: true, description: 'null for the shared list' } },
  },
  '/api/person-skills': { entity: () => PersonSkill, name: 'PersonSkill' },
  '/api/qualifications': { entity: () => Qualification, name: 'Qualification' },
  '/api/language-assessments': { entity: () => LanguageAssessment, name: 'LanguageAssessment' },
  '/api/courses': { entity: () => Course, name: 'Course' },
  '/api/vacancies': { entity: () => Vacancy, name: 'Vacancy' },
  '/api/activities': { entity: () => Activity, name: 'Activity', fields: { personIds: uuids, labelIds: uuids } },
  '/api/policy-signals': {
    entity: () => PolicySignal,
    name: 'PolicySignal',
    fields: {
      obstacleIds: uuids,
      evidence: {
        type: 'object',
        description: 'Computed from the linked obstacles (those not removed)',
        required: ['obstacles', 'households', 'municipalities', 'since'],
        properties: {
          obstacles: { type: 'integer', minimum: 0 },
          households: { type: 'integer', minimum: 0 },
          municipalities: { type: 'integer', minimum: 0 },
          since: { type: 'string', format: 'date', nullable: true },
        },
      },
    },
  },
  '/api/saved-views': {
    entity: () => SavedView,
    name: 'SavedView',
    fields: {
      filter: { type: 'object', additionalProperties: true, description: "The list's filter, as it sends it" },
      sort: {
        type: 'object',
        nullable: true,
        required: ['field', 'order'],
        properties: { field: { type: 'string' }, order: { $ref: '#/components/schemas/SortOrder' } },
      },
    },
  },
};

/** Records answered by special routes only. */
export const OTHER_RECORDS: RecordDescription[] = [
  {
    entity: () => PlanReview,
    name: 'PlanReview',
    fields: {
      snapshot: { type: 'object', description: 'The plan and its obstacles at the review', additionalProperties: true },
    },
  },
];

/** Shared pieces of answers, in `components.schemas`. */
export const SHARED_SCHEMAS: Record<string, Schema> = {
  LabelSummary: {
    type: 'object',
    required: ['id', 'name', 'color'],
    properties: {
      id: uuid,
      name: localized('The label in the languages given'),
      color: { type: 'string', nullable: true },
    },
  },
};

/** The JSON schema of one record, from its entity's columns. */
export function recordSchema(description: RecordDescription): Schema {
  const entity = description.entity() as abstract new () => unknown;
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const column of columnsOf(entity)) {
    const name = column.propertyName;
    if (description.omit?.includes(name)) continue;
    if (column.mode === 'deleteDate') {
      // Not read back, but the soft delete's answer carries it.
      properties[name] = { ...columnSchema(column, entity), description: 'Only in the answer to DELETE' };
      continue;
    }
    if (column.options.select === false) continue;
    properties[name] = columnSchema(column, entity);
    required.push(name);
  }
  for (const [name, schema] of Object.entries(description.fields ?? {})) {
    const nullable = properties[name]?.nullable;
    properties[name] = nullable ? { ...schema, nullable } : schema;
  }
  return { type: 'object', required, properties };
}

/** The entity's columns, its ancestors' (id, timestamps, version, organisation) first. */
function columnsOf(entity: abstract new () => unknown): ColumnMetadataArgs[] {
  const chain: unknown[] = [];
  for (let target: unknown = entity; target && target !== Function.prototype; target = Object.getPrototypeOf(target))
    chain.unshift(target);
  const columns = getMetadataArgsStorage().columns;
  return chain.flatMap((target) => columns.filter((c) => c.target === target));
}

function columnSchema(column: ColumnMetadataArgs, entity: abstract new () => unknown): Schema {
  const options = column.options;
  const nullable = options.nullable === true || column.mode === 'deleteDate';
  const type = typeof options.type === 'string' ? options.type : undefined;
  let schema: Schema;
  if (column.mode === 'createDate' || column.mode === 'updateDate' || column.mode === 'deleteDate') {
    schema = { type: 'string', format: 'date-time' };
  } else if (column.mode === 'version') {
    schema = { type: 'integer', minimum: 1 };
  } else {
    schema = scalarSchema(type, column, entity);
  }
  if (options.array) schema = { type: 'array', items: schema };
  return nullable ? { ...schema, nullable: true } : schema;
}

function scalarSchema(
  type: string | undefined,
  column: ColumnMetadataArgs,
  entity: abstract new () => unknown,
): Schema {
  switch (type) {
    case 'uuid':
      return { ...uuid };
    case 'text':
    case 'varchar':
      return { type: 'string' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'timestamptz':
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'int':
    case 'integer':
    case 'smallint':
      return { type: 'integer' };
    case 'numeric':
      // The entities read numeric columns into numbers (a transformer); without one pg answers a string.
      return column.options.transformer ? { type: 'number' } : { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'jsonb':
    case 'json':
      return Reflect.getMetadata('design:type', (entity as { prototype: object }).prototype, column.propertyName) ===
        Array
        ? { type: 'array', items: {} }
        : { type: 'object', additionalProperties: true };
    default:
      throw new Error(`openapi-records: no schema for column ${String(column.propertyName)} of type ${String(type)}`);
  }
}
