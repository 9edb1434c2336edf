/**
 * Names for the generated API types (src/api/schema.ts, from server/openapi.json).
 * Import API types from here or from the schema; never declare a server shape
 * in a component.
 */
import type { components } from './schema';
import type { Snapshot } from '../perspective-plans/reviewDiff';

type Schemas = components['schemas'];

/** The API's named enums: the schemas that are a union of string values. */
export type EnumName = Exclude<
  {
    [K in keyof Schemas]: Schemas[K] extends string ? (string extends Schemas[K] ? never : K) : never;
  }[keyof Schemas],
  MachineOnlyEnum
>;
/** Enums only programs read (the health probe's states): no one sees them, so they need no texts. */
export const MACHINE_ONLY_ENUMS = ['HealthStatus', 'DatabaseState'] as const;
type MachineOnlyEnum = (typeof MACHINE_ONLY_ENUMS)[number];
export type EnumValue<E extends EnumName> = Schemas[E];

export type ShelterType = Schemas['ShelterType'];
export type ProtectionBasis = Schemas['ProtectionBasis'];
export type Track = Schemas['Track'];
export type HouseholdStatus = Schemas['HouseholdStatus'];
export type HouseholdRole = Schemas['HouseholdRole'];
export type LevelLanguage = Schemas['LevelLanguage'];
export type LanguageLevel = Schemas['LanguageLevel'];
export type Role = Schemas['Role'];
export type PlanStatus = Schemas['PlanStatus'];
export type ObstacleStatus = Schemas['ObstacleStatus'];
export type Severity = Schemas['Severity'];
export type DomainGroup = Schemas['DomainGroup'];
export type PlacementStatus = Schemas['PlacementStatus'];
export type PlacementType = Schemas['PlacementType'];
export type ContractType = Schemas['ContractType'];
export type EndReason = Schemas['EndReason'];
export type DeadlineKind = Schemas['DeadlineKind'];
export type TimelineType = Schemas['TimelineType'];
export type ImportKind = Schemas['ImportKind'];
export type ImportStatus = Schemas['ImportStatus'];
/** A spreadsheet import: its upload, mapping and progress. */
export type ImportJob = Schemas['Import'];
export interface ImportSetUp {
  id: string;
  mapping: Record<string, string>;
  matchBy: string | null;
  allOrNothing: boolean;
}
export type IntegrationRouteKind = Schemas['IntegrationRouteKind'];
export type IntegrationPart = Schemas['IntegrationPart'];
export type HouseholdContribution = Schemas['HouseholdContribution'];
export type ContributionLine = Schemas['ContributionLine'];
export type Income = Schemas['Income'];
export type PolicyParameter = Schemas['PolicyParameter'];

// Issue 17: group work and policy work.
export type ActivityType = Schemas['ActivityType'];
export type PolicyTheme = Schemas['PolicyTheme'];
export type PolicyAudience = Schemas['PolicyAudience'];
export type PolicySignalStatus = Schemas['PolicySignalStatus'];
export type PolicySignal = Schemas['PolicySignal'];
export type SuggestedObstacle = Schemas['SuggestedObstacle'];
export type ActivityReportData = Schemas['ActivityReport'];

/*
 * Responses the OpenAPI document does not describe yet. Each is written once,
 * here, from the server's answer; point it at the generated schema
 * (`Schemas['…']`) once the document has it.
 */

/** `snake_case` → `camelCase`, as report rows name a column per enum value. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Obstacles of one domain counted per status: `open`, `inProgress`, … */
export type ObstacleCounts = { [S in ObstacleStatus as CamelCase<S>]: number };

/** `GET /api/households/{id}/obstacles-by-domain` */
export type HouseholdObstacleCounts = ObstacleCounts & { domainKey: string };

/** A report's figures: null where the small-group rule hid them, named in `fewerThan5` (docs/api.md). */
type Hideable<T> = { [K in keyof T]: T[K] | null } & { fewerThan5: string[] };

/** `GET /api/reports/obstacles`: a domain of fewer than 5 persons has no figures. */
export type ObstacleReportRow = Hideable<
  ObstacleCounts & { total: number; medianDaysToResolve: number | null; shareResolved: number }
> & { domainKey: string };

/** `GET /api/reports/systemic-obstacles` */
export interface SystemicObstacleRow {
  domainKey: string;
  title: string;
  systemicNote: string | null;
  /** Null (and named in fewerThan5) for fewer than 5 persons, with households, unresolved and firstIdentifiedOn. */
  persons: number | null;
  households: number | null;
  unresolved: number | null;
  firstIdentifiedOn: string | null;
  fewerThan5: string[];
  /** The obstacles of the row (issue 17: what a policy signal links). */
  obstacleIds: string[];
}

/** `GET /api/reports/placements` */
export interface PlacementReportData {
  funnel: Hideable<{ supported: number; withConversation: number; matched: number; longTerm: number }>;
  byType: Partial<Record<PlacementType, number | null>> & { fewerThan5: string[] };
  oneOffThenLongTerm: number | null;
  employersPlaced: number;
  employersContacted: number;
  fullTimeShare: number | null;
  contractTypes: Partial<Record<ContractType, number | null>> & { fewerThan5: string[] };
  fitByQuarter: (Hideable<{ started: number; fits: number; share: number }> & { quarter: string })[];
  endReasons: Schemas['PlacementReport']['endReasons'];
  signalsBySector: Schemas['PlacementReport']['signalsBySector'];
}

/** `GET /api/employers/:id/subsidy` */
export type EmployerSubsidy = Schemas['EmployerSubsidy'];

/** A row of `GET /api/reports/themes` */
export interface ThemeRow {
  labelId: string | null;
  name: Record<string, string>;
  /** At all levels: the parent's name, to tell "Work" from "Work › Job search". */
  parentName?: Record<string, string> | null;
  color: string | null;
  /** Null (with share and logs) for fewer than 5 households behind the row. */
  minutes: number | null;
  share: number | null;
  logs: number | null;
  fewerThan5: string[];
}

/** `GET /api/reports/themes` */
export interface ThemeTotals {
  totalMinutes: number;
  rows: ThemeRow[];
}

/** A row of `GET /api/caseload` */
export interface CaseloadRow {
  id: string;
  reference: string;
  municipality: string;
  track: Track;
  nextDeadline: { kind: DeadlineKind; date: string } | null;
  openTasks: number;
  overdueTasks: number;
  openObstacles: number;
  lastContactAt: string | null;
  /** Members' integration routes with parts still to finish (issue 14). */
  integrationRoutes: {
    personId: string;
    route: IntegrationRouteKind;
    deadline: string;
    unfinishedParts: IntegrationPart[];
  }[];
}

/** A row of `GET /api/deadlines` */
export interface Deadline {
  kind: DeadlineKind;
  date: string;
  daysLeft: number;
  householdId: string;
  householdReference: string;
  personId: string | null;
  placementId: string | null;
  /** An integration route's parts still to finish; empty for other kinds. */
  unfinishedParts: IntegrationPart[];
  taskId: string | null;
}

/** A row of `GET /api/households/{id}/timeline` */
export interface TimelineEntry {
  at: string;
  type: TimelineType;
  title: string;
  /** A contact whose note this reader may not read: no title. */
  noteWithheld?: boolean;
  resource: string;
  recordId: string;
  /** A contact's labels, names in nl/en/uk. */
  labels?: { id: string; name: Record<string, string | undefined>; color: string | null }[];
}

/** A row of `GET /api/integration-domains` */
export interface IntegrationDomain {
  id: string;
  key: string;
  group: DomainGroup;
  order: number;
  name: Record<string, string>;
  /** What the domain covers, per language (en, nl, uk). */
  description: Record<string, string>;
}

/** A row of `GET /api/coding-samples` */
export interface CodingSample {
  id: string;
  name: string;
  firstCoderId: string;
  secondCoderId: string;
  contactLogIds: string[];
}

/** `GET /api/coding-samples/{id}/agreement` */
export interface AgreementReport {
  size: number;
  codedByBoth: number;
  overall: { labels: number; agreement: number; kappa: number | null };
  labels: {
    labelId: string;
    both: number;
    firstOnly: number;
    secondOnly: number;
    neither: number;
    agreement: number;
    kappa: number | null;
  }[];
  disagreements: {
    contactLogId: string;
    occurredAt: string | null;
    householdReference: string | null;
    firstLabelIds: string[];
    secondLabelIds: string[];
  }[];
}

/*
 * What the data provider's methods outside plain CRUD send and return
 * (`providers/dataProvider.ts`).
 */

/** A report's `?filter=`: empty values are left out before it is sent. */
export type ReportFilter = Record<string, string | number | boolean | null | undefined>;

/** Report languages: the CSV names domains, statuses and labels in the reader's language. */
export type ReportLanguage = string;

export interface DeadlinesQuery {
  weeks: number;
  /** Only the caller's own households. */
  mine?: boolean;
}

export interface TimelineQuery {
  householdId: string;
  /** Kinds of entry to show; none means all. */
  types?: string[];
}

/** Obstacles of one domain per status (the household page, the report). */
export type DomainCounts = HouseholdObstacleCounts;

export type ObstacleDomainRow = ObstacleReportRow;

export interface ObstacleReportData {
  byDomain: ObstacleDomainRow[];
  total: number;
  shareResolved: number;
}

/** Contact logs at the top level, the helpdesk beside them. */
export type ThemeReportData = ThemeTotals & { helpdesk: ThemeTotals };

/** The reports that can be downloaded, by their path under `/api/reports/`. */
export type ReportName =
  | 'obstacles'
  | 'systemic-obstacles'
  | 'themes'
  | 'placements'
  | 'shelter-moves'
  | 'cohorts'
  | 'themes/trend'
  | 'obstacles/trend'
  | 'activities'
  | 'policy-signals';

/** `GET /api/reports/contributions` as CSV: one month, every household. */
export interface ContributionReportDownload {
  month: string;
  lang: ReportLanguage;
}

/** A report's query parameters next to `filter`: the cohort report's `groupBy`, the trends' `interval`. */
export type ReportQuery = Record<string, string>;

export interface ReportDownload {
  report: ReportName;
  filter: ReportFilter;
  lang: ReportLanguage;
  query?: ReportQuery;
}

/** `GET /api/reports/cohorts` */
export type CohortReport = Schemas['CohortReport'];
export type CohortGroup = CohortReport['groups'][number];
/** `GET /api/reports/themes/trend` */
export type ThemeTrend = Schemas['ThemeTrend'];
/** `GET /api/reports/obstacles/trend` */
export type ObstacleTrend = Schemas['ObstacleTrend'];

/** A file the server sent: its content and the name it asked to be saved under. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export interface LabelMerge {
  /** The label that goes away. */
  id: string;
  /** The label that takes over its uses. */
  intoId: string;
}

export interface BulkLabelling {
  /** A labelled resource: `contact-logs` or `helpdesk-questions`. */
  resource: string;
  ids: (string | number)[];
  addLabelIds: string[];
  removeLabelIds: string[];
}

export interface PlanReview {
  id: string;
  reviewedOn: string;
  note: string | null;
  snapshot: Snapshot;
}

export interface NewCodingSample {
  name: string;
  size: number;
  firstCoderId: string;
  secondCoderId: string;
}

export interface CodingDrawers {
  roles: string[];
  users: { id: string; fullName: string; role: string }[];
}

export interface CodingItem {
  contactLogId: string;
  note: string | null;
  noteWithheld?: boolean;
  minutes: number;
  labelIds: string[];
  coded: boolean;
}

export interface Coding {
  sampleId: string;
  contactLogId: string;
  labelIds: string[];
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/* Records as the API answers them (react-admin's `useGetList<…>`, `useRecordContext<…>`). */
export type AuditEvent = Schemas['AuditEvent'];
export type Breakthrough = Schemas['Breakthrough'];
export type Consent = Schemas['Consent'];
export type ContactLog = Schemas['ContactLog'];
export type Employer = Schemas['Employer'];
export type HelpdeskQuestion = Schemas['HelpdeskQuestion'];
export type Household = Schemas['Household'];
export type Label = Schemas['Label'];
/** The document types the link lists as `unknown[]`; the server answers obstacle ids. */
export type NetworkConversation = Schemas['NetworkConversation'];
export type Obstacle = Omit<Schemas['Obstacle'], 'activeBlockedByIds' | 'activeBlocksIds' | 'blockedByIds'> & {
  activeBlockedByIds: string[];
  activeBlocksIds: string[];
  blockedByIds: string[];
};
export type PartnerOrganization = Schemas['PartnerOrganization'];
export type Person = Schemas['Person'];
export type PerspectivePlan = Schemas['PerspectivePlan'];
export type Placement = Schemas['Placement'];
// Issue 16: skills, learning, vacancies and suggestions.
export type Skill = Schemas['Skill'];
export type PersonSkill = Schemas['PersonSkill'];
export type Qualification = Schemas['Qualification'];
export type LanguageAssessment = Schemas['LanguageAssessment'];
export type Course = Schemas['Course'];
export type Vacancy = Schemas['Vacancy'];
export type SuggestionReason = Schemas['SuggestionReason'];
export type PersonSuggestion = Schemas['PersonSuggestion'];
export type VacancySuggestion = Schemas['VacancySuggestion'];
export type Referral = Schemas['Referral'];
export type Task = Schemas['Task'];
export type IntegrationRoute = Schemas['IntegrationRoute'];
export type ShelterMove = Schemas['ShelterMove'];
export type WeeklyHours = Schemas['WeeklyHours'];
export type ShelterMoveReportData = Schemas['ShelterMoveReport'];
export type User = Schemas['User'];
export type UserView = Schemas['UserView'];
export type Me = Schemas['Me'];
export type LoginAnswer = Schemas['LoginAnswer'];

/** A person's data (issue 13). */
export type PersonExport = Schemas['PersonExport'] & Record<string, unknown>;
export type ErasureReason = Schemas['ErasureReason'];
export interface ErasureRequest {
  reason: ErasureReason;
  confirmation: string;
}
export type RetentionDue = Schemas['RetentionDue'];
export type ResearchExport = Schemas['ResearchExport'];
export type ResearchExportStatus = Schemas['ResearchExportStatus'];
export type ResearchExportFilter = ResearchExport['filter'];
/** GET /api/search (issue 18). */
export type SearchKind =
  'households' | 'persons' | 'employers' | 'partner-organizations' | 'obstacles' | 'placements' | 'contact-logs';
export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string | null;
}
export interface SearchAnswer {
  q: string;
  groups: { kind: SearchKind; results: SearchResult[] }[];
}

/** GET /api/notifications (issue 18). */
export type NotificationKind =
  'task_overdue' | 'task_due_today' | 'deadline' | 'referral_answered' | 'placement_assigned' | 'coding_sample_ready';
export interface AppNotification {
  key: string;
  kind: NotificationKind;
  resource: string;
  recordId: string;
  title: string;
  date: string | null;
  detail: string | null;
  read: boolean;
}
export interface NotificationDigest {
  date: string;
  unread: number;
  items: AppNotification[];
}
