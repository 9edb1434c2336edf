import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import type { RawListParams } from '../common/list/list-query.js';
import {
  householdFilters,
  oneOf,
  personFilters,
  parseReportFilter,
  type ReportFilter,
  type ReportFilterSpec,
} from './report-filter.js';
import type { ReportAnswer } from './report-request.js';
import { themesCsv } from './themes-csv.js';
import { activityThemes, contactLogThemes, helpdeskThemes, type ThemeFilter } from './theme-minutes.js';
import { ACTIVITY_MINUTES_BASES, type ActivityMinutesBasis } from './activities-report.service.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { personFilterOf, hasPersonFilter } from './person-conditions.js';
import { contactLogThemeTrend, helpdeskThemeTrend, type TrendInterval } from './theme-trend.js';
import { periodRange } from './trend-periods.js';
import { themeTrendCsv } from './theme-trend-csv.js';
import { activityPersons, contactLogHouseholds, guardThemes, helpdeskHouseholds } from './theme-groups.js';

/**
 * The theme report's filter: the period (a date or a timestamp; a date-only
 * end is that whole day), author, the household's municipality and track,
 * the household; `level` says whether minutes roll up to the top-level theme.
 */
/** The theme report's levels: top themes only, or every label of the tree. */
export const THEME_LEVELS = ['top', 'all'] as const;

export const THEME_REPORT_FILTER: ReportFilterSpec = {
  options: { level: THEME_LEVELS },
  periods: { occurredAt: { column: '', type: 'timestamp' } },
  filters: {
    authorId: { column: '', type: 'uuid' },
    ...householdFilters(),
    householdId: { column: '', type: 'uuid' },
    ...personFilters(),
  },
  nulls: 'refused',
};

/** The trend takes the theme report's filter without `level` (it is always the top-level themes). */
export const THEME_TREND_FILTER: ReportFilterSpec = { ...THEME_REPORT_FILTER, options: {} };

export type ThemeReport = Awaited<ReturnType<ThemesService['themes']>>;
export type ThemeTrend = Awaited<ReturnType<ThemesService['trend']>>;

@Injectable()
export class ThemesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The report for a `filter` as the query string sends it. */
  report(actor: ActingUser, params: RawListParams) {
    return this.themes(actor, parseReportFilter(params.filter, THEME_REPORT_FILTER));
  }

  /** `activityMinutes`: none (the default: no activity side, the answer as before), attendance or organiser. */
  async themes(actor: ActingUser, sent: ReportFilter, activityMinutes: ActivityMinutesBasis = 'none') {
    const { level, filter, given } = themeFilter(sent);
    const topLevel = level === 'top';
    const org = actor.organizationId;
    // The small-group rule is a step after the minutes (theme-groups.ts): rows of 1 to 4 households lose their figures.
    const logs = guardThemes(
      await contactLogThemes(this.dataSource, org, filter, topLevel),
      await contactLogHouseholds(this.dataSource, org, filter, topLevel),
    );
    const helpdesk = guardThemes(
      await helpdeskThemes(this.dataSource, org, filter, topLevel),
      await helpdeskHouseholds(this.dataSource, org, filter, topLevel),
    );
    // Every filter applies to the helpdesk too (the author as who answered); said so the two sides are read alike.
    const report = {
      level,
      filtersApplied: given,
      totalMinutes: logs.totalMinutes,
      rows: logs.rows,
      helpdesk: { ...helpdesk, filtersApplied: given },
    };
    if (activityMinutes === 'none') return report;
    const activities = guardThemes(
      await activityThemes(this.dataSource, org, filter, topLevel, activityMinutes),
      await activityPersons(this.dataSource, org, filter, topLevel),
    );
    return { ...report, activities: { ...activities, basis: activityMinutes, filtersApplied: given } };
  }

  /**
   * Minutes per top-level theme and period, contact logs and helpdesk
   * apart, every period from the first with minutes to the last; the
   * themes' names once, in `themes`.
   */
  async trend(actor: ActingUser, sent: ReportFilter, interval: TrendInterval) {
    const { filter, given } = themeFilter(sent);
    const logs = await contactLogThemeTrend(this.dataSource, actor.organizationId, filter, interval);
    const helpdesk = await helpdeskThemeTrend(this.dataSource, actor.organizationId, filter, interval);
    const named = [...logs, ...helpdesk].map((p) => p.period).sort();
    const periods = named.length ? periodRange(named[0], named[named.length - 1], interval) : [];
    const ids = [...new Set([...logs, ...helpdesk].flatMap((p) => p.rows.map((r) => r.labelId)))].filter(
      (id): id is string => id !== null,
    );
    const themes = await this.dataSource.query<
      { labelId: string; name: Record<string, string>; color: string | null }[]
    >(
      `SELECT id AS "labelId", name, color FROM labels WHERE organization_id = $1 AND id = ANY($2::uuid[]) ORDER BY name->>'en'`,
      [actor.organizationId, ids],
    );
    const fill = (found: typeof logs) =>
      periods.map((period) => found.find((p) => p.period === period) ?? { period, totalMinutes: 0, rows: [] });
    return { interval, filtersApplied: given, periods, themes, contactLogs: fill(logs), helpdesk: fill(helpdesk) };
  }

  trendCsv(report: ThemeTrend, filter: ReportFilter, answer: ReportAnswer): string {
    return themeTrendCsv(report, filter.sent, answer.locale, answer.ids);
  }

  /** The report as CSV for people: see themes-csv.ts. */
  csv(actor: ActingUser, report: ThemeReport, filter: ReportFilter, answer: ReportAnswer): Promise<string> {
    return themesCsv(this.dataSource, actor.organizationId, report, filter.sent, answer.locale, answer.ids);
  }
}

/** The theme report's `activityMinutes` query parameter; absent is `none`, anything unknown a 400. */
export function activityMinutesBasis(value: unknown): ActivityMinutesBasis {
  if (value === undefined) return 'none';
  if (typeof value !== 'string' || !(ACTIVITY_MINUTES_BASES as readonly string[]).includes(value))
    throw invalidQuery(`activityMinutes must be one of ${ACTIVITY_MINUTES_BASES.join(', ')}`);
  return value as ActivityMinutesBasis;
}

/** The checked filter as the SQL of theme-minutes.ts takes it; every list means "one of". */
function themeFilter({ filter, options }: ReportFilter): {
  level: 'top' | 'all';
  filter: ThemeFilter;
  given: string[];
} {
  return {
    level: options.level as 'top' | 'all',
    filter: {
      from: filter.occurredAt_gte as string | undefined,
      to: filter.occurredAt_lte as string | undefined,
      authorIds: oneOf(filter.authorId),
      householdIds: oneOf(filter.householdId),
      municipalities: oneOf(filter.municipality),
      tracks: oneOf(filter.track),
      persons: hasPersonFilter(personFilterOf(filter)) ? personFilterOf(filter) : undefined,
    },
    given: Object.keys(filter),
  };
}
