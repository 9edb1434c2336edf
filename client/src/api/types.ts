/**
 * What the data provider's methods outside plain CRUD send and return
 * (`providers/dataProvider.ts`), in one place so they can be replaced by
 * types generated from the OpenAPI document without touching the components.
 */
import type { Snapshot } from '../perspective-plans/reviewDiff';

/** A report's `?filter=`: empty values are left out before it is sent. */
export type ReportFilter = Record<string, string | number | boolean | null | undefined>;

/** Report languages: the CSV names domains, statuses and labels in the reader's language. */
export type ReportLanguage = string;

// --- Caseload, deadlines, timeline -------------------------------------------------------------

export interface CaseloadRow {
  id: string;
  reference: string;
  municipality: string;
  track: string;
  nextDeadline: { kind: string; date: string } | null;
  openTasks: number;
  overdueTasks: number;
  openObstacles: number;
  lastContactAt: string | null;
}

export interface Deadline {
  kind: 'shelter_end' | 'protection_end' | 'contract_end';
  date: string;
  daysLeft: number;
  householdId: string;
  householdReference: string;
  personId: string | null;
  placementId: string | null;
  taskId: string | null;
}

export interface DeadlinesQuery {
  weeks: number;
  /** Only the caller's own households. */
  mine?: boolean;
}

export interface TimelineEntry {
  at: string;
  type: string;
  title: string;
  /** A contact whose note this reader may not read: no title. */
  noteWithheld?: boolean;
  resource: string;
  recordId: string;
  /** A contact's labels, names in nl/en/uk. */
  labels?: { id: string; name: Record<string, string | undefined>; color: string | null }[];
}

export interface TimelineQuery {
  householdId: string;
  /** Kinds of entry to show; none means all. */
  types?: string[];
}

// --- Households and placements ------------------------------------------------------------------

export interface DomainCounts {
  domainKey: string;
  open: number;
  inProgress: number;
  resolved: number;
  notResolvable: number;
}

// --- Reports ---------------------------------------------------------------------------------------

export interface ObstacleDomainRow extends DomainCounts {
  total: number;
  medianDaysToResolve: number | null;
  shareResolved: number;
}

export interface ObstacleReportData {
  byDomain: ObstacleDomainRow[];
  total: number;
  shareResolved: number;
}

export interface SystemicObstacleRow {
  domainKey: string;
  title: string;
  systemicNote: string | null;
  persons: number;
  households: number;
  unresolved: number;
}

export interface ThemeRow {
  labelId: string | null;
  name: Record<string, string>;
  /** At all levels: the parent's name, to tell "Work" from "Work › Job search". */
  parentName?: Record<string, string> | null;
  color: string | null;
  minutes: number;
  share: number;
  logs: number;
}

export interface ThemeTotals {
  totalMinutes: number;
  rows: ThemeRow[];
}

/** Contact logs at the top level, the helpdesk beside them. */
export type ThemeReportData = ThemeTotals & { helpdesk: ThemeTotals };

export interface PlacementReportData {
  funnel: { supported: number; withConversation: number; matched: number; longTerm: number };
  byType: Record<string, number>;
  oneOffThenLongTerm: number;
  employersPlaced: number;
  employersContacted: number;
  fullTimeShare: number;
  contractTypes: Record<string, number>;
  fitByQuarter: { quarter: string; started: number; fits: number; share: number }[];
}

/** The reports that can be downloaded, by their path under `/api/reports/`. */
export type ReportName = 'obstacles' | 'systemic-obstacles' | 'themes' | 'placements';

export interface ReportDownload {
  report: ReportName;
  filter: ReportFilter;
  lang: ReportLanguage;
}

/** A file the server sent: its content and the name it asked to be saved under. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

// --- Labels ------------------------------------------------------------------------------------------

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

// --- Perspective plans ---------------------------------------------------------------------------

export interface PlanReview {
  id: string;
  reviewedOn: string;
  note: string | null;
  snapshot: Snapshot;
}

// --- Double coding -------------------------------------------------------------------------------

export interface CodingSample {
  id: string;
  name: string;
  firstCoderId: string;
  secondCoderId: string;
  contactLogIds: string[];
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

export interface AgreementReport {
  size: number;
  codedByBoth: number;
  overall: { labels: number; agreement: number; kappa: number | null };
  labels: { labelId: string; both: number; firstOnly: number; secondOnly: number; neither: number; agreement: number; kappa: number | null }[];
  disagreements: {
    contactLogId: string;
    occurredAt: string | null;
    householdReference: string | null;
    firstLabelIds: string[];
    secondLabelIds: string[];
  }[];
}

// --- Account -----------------------------------------------------------------------------------------

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}
