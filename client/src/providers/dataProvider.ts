import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { session } from './session';
import { i18nProvider } from './i18nProvider';
import { translateHttpError, withFieldSummary } from './serverErrors';
import type {
  AgreementReport,
  BulkLabelling,
  CaseloadRow,
  Coding,
  CodingDrawers,
  CodingItem,
  CodingSample,
  Deadline,
  DeadlinesQuery,
  DomainCounts,
  DownloadedFile,
  ImportJob,
  ImportKind,
  ImportSetUp,
  LabelMerge,
  NewCodingSample,
  ObstacleReportData,
  PasswordChange,
  PersonSuggestion,
  PlacementReportData,
  ShelterMoveReportData,
  WeeklyHours,
  EmployerSubsidy,
  PlanReview,
  ReportDownload,
  ContributionReportDownload,
  HouseholdContribution,
  ReportFilter,
  ReportQuery,
  CohortReport,
  ThemeTrend,
  ObstacleTrend,
  SystemicObstacleRow,
  PolicySignal,
  SuggestedObstacle,
  ActivityReportData,
  ThemeReportData,
  TimelineEntry,
  TimelineQuery,
  PersonExport,
  ErasureRequest,
  RetentionDue,
  ResearchExport,
  ResearchExportFilter,
  VacancySuggestion,
} from '../api/types';
import type { NotificationDigest, SearchAnswer } from '../api/types';

export const API_URL = '/api';

/** The request headers every call sends: what it accepts, and the session's bearer token. */
function requestHeaders(headers: HeadersInit = { Accept: 'application/json' }): Headers {
  const result = new Headers(headers);
  const token = session.token();
  if (token) result.set('Authorization', `Bearer ${token}`);
  return result;
}

const translated = (error: unknown) =>
  error instanceof HttpError ? translateHttpError(error, i18nProvider.translate) : error;

/**
 * Every request to the API: the bearer token is added and known server
 * messages are translated. Used only here: components call the data
 * provider's methods (through `useDataProvider`), so a 401 anywhere signs out.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers: requestHeaders(options.headers) });
  } catch (error) {
    throw translated(error);
  }
}

/**
 * A file download with the same token, error translation and 401 as any
 * other call. The body is read as a Blob (never as text), and the file name
 * is the one the server gives in `Content-Disposition`.
 */
export async function fetchFile(url: string, accept: string, fallbackName: string): Promise<DownloadedFile> {
  const response = await fetch(url, { headers: requestHeaders({ Accept: accept }) });
  if (!response.ok) {
    // An error is JSON in the API's error shape; read it as fetchJson does, so it is translated the same way.
    const text = await response.text();
    let body: { message?: unknown } | undefined;
    try {
      body = JSON.parse(text) as { message?: unknown };
    } catch {
      body = undefined;
    }
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    throw translated(new HttpError(message, response.status, body));
  }
  return {
    blob: await response.blob(),
    filename: filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName,
  };
}

/** `attachment; filename="themes.csv"` → `themes.csv` (only a plain name: no path). */
export function filenameOf(contentDisposition: string | null): string | undefined {
  const match = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match?.[1].trim().split(/[\\/]/).pop();
  return name || undefined;
}

/** `?filter=` for a report, without empty values (none at all: no query string). */
export function reportQuery(filter: ReportFilter): string {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  return Object.keys(clean).length ? `?filter=${encodeURIComponent(JSON.stringify(clean))}` : '';
}

/** A report's other query parameters (`groupBy`, `interval`), empty ones left out. */
const withQuery = (query: string, extra: ReportQuery = {}) => {
  const given = Object.entries(extra).filter(([, v]) => v);
  const more = given.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return more ? `${query}${query ? '&' : '?'}${more}` : query;
};
const withLanguage = (query: string, lang: string) => `${query}${query ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
const segment = (id: string | number) => encodeURIComponent(String(id));

/**
 * Marks an answer as the server's. When a call signs the user out (a 401),
 * react-admin's `useDataProvider` proxy answers a bare `{ data: {} }` in its
 * place; `common/useApi.ts` tells the two apart by this mark.
 */
export const ANSWERED = Symbol('answered by the server');

export const answer = <T>(data: T): { data: T } => ({ data, [ANSWERED]: true }) as { data: T };

async function getJson<T>(path: string): Promise<{ data: T }> {
  return answer((await httpClient(`${API_URL}${path}`)).json as T);
}

async function send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<{ data: T }> {
  return answer((await httpClient(`${API_URL}${path}`, { method, body: JSON.stringify(body) })).json as T);
}

/**
 * The API outside plain CRUD, one typed method per call. Each answers
 * `{ data }` as react-admin's own methods do, marked with `answer()`. Components reach them through
 * `useDataProvider` (`common/useApi.ts`), whose proxy hands any error to
 * `authProvider.checkError` first.
 */
export interface ApiMethods {
  getCaseload(): Promise<{ data: CaseloadRow[] }>;
  getDeadlines(query: DeadlinesQuery): Promise<{ data: Deadline[] }>;
  getTimeline(query: TimelineQuery): Promise<{ data: TimelineEntry[] }>;
  getHouseholdObstacles(query: { householdId: string }): Promise<{ data: DomainCounts[] }>;
  getMunicipalities(): Promise<{ data: string[] }>;
  getPlacementSectors(): Promise<{ data: string[] }>;
  getEmployerSubsidy(query: { employerId: string }): Promise<{ data: EmployerSubsidy }>;

  getObstacleReport(filter: ReportFilter): Promise<{ data: ObstacleReportData }>;
  getSystemicObstacleReport(filter: ReportFilter): Promise<{ data: SystemicObstacleRow[] }>;
  getThemeReport(filter: ReportFilter): Promise<{ data: ThemeReportData }>;
  getPlacementReport(filter: ReportFilter): Promise<{ data: PlacementReportData }>;
  getShelterMoveReport(filter: ReportFilter): Promise<{ data: ShelterMoveReportData }>;
  getWeeklyHours(query: { routeId: string }): Promise<{ data: WeeklyHours }>;
  getCohortReport(filter: ReportFilter, query: ReportQuery): Promise<{ data: CohortReport }>;
  getThemeTrend(filter: ReportFilter, query: ReportQuery): Promise<{ data: ThemeTrend }>;
  getObstacleTrend(filter: ReportFilter, query: ReportQuery): Promise<{ data: ObstacleTrend }>;
  /** A report as CSV, in the reader's language. */
  downloadReport(download: ReportDownload): Promise<{ data: DownloadedFile }>;

  mergeLabel(merge: LabelMerge): Promise<{ data: { id: string } }>;
  bulkLabel(labelling: BulkLabelling): Promise<{ data: { updated: number } }>;

  getPlanReviews(query: { planId: string }): Promise<{ data: PlanReview[] }>;
  reviewPlan(review: { planId: string; note?: string }): Promise<{ data: PlanReview }>;

  getCodingSamples(): Promise<{ data: CodingSample[] }>;
  getCodingDrawers(): Promise<{ data: CodingDrawers }>;
  drawCodingSample(sample: NewCodingSample): Promise<{ data: CodingSample }>;
  getCodingItems(query: { sampleId: string }): Promise<{ data: CodingItem[] }>;
  saveCoding(coding: Coding): Promise<{ data: Omit<Coding, 'sampleId'> }>;
  getCodingAgreement(query: { sampleId: string }): Promise<{ data: AgreementReport }>;

  changePassword(change: PasswordChange): Promise<{ data: null }>;

  /** A spreadsheet (CSV or xlsx) as multipart; answers the upload with its columns and a first mapping. */
  uploadImport(upload: { kind: ImportKind; file: File }): Promise<{ data: ImportJob }>;
  getImport(query: { id: string }): Promise<{ data: ImportJob }>;
  setUpImport(setUp: ImportSetUp): Promise<{ data: ImportJob }>;
  checkImport(query: { id: string }): Promise<{ data: ImportJob }>;
  runImport(query: { id: string }): Promise<{ data: ImportJob }>;
  /** A person's data (issue 13): the access export, erasure, retention, the research export. */
  exportPerson(query: { personId: string }): Promise<{ data: PersonExport }>;
  downloadPersonExport(query: { personId: string }): Promise<{ data: DownloadedFile }>;
  erasePerson(request: ErasureRequest & { personId: string }): Promise<{ data: { id: string; erased: boolean } }>;
  eraseHousehold(request: ErasureRequest & { householdId: string }): Promise<{ data: { id: string; erased: boolean } }>;
  getRetentionSettings(): Promise<{ data: { retentionMonths: number } }>;
  saveRetentionSettings(settings: { retentionMonths: number }): Promise<{ data: { retentionMonths: number } }>;
  getRetentionDue(): Promise<{ data: RetentionDue[] }>;
  eraseDue(request: { householdIds: string[]; confirmation: string }): Promise<{ data: { erased: number } }>;
  getResearchExports(): Promise<{ data: ResearchExport[] }>;
  startResearchExport(request: { filter: ResearchExportFilter }): Promise<{ data: ResearchExport }>;
  downloadResearchExport(query: { id: string }): Promise<{ data: DownloadedFile }>;
  rotateResearchKey(): Promise<{ data: { keyId: string } }>;
  getHouseholdContribution(query: { householdId: string; month: string }): Promise<{ data: HouseholdContribution }>;
  downloadContributionReport(download: ContributionReportDownload): Promise<{ data: DownloadedFile }>;
  /** Persons in matching ranked for a vacancy, and open vacancies ranked for a person (docs/matching.md). */
  getVacancySuggestions(query: { vacancyId: string; limit?: number }): Promise<{ data: PersonSuggestion[] }>;
  getPersonSuggestions(query: { personId: string; limit?: number }): Promise<{ data: VacancySuggestion[] }>;
  // Issue 17: group work and policy work.
  getActivityReport(filter: ReportFilter): Promise<{ data: ActivityReportData }>;
  getSignalSuggestions(query: { signalId: string }): Promise<{ data: SuggestedObstacle[] }>;
  addSignalObstacles(link: { signalId: string; obstacleIds: string[] }): Promise<{ data: PolicySignal }>;
  search(query: { q: string }): Promise<{ data: SearchAnswer }>;
  getNotifications(): Promise<{ data: NotificationDigest }>;
  markNotificationsRead(marking: { keys?: string[]; all?: boolean }): Promise<{ data: { marked: number } }>;
}

export type DoorbraakDataProvider = DataProvider & ApiMethods;

export const apiMethods: ApiMethods = {
  getCaseload: () => getJson('/caseload'),
  getDeadlines: ({ weeks, mine }) => getJson(`/deadlines?weeks=${weeks}${mine ? '&mine=true' : ''}`),
  getTimeline: ({ householdId, types = [] }) =>
    getJson(
      `/households/${segment(householdId)}/timeline${types.length ? `?types=${types.map(encodeURIComponent).join(',')}` : ''}`,
    ),
  getHouseholdObstacles: ({ householdId }) => getJson(`/households/${segment(householdId)}/obstacles-by-domain`),
  getMunicipalities: () => getJson('/households/municipalities'),
  getPlacementSectors: () => getJson('/placements/sectors'),
  getEmployerSubsidy: ({ employerId }) => getJson(`/employers/${segment(employerId)}/subsidy`),
  getVacancySuggestions: ({ vacancyId, limit = 20 }) =>
    getJson(`/vacancies/${segment(vacancyId)}/suggestions?limit=${limit}`),
  getPersonSuggestions: ({ personId, limit = 20 }) =>
    getJson(`/persons/${segment(personId)}/suggestions?limit=${limit}`),

  getObstacleReport: (filter) => getJson(`/reports/obstacles${reportQuery(filter)}`),
  getSystemicObstacleReport: (filter) => getJson(`/reports/systemic-obstacles${reportQuery(filter)}`),
  getThemeReport: (filter) => getJson(`/reports/themes${reportQuery(filter)}`),
  getPlacementReport: (filter) => getJson(`/reports/placements${reportQuery(filter)}`),
  getShelterMoveReport: (filter) => getJson(`/reports/shelter-moves${reportQuery(filter)}`),
  getWeeklyHours: ({ routeId }) => getJson(`/integration-routes/${segment(routeId)}/weekly-hours`),
  getHouseholdContribution: ({ householdId, month }) =>
    getJson(`/households/${segment(householdId)}/contributions?month=${encodeURIComponent(month)}`),
  downloadContributionReport: async ({ month, lang }) =>
    answer(
      await fetchFile(
        `${API_URL}/reports/contributions?month=${encodeURIComponent(month)}&lang=${encodeURIComponent(lang)}`,
        'text/csv',
        `contributions-${month}.csv`,
      ),
    ),
  getCohortReport: (filter, query) => getJson(`/reports/cohorts${withQuery(reportQuery(filter), query)}`),
  getThemeTrend: (filter, query) => getJson(`/reports/themes/trend${withQuery(reportQuery(filter), query)}`),
  getObstacleTrend: (filter, query) => getJson(`/reports/obstacles/trend${withQuery(reportQuery(filter), query)}`),
  downloadReport: async ({ report, filter, lang, query }) =>
    answer(
      await fetchFile(
        `${API_URL}/reports/${report}${withLanguage(withQuery(reportQuery(filter), query), lang)}`,
        'text/csv',
        `${report.replace('/', '-')}.csv`,
      ),
    ),

  mergeLabel: ({ id, intoId }) => send('POST', `/labels/${segment(id)}/merge`, { intoId }),
  bulkLabel: ({ resource, ids, addLabelIds, removeLabelIds }) =>
    send('POST', `/${segment(resource)}/bulk-labels`, { ids, addLabelIds, removeLabelIds }),

  getPlanReviews: ({ planId }) => getJson(`/perspective-plans/${segment(planId)}/reviews`),
  reviewPlan: ({ planId, note }) =>
    send('POST', `/perspective-plans/${segment(planId)}/reviews`, { note: note || undefined }),

  getCodingSamples: () => getJson('/coding-samples'),
  getCodingDrawers: () => getJson('/coding-samples/drawers'),
  drawCodingSample: (sample) => send('POST', '/coding-samples', sample),
  getCodingItems: ({ sampleId }) => getJson(`/coding-samples/${segment(sampleId)}/items`),
  saveCoding: ({ sampleId, contactLogId, labelIds }) =>
    send('PUT', `/coding-samples/${segment(sampleId)}/items/${segment(contactLogId)}`, { labelIds }),
  getCodingAgreement: ({ sampleId }) => getJson(`/coding-samples/${segment(sampleId)}/agreement`),

  uploadImport: async ({ kind, file }) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file);
    return answer((await httpClient(`${API_URL}/imports`, { method: 'POST', body: form })).json as ImportJob);
  },
  getImport: ({ id }) => getJson(`/imports/${segment(id)}`),
  setUpImport: ({ id, ...setUp }) => send('PUT', `/imports/${segment(id)}`, setUp),
  checkImport: ({ id }) => send('POST', `/imports/${segment(id)}/check`, {}),
  runImport: ({ id }) => send('POST', `/imports/${segment(id)}/run`, {}),
  getActivityReport: (filter) => getJson(`/reports/activities${reportQuery(filter)}`),
  getSignalSuggestions: ({ signalId }) => getJson(`/policy-signals/${segment(signalId)}/suggestions`),
  addSignalObstacles: ({ signalId, obstacleIds }) =>
    send('POST', `/policy-signals/${segment(signalId)}/obstacles`, { obstacleIds }),
  search: ({ q }) => getJson(`/search?q=${encodeURIComponent(q)}`),
  getNotifications: () => getJson('/notifications'),
  markNotificationsRead: (marking) => send('POST', '/notifications/read', marking),

  changePassword: async ({ currentPassword, newPassword }) => {
    await httpClient(`${API_URL}/auth/change-password`, {
      method: 'POST',
      body: JSON.stringify({ currentPassword, newPassword }),
    });
    return answer(null);
  },

  exportPerson: ({ personId }) => getJson(`/persons/${segment(personId)}/export`),
  downloadPersonExport: async ({ personId }) =>
    answer(await fetchFile(`${API_URL}/persons/${segment(personId)}/export`, 'application/json', 'person.json')),
  erasePerson: ({ personId, reason, confirmation }) =>
    send('POST', `/persons/${segment(personId)}/erasure`, { reason, confirmation }),
  eraseHousehold: ({ householdId, reason, confirmation }) =>
    send('POST', `/households/${segment(householdId)}/erasure`, { reason, confirmation }),
  getRetentionSettings: () => getJson('/retention/settings'),
  saveRetentionSettings: (settings) => send('PUT', '/retention/settings', settings),
  getRetentionDue: () => getJson('/retention/due'),
  eraseDue: (request) => send('POST', '/retention/erasure', request),
  getResearchExports: () => getJson('/research-exports'),
  startResearchExport: ({ filter }) => send('POST', '/research-exports', { filter }),
  downloadResearchExport: async ({ id }) =>
    answer(
      await fetchFile(`${API_URL}/research-exports/${segment(id)}/download`, 'application/zip', 'research-export.zip'),
    ),
  rotateResearchKey: () => send('POST', '/research-exports/rotate-key', {}),
};

const restProvider = simpleRestProvider(API_URL, httpClient);

/** Writes whose 422 a form shows: every field error is named in the form's notification too. */
const nameFieldErrors =
  <P extends { data?: unknown }>(write: (resource: string, params: P) => Promise<{ data: unknown }>) =>
  async (resource: string, params: P) => {
    try {
      return await write(resource, params);
    } catch (error) {
      throw error instanceof HttpError ? withFieldSummary(resource, error, i18nProvider.translate) : error;
    }
  };

export const dataProvider: DoorbraakDataProvider = {
  ...restProvider,
  create: nameFieldErrors(restProvider.create) as DataProvider['create'],
  update: nameFieldErrors(restProvider.update) as DataProvider['update'],
  ...apiMethods,
};
