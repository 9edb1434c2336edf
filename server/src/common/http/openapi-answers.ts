import { ApiOkResponse, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { PERMISSIONS } from '../auth/permissions.js';
import { CONTRACT_TYPES, PLACEMENT_TYPES, SIGNAL_KINDS } from '../../placements/placement.enums.js';
import { END_REASONS } from '../../placements/transitions.js';
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
/** The small-group rule (docs/api.md): the fields of the object that are null because they stand for 1 to 4 persons. */
const fewerThan5 = {
  type: 'array',
  items: { type: 'string' },
  description: 'Fields null because they stand for 1 to 4 persons',
};
const hideable = <S extends Record<string, unknown>>(schema: S) => ({ ...schema, nullable: true });
/** Counts of persons per key, each null for 1 to 4, with the object's `fewerThan5`. */
const guardedCounts = (keys: readonly string[]) =>
  object({ ...Object.fromEntries(keys.map((k) => [k, hideable(count)])), fewerThan5 });

/** The shelter-move report's figures, for all municipalities and for each. */
const shelterMoveFigures = (): Record<string, Schema> => ({
  moves: count,
  forcedMoves: count,
  medianNoticeDays: { type: 'number', nullable: true, description: 'Moves with a known notice; null: none' },
  medianNoticeDaysForced: { type: 'number', nullable: true, description: 'Forced moves with a known notice' },
  placementsEndedAfterForcedMove: {
    ...count,
    description: "Placements of the household's members that ended within 30 days after a forced move",
  },
});

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
        open: hideable(count),
        inProgress: hideable(count),
        resolved: hideable(count),
        notResolvable: hideable(count),
        total: hideable(count),
        medianDaysToResolve: { type: 'number', nullable: true },
        shareResolved: hideable(share),
        fewerThan5,
      }),
    },
    total: count,
    shareResolved: share,
    filtersApplied: { type: 'array', items: { type: 'string' } },
  }),
  SystemicObstacleRow: object({
    domainKey: { type: 'string' },
    title: { type: 'string' },
    systemicNote: { type: 'string', nullable: true },
    persons: hideable(count),
    households: hideable(count),
    unresolved: hideable(count),
    firstIdentifiedOn: hideable(date),
    fewerThan5,
    obstacleIds: {
      type: 'array',
      items: uuid,
      description: 'The obstacles of the row: what a policy signal links (POST /api/policy-signals/{id}/obstacles)',
    },
  }),
  PlacementReport: object({
    filtersApplied: { type: 'array', items: { type: 'string' } },
    funnel: guardedCounts(['supported', 'withConversation', 'matched', 'longTerm']),
    byType: guardedCounts(PLACEMENT_TYPES),
    oneOffThenLongTerm: hideable(count),
    employersPlaced: count,
    employersContacted: count,
    fullTimeShare: { ...hideable(share), description: 'Of the matched persons; null when they are 1 to 4' },
    contractTypes: guardedCounts(CONTRACT_TYPES),
    fitByQuarter: {
      type: 'array',
      items: object({
        quarter: { type: 'string', pattern: '^\\d{4}-Q[1-4]$' },
        started: hideable(count),
        fits: hideable(count),
        share: hideable(share),
        fewerThan5,
      }),
    },
    endReasons: object({
      ended: hideable(count),
      withoutReason: hideable(count),
      byReason: guardedCounts(END_REASONS),
      residenceStatus: {
        ...hideable(count),
        description: 'Ended because a contract was not renewed for the residence status',
      },
      residenceStatusShare: {
        ...hideable(share),
        description: 'residenceStatus of the ended matches that say why; null with residenceStatus',
      },
      fewerThan5,
    }),
    signalsBySector: {
      type: 'array',
      items: object({
        sector: { type: 'string', nullable: true, description: 'null: no sector given' },
        signals: hideable(count),
        reported: hideable(count),
        byKind: { ...counts(SIGNAL_KINDS), nullable: true },
        fewerThan5,
      }),
    },
    fewerThan5,
  }),
  EmployerSubsidy: object({
    employerId: uuid,
    parameters: object({
      amountPerPerson: { type: 'number' },
      maximumPerEmployer: { type: 'number' },
      minHoursPerWeek: { type: 'number' },
      minContractMonths: { type: 'integer' },
      source: { type: 'string' },
    }),
    eligiblePersons: { ...count, description: 'Status holders with a placement that meets the conditions' },
    total: { type: 'number', description: 'The subsidy: one amount per eligible person, up to the maximum' },
    maximumReached: { type: 'boolean', description: 'More eligible persons than the maximum pays for' },
    placements: {
      type: 'array',
      items: object({
        placementId: uuid,
        personId: uuid,
        meetsConditions: { type: 'boolean' },
        unmet: { type: 'array', items: ref('SubsidyCondition') },
        counted: { type: 'boolean', description: "Counts towards the employer's subsidy" },
        amount: { type: 'number' },
      }),
    },
  }),
  ThemeRow: object({
    labelId: { ...uuid, nullable: true, description: 'null: the unlabelled minutes' },
    name: names,
    parentName: { ...names, nullable: true },
    color: { type: 'string', nullable: true },
    minutes: { type: 'number', nullable: true },
    share: hideable(share),
    logs: hideable(count),
    fewerThan5: {
      ...fewerThan5,
      description: 'Fields null because the row stands for 1 to 4 households (activities: known persons)',
    },
  }),
  ThemeReport: object(
    {
      level: ref('ThemeLevel'),
      filtersApplied: { type: 'array', items: { type: 'string' } },
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
      activities: {
        ...object({
          basis: ref('ActivityMinutesBasis'),
          totalMinutes: { type: 'number' },
          rows: { type: 'array', items: ref('ThemeRow') },
          filtersApplied: { type: 'array', items: { type: 'string' } },
        }),
        description:
          'Only with `activityMinutes` attendance or organiser: activity minutes per theme (period and municipality apply; under author, household or track there are none)',
      },
    },
    ['activities'],
  ),
  ActivityReport: object({
    period: ref('ActivityPeriod'),
    totals: ref('ActivityCounts'),
    rows: { type: 'array', items: ref('ActivityReportRow') },
  }),
  ActivityCounts: counts(['activities', 'attendance', 'uniquePersons', 'inIndividualSupport', 'inMatching']),
  ActivityReportRow: object({
    period: { type: 'string', description: 'YYYY-MM, YYYY-Qn or YYYY' },
    labelId: nullableUuid,
    name: { ...names, nullable: true },
    color: { type: 'string', nullable: true },
    activities: count,
    attendance: count,
    uniquePersons: count,
    inIndividualSupport: count,
    inMatching: count,
  }),
  PolicySignalReportRow: object({
    id: uuid,
    title: { type: 'string' },
    problem: { type: 'string', nullable: true },
    theme: ref('PolicyTheme'),
    status: ref('PolicySignalStatus'),
    raisedWith: { ...ref('PolicyAudience'), nullable: true },
    raisedWithName: { type: 'string', nullable: true },
    raisedOn: { ...date, nullable: true },
    raisedHow: { type: 'string', nullable: true },
    answer: { type: 'string', nullable: true },
    answeredOn: { ...date, nullable: true },
    obstacles: count,
    households: count,
    municipalities: count,
    since: { ...date, nullable: true },
  }),
  SuggestedObstacle: object({
    id: uuid,
    domainKey: { type: 'string' },
    title: { type: 'string' },
    identifiedOn: date,
    status: ref('ObstacleStatus'),
  }),
  ParameterVersion: object({
    id: uuid,
    key: ref('PolicyParameterKey'),
    value: { type: 'number' },
    unit: ref('PolicyParameterUnit'),
    validFrom: date,
    validTo: { ...date, nullable: true },
    sourceDocument: { type: 'string' },
    sourceParagraph: { type: 'string', nullable: true },
  }),
  ContributionLine: object({
    component: ref('ContributionComponent'),
    from: date,
    to: date,
    days: count,
    daysInMonth: count,
    adults: count,
    earnerIds: { type: 'array', items: uuid },
    perAdult: { type: 'number' },
    maximumFactor: { type: 'number' },
    monthlyAmount: { type: 'number', description: 'min(adults × perAdult, maximumFactor × perAdult): a whole month' },
    amount: { type: 'number', description: 'monthlyAmount × days / daysInMonth, in cents' },
    parameters: { type: 'array', items: ref('ParameterVersion') },
  }),
  HouseholdContribution: object({
    householdId: uuid,
    month: { type: 'string', example: '2024-10' },
    exemption: { allOf: [ref('ContributionExemption')], nullable: true },
    catering: { type: 'boolean' },
    adults: count,
    gasWaterElectricity: { type: 'number' },
    cateringContribution: { type: 'number' },
    total: { type: 'number' },
    livingAllowance: {
      type: 'array',
      items: object({
        personId: uuid,
        firstName: { type: 'string' },
        sources: { type: 'array', items: ref('IncomeSource') },
        daysWithIncome: count,
        livingAllowanceStops: { type: 'boolean' },
      }),
    },
    lines: { type: 'array', items: ref('ContributionLine') },
    missingParameters: { type: 'array', items: ref('PolicyParameterKey') },
  }),
  ContributionReport: object({
    month: { type: 'string' },
    households: {
      type: 'array',
      items: object({
        householdId: uuid,
        reference: { type: 'string' },
        municipality: { type: 'string' },
        exemption: { allOf: [ref('ContributionExemption')], nullable: true },
        catering: { type: 'boolean' },
        adults: count,
        gasWaterElectricity: { type: 'number' },
        cateringContribution: { type: 'number' },
        total: { type: 'number' },
        livingAllowanceStops: count,
      }),
    },
    totals: object({
      gasWaterElectricity: { type: 'number' },
      cateringContribution: { type: 'number' },
      total: { type: 'number' },
    }),
  }),
  CohortReport: object({
    event: ref('CohortEvent'),
    start: ref('CohortStart'),
    groupBy: { ...ref('CohortGroupBy'), nullable: true },
    censoredAt: { ...date, description: 'Persons still supported are censored at this day' },
    persons: { ...count, nullable: true, description: 'Persons followed (start known); null: fewer than 5' },
    unknownStart: { ...count, nullable: true, description: 'Persons left out, start unknown; null: 1 to 4' },
    groups: {
      type: 'array',
      items: object({
        key: {
          type: 'string',
          description: 'The group: an enum value, a municipality, a quarter YYYY-Qn, unknown or all',
        },
        persons: { ...count, nullable: true },
        unknownStart: { ...count, nullable: true },
        atRisk: {
          type: 'object',
          nullable: true,
          description: 'Persons at risk at month 0, 6, 12, 24 (null: beyond the longest follow-up)',
          additionalProperties: { ...count, nullable: true },
        },
        shares: {
          type: 'object',
          nullable: true,
          description:
            'Share that reached the event by month 6, 12, 24, a fraction (null: beyond the longest follow-up)',
          additionalProperties: { ...share, nullable: true },
        },
        curve: {
          type: 'array',
          nullable: true,
          items: object({ month: count, share, lower: share, upper: share, atRisk: count }),
        },
        fewerThan5: {
          type: 'array',
          items: { type: 'string' },
          description: 'Fields null because they stand for 1 to 4 persons',
        },
      }),
    },
    filtersApplied: { type: 'array', items: { type: 'string' } },
    fewerThan5: { type: 'array', items: { type: 'string' } },
  }),
  ThemeTrend: object({
    interval: ref('TrendInterval'),
    filtersApplied: { type: 'array', items: { type: 'string' } },
    periods: { type: 'array', items: { type: 'string' }, description: 'YYYY-MM or YYYY-Qn, first to last' },
    themes: {
      type: 'array',
      items: object({ labelId: uuid, name: names, color: { type: 'string', nullable: true } }),
    },
    contactLogs: { type: 'array', items: ref('ThemeTrendPeriod') },
    helpdesk: { type: 'array', items: ref('ThemeTrendPeriod') },
  }),
  ThemeTrendPeriod: object({
    period: { type: 'string' },
    totalMinutes: { type: 'number' },
    rows: {
      type: 'array',
      items: object({
        period: { type: 'string' },
        labelId: { ...uuid, nullable: true, description: 'null: the unlabelled minutes' },
        minutes: { type: 'number', nullable: true },
        share: { ...share, nullable: true },
        fewerThan5: { type: 'array', items: { type: 'string' } },
      }),
    },
  }),
  ObstacleTrend: object({
    interval: ref('TrendInterval'),
    filtersApplied: { type: 'array', items: { type: 'string' } },
    periods: { type: 'array', items: { type: 'string' } },
    rows: {
      type: 'array',
      items: object({
        period: { type: 'string' },
        domainKey: { type: 'string' },
        new: { ...count, nullable: true },
        resolved: { ...count, nullable: true },
        open: { ...count, nullable: true, description: 'Open at the end of the period' },
        fewerThan5: { type: 'array', items: { type: 'string' } },
      }),
    },
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
    integrationRoutes: {
      type: 'array',
      description: "Members' integration routes with parts still to finish, soonest deadline first",
      items: object({
        personId: uuid,
        route: ref('IntegrationRouteKind'),
        deadline: date,
        unfinishedParts: { type: 'array', items: ref('IntegrationPart') },
      }),
    },
  }),
  WeeklyHours: object({
    date,
    lessonHoursPerWeek: { type: 'number' },
    workHoursPerWeek: { type: 'number', description: "The running placements' hours a week" },
    totalHoursPerWeek: { type: 'number' },
    limit: { type: 'number', description: 'Hours a week of lessons and work together (policy parameter)' },
    exceedsLimit: { type: 'boolean', description: 'The total passes the limit: the warning' },
    placements: { type: 'array', items: object({ placementId: uuid, hoursPerWeek: { type: 'number' } }) },
  }),
  ShelterMoveFigures: object(shelterMoveFigures()),
  ShelterMoveReport: object({
    daysAfterForcedMove: integer,
    total: ref('ShelterMoveFigures'),
    municipalities: {
      type: 'array',
      items: object({ municipality: { type: 'string' }, ...shelterMoveFigures() }),
    },
  }),
  Deadline: object({
    kind: ref('DeadlineKind'),
    date,
    daysLeft: integer,
    householdId: uuid,
    householdReference: { type: 'string' },
    personId: nullableUuid,
    placementId: nullableUuid,
    unfinishedParts: {
      type: 'array',
      items: ref('IntegrationPart'),
      description: "An integration route's parts still to finish; empty for other kinds",
    },
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
  PersonExport: {
    type: 'object',
    description:
      "format, exportedAt, person, household, and one list per kind of record (perspectivePlans with reviews, obstacles, breakthroughs, contactLogs, helpdeskQuestions, placements with statusChanges, networkConversations, tasks, referrals, consents) and auditEvents; field names are the API's",
    required: ['format', 'exportedAt', 'person', 'household', 'auditEvents'],
    additionalProperties: true,
    properties: {
      format: integer,
      exportedAt: dateTime,
      person: { type: 'object', additionalProperties: true },
      household: { type: 'object', additionalProperties: true },
      auditEvents: { type: 'array', items: { type: 'object', additionalProperties: true } },
    },
  },
  ErasureAnswer: object({ id: uuid, erased: { type: 'boolean' } }),
  RetentionDue: object({
    id: uuid,
    reference: { type: 'string' },
    municipality: { type: 'string' },
    closedOn: date,
    dueOn: date,
    members: count,
  }),
  RetentionErasureAnswer: object({ erased: count }),
  RetentionSettings: object({ retentionMonths: integer }),
  PseudonymKey: object({ keyId: uuid }),
  ResearchExport: object(
    {
      id: uuid,
      status: ref('ResearchExportStatus'),
      progress: share,
      filter: {
        type: 'object',
        properties: {
          from: date,
          to: date,
          municipality: { type: 'string' },
          track: ref('Track'),
        },
      },
      createdAt: dateTime,
      finishedAt: { ...dateTime, nullable: true },
      requestedById: nullableUuid,
      counts: { type: 'object', nullable: true, additionalProperties: { type: 'integer' } },
    },
    ['counts', 'finishedAt', 'requestedById'],
  ),
  SuggestionReason: object({
    factor: ref('SuggestionFactor'),
    points: { type: 'number', minimum: 0 },
    maxPoints: { type: 'number', minimum: 0 },
    outcome: ref('SuggestionOutcome'),
    skillIds: { type: 'array', items: uuid, description: '`skills`: the skills asked for that the person has' },
    language: { allOf: [ref('LevelLanguage')], nullable: true, description: '`language`: which language' },
    needed: {
      type: 'string',
      nullable: true,
      description: 'What the vacancy asks (level, hours, municipality, sector)',
    },
    actual: {
      type: 'string',
      nullable: true,
      description: 'What the person has (level, hours wanted, municipality, training field, a WorkPermission)',
    },
  }),
  PersonSuggestion: object({
    personId: uuid,
    score: { type: 'number', minimum: 0, maximum: 100 },
    reasons: { type: 'array', items: ref('SuggestionReason') },
  }),
  VacancySuggestion: object({
    vacancyId: uuid,
    score: { type: 'number', minimum: 0, maximum: 100 },
    reasons: { type: 'array', items: ref('SuggestionReason') },
  }),
  SampleDrawers: object({
    roles: { type: 'array', items: ref('Role') },
    users: { type: 'array', items: object({ id: uuid, fullName: { type: 'string' }, role: ref('Role') }) },
  }),
  Import: object({
    id: uuid,
    createdById: nullableUuid,
    kind: ref('ImportKind'),
    fileName: { type: 'string' },
    status: ref('ImportStatus'),
    columns: { type: 'array', items: { type: 'string' }, description: "The upload's header row" },
    sample: {
      type: 'array',
      items: { type: 'array', items: { type: 'string' } },
      description: 'The first rows as text, to show beside the mapping (empty once done)',
    },
    fields: {
      type: 'array',
      items: object({ name: { type: 'string' }, required: { type: 'boolean' }, list: { type: 'boolean' } }),
      description: 'What this kind of import reads, in order',
    },
    mapping: { type: 'object', additionalProperties: { type: 'string' }, description: 'Field → column' },
    matchBy: { type: 'string', nullable: true },
    allOrNothing: { type: 'boolean' },
    rowsTotal: count,
    rowsDone: count,
    rowsFailed: count,
    created: count,
    updated: count,
    unchanged: count,
    errors: {
      type: 'array',
      description: 'Rows refused (at most 1,000; `rowsFailed` counts them all)',
      items: object(
        {
          row: {
            type: 'integer',
            minimum: 0,
            description: 'Spreadsheet row (the header is row 1); 0: the whole import',
          },
          field: { type: 'string', nullable: true },
          column: { type: 'string', nullable: true },
          code: {
            anyOf: [ref('FieldErrorCode'), ref('ErrorCode')],
            description: "A field's code, or the answer's code where the whole row was refused",
          },
          message: { type: 'string' },
          params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
        },
        ['params'],
      ),
    },
    checkedAt: { ...dateTime, nullable: true },
    finishedAt: { ...dateTime, nullable: true },
    createdAt: dateTime,
    updatedAt: dateTime,
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
