import { ApiOkResponse, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { PERMISSIONS } from '../auth/permissions.js';
import { CONTRACT_TYPES, PLACEMENT_TYPES } from '../../placements/placement.enums.js';
import type { Schema } from './openapi-records.js';

/**
 * The answers of the routes outside plain CRUD, by name in
 * `components.schemas` (so a generated client has a type per answer). The
 * records of the CRUD routes come from their entities (openapi-records.ts).
 * The API tests check every answer against these (test/support/openapi-contract.ts).
 */
const uuid = { type: 'string', format: 'uuid' };
const nullableUuid = { ...uuid, nullable: true };
const integer = { type: 'integer' };
const count = { type: 'integer', minimum: 0 };
const date = { type: 'string', format: 'date' };
const dateTime = { type: 'string', format: 'date-time' };
const share = { type: 'number', minimum: 0, maximum: 1, description: 'A fraction of 1' };
const names = {
  type: 'object',
  description: 'A name per language (nl, en, uk)',
  properties: { nl: { type: 'string' }, en: { type: 'string' }, uk: { type: 'string' } },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
  properties,
});
const counts = (keys: readonly string[]) => object(Object.fromEntries(keys.map((k) => [k, count])));

export const ANSWER_SCHEMAS: Record<string, Schema> = {
  Health: object({ status: ref('HealthStatus'), db: ref('DatabaseState') }),
  UserView: object({
    id: uuid,
    email: { type: 'string' },
    fullName: { type: 'string' },
    role: ref('Role'),
    organizationId: uuid,
  }),
  LoginAnswer: object({
    accessToken: { type: 'string', description: 'Bearer token of the new session' },
    user: ref('UserView'),
  }),
  Me: object({
    id: uuid,
    email: { type: 'string' },
    fullName: { type: 'string' },
    role: ref('Role'),
    organizationId: uuid,
    permissions: {
      type: 'object',
      description: 'Every resource of the permission table with the actions the role may take (an empty list: none)',
      properties: Object.fromEntries(
        Object.keys(PERMISSIONS).map((r) => [r, { type: 'array', items: { type: 'string' } }]),
      ),
      required: Object.keys(PERMISSIONS),
    },
  }),
  DomainCounts: object({
    domainKey: { type: 'string' },
    open: count,
    inProgress: count,
    resolved: count,
    notResolvable: count,
  }),
  ObstacleReport: object({
    byDomain: {
      type: 'array',
      items: object({
        domainKey: { type: 'string' },
        open: count,
        inProgress: count,
        resolved: count,
        notResolvable: count,
        total: count,
        medianDaysToResolve: { type: 'number', nullable: true },
        shareResolved: share,
      }),
    },
    total: count,
    shareResolved: share,
  }),
  SystemicObstacleRow: object({
    domainKey: { type: 'string' },
    title: { type: 'string' },
    systemicNote: { type: 'string', nullable: true },
    persons: count,
    households: count,
    unresolved: count,
    firstIdentifiedOn: date,
  }),
  PlacementReport: object({
    funnel: counts(['supported', 'withConversation', 'matched', 'longTerm']),
    byType: counts(PLACEMENT_TYPES),
    oneOffThenLongTerm: count,
    employersPlaced: count,
    employersContacted: count,
    fullTimeShare: share,
    contractTypes: counts(CONTRACT_TYPES),
    fitByQuarter: {
      type: 'array',
      items: object({ quarter: { type: 'string', pattern: '^\\d{4}-Q[1-4]$' }, started: count, fits: count, share }),
    },
  }),
  ThemeRow: object({
    labelId: { ...uuid, nullable: true, description: 'null: the unlabelled minutes' },
    name: names,
    parentName: { ...names, nullable: true },
    color: { type: 'string', nullable: true },
    minutes: { type: 'number' },
    share,
    logs: count,
  }),
  ThemeReport: object({
    level: ref('ThemeLevel'),
    totalMinutes: { type: 'number' },
    rows: { type: 'array', items: ref('ThemeRow') },
    helpdesk: object({
      totalMinutes: { type: 'number' },
      rows: { type: 'array', items: ref('ThemeRow') },
      filtersApplied: {
        type: 'array',
        items: { type: 'string' },
        description: 'The filter keys that also narrowed the helpdesk side',
      },
    }),
  }),
  CaseloadRow: object({
    id: uuid,
    reference: { type: 'string' },
    municipality: { type: 'string' },
    track: { type: 'string' },
    shelterType: { type: 'string' },
    nextDeadline: { ...object({ kind: { type: 'string' }, date }), nullable: true },
    openTasks: count,
    overdueTasks: count,
    openObstacles: count,
    lastContactAt: { ...dateTime, nullable: true },
  }),
  Deadline: object({
    kind: ref('DeadlineKind'),
    date,
    daysLeft: integer,
    householdId: uuid,
    householdReference: { type: 'string' },
    personId: nullableUuid,
    placementId: nullableUuid,
    taskId: { ...nullableUuid, description: 'An open or done task already made for this deadline' },
  }),
  TimelineEntry: object(
    {
      at: dateTime,
      type: ref('TimelineType'),
      title: { type: 'string' },
      resource: { type: 'string' },
      recordId: uuid,
      personId: nullableUuid,
      labels: { type: 'array', items: ref('LabelSummary'), description: 'Contacts only' },
      noteWithheld: {
        type: 'boolean',
        description: 'Contacts only: the reader may not read the note (the title is empty)',
      },
    },
    ['labels', 'noteWithheld'],
  ),
  BulkLabelsAnswer: object({ updated: count }),
  Notification: object({
    key: { type: 'string', description: 'Names the notification (for marking it read)' },
    kind: ref('NotificationKind'),
    resource: { type: 'string', description: 'The resource of the record it links to' },
    recordId: uuid,
    title: { type: 'string' },
    date: { ...date, nullable: true },
    detail: {
      type: 'string',
      nullable: true,
      description: "The deadline's kind (a DeadlineKind), the referral's or placement's status",
    },
    read: { type: 'boolean' },
  }),
  NotificationDigest: object({
    date: { ...date, description: 'The day the digest is for' },
    unread: count,
    items: { type: 'array', items: ref('Notification') },
  }),
  MarkedRead: object({ marked: count }),
  SearchResult: object({
    kind: ref('SearchKind'),
    id: uuid,
    title: { type: 'string', description: 'Name, reference or title; for a contact log, its note around the match' },
    subtitle: { type: 'string', nullable: true },
  }),
  SearchGroup: object({ kind: ref('SearchKind'), results: { type: 'array', items: ref('SearchResult') } }),
  SearchAnswer: object({
    q: { type: 'string', description: 'The query as searched (trimmed)' },
    groups: { type: 'array', items: ref('SearchGroup') },
  }),
  CodingItem: object({
    contactLogId: uuid,
    occurredAt: dateTime,
    minutes: { type: 'number' },
    note: { type: 'string', nullable: true },
    noteWithheld: { type: 'boolean' },
    labelIds: { type: 'array', items: uuid },
    coded: { type: 'boolean' },
  }),
  CodingAnswer: object({ contactLogId: uuid, labelIds: { type: 'array', items: uuid } }),
  CodingAgreement: object({
    sampleId: uuid,
    size: count,
    codedByBoth: count,
    overall: object({ labels: count, agreement: share, kappa: { type: 'number', nullable: true } }),
    labels: {
      type: 'array',
      items: object({
        labelId: uuid,
        name: names,
        both: count,
        firstOnly: count,
        secondOnly: count,
        neither: count,
        agreement: share,
        kappa: { type: 'number', nullable: true, description: 'null when chance agreement is 1' },
      }),
    },
    disagreements: {
      type: 'array',
      items: object({
        contactLogId: uuid,
        occurredAt: { ...dateTime, nullable: true },
        householdId: nullableUuid,
        householdReference: { type: 'string', nullable: true },
        firstLabelIds: { type: 'array', items: uuid },
        secondLabelIds: { type: 'array', items: uuid },
      }),
    },
  }),
  SampleDrawers: object({
    roles: { type: 'array', items: ref('Role') },
    users: { type: 'array', items: object({ id: uuid, fullName: { type: 'string' }, role: ref('Role') }) },
  }),
};

/** `200` with the named answer (or a list of them). */
export const ApiAnswer = (name: string, options: { list?: boolean; status?: number; description?: string } = {}) =>
  ApiResponse({
    status: options.status ?? 200,
    description: options.description ?? '',
    schema: options.list ? { type: 'array', items: ref(name) } : ref(name),
  });

/**
 * The query of a report: `filter` (a JSON object of the keys `filterKeys`
 * names), and for its CSV `format`, `lang`/`locale` and `ids`; JSON by
 * default, `text/csv` with `format=csv` or `Accept: text/csv`.
 */
export const ApiReport = (answer: Schema | string, filterKeys: string) =>
  applyDecorators(
    ApiQuery({
      name: 'filter',
      required: false,
      description: `JSON object: ${filterKeys}. Another key is a 400.`,
      schema: { type: 'string', example: '{}' },
    }),
    ApiQuery({
      name: 'format',
      required: false,
      enum: ['json', 'csv'],
      description: '`csv` (or `Accept: text/csv`) answers a CSV for spreadsheets',
    }),
    ApiQuery({
      name: 'lang',
      required: false,
      enum: ['nl', 'en', 'uk'],
      description: "The CSV's language (English when absent); another value is a 400, in JSON too",
    }),
    ApiQuery({
      name: 'locale',
      required: false,
      enum: ['nl', 'en', 'uk'],
      description: 'Alias of `lang`; both must agree',
    }),
    ApiQuery({
      name: 'ids',
      required: false,
      enum: ['true', 'false'],
      description: '`true` adds the internal ids or keys as columns to the CSV',
    }),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: 'The report; as CSV (UTF-8 with a byte order mark, a comment line, then the header row) when asked',
      content: {
        'application/json': { schema: typeof answer === 'string' ? ref(answer) : answer },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );
