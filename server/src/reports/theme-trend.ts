import { SMALLEST_GROUP } from './cohorts/cohort.enums.js';
import {
  conditions,
  CONTACT_LOG_COLUMNS,
  HELPDESK_COLUMNS,
  periodOnly,
  TREE,
  wholeMonths,
  type ThemeFilter,
} from './theme-minutes.js';

/** The trend reports' periods: calendar months or quarters (in Dutch time). */
export const TREND_INTERVALS = ['month', 'quarter'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** A period's name: `2026-03` for a month, `2026-Q1` for a quarter. */
export const PERIOD_FORMAT: Record<TrendInterval, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q' };

/** One top-level theme (or the unlabelled minutes, `labelId` null) in one period. */
export interface ThemeTrendRow {
  period: string;
  labelId: string | null;
  /** Minutes, null when the households behind them are fewer than 5. */
  minutes: number | null;
  /** Share of the period's minutes (a fraction); null with the minutes. */
  share: number | null;
  fewerThan5: string[];
}

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };
type Row = { period: string; labelId: string | null; minutes: string; households: number };

/**
 * Minutes per period and top-level theme, with the households they were
 * spent on (for the small-group rule). `$1` organisation; the period is
 * cut in Europe/Amsterdam time.
 *
 * With the period as the only filter the minutes come from the theme
 * report's pre-aggregate (contact_log_theme_months: whole Dutch months,
 * and the label rows of partial months at either end), and the label rows
 * are read only for the households: which ones, per period and theme, not
 * their minutes. The number of distinct households cannot be added up
 * from monthly totals, so that pass stays.
 */
export async function contactLogThemeTrend(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  interval: TrendInterval,
): Promise<{ period: string; totalMinutes: number; rows: ThemeTrendRow[] }[]> {
  if (!periodOnly(filter)) return contactLogThemeTrendFromLabelRows(db, organizationId, filter, interval);
  await db.query('SELECT contact_log_theme_months_compact($1)', [organizationId]);
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const unit = `$${params.push(interval)}`;
  const format = `$${params.push(PERIOD_FORMAT[interval])}`;
  const months = wholeMonths(filter, params);
  const period = (alias: string) => `date_trunc(${unit}, ${alias}.occurred_at AT TIME ZONE 'Europe/Amsterdam')`;
  const rows = (await db.query(
    `${TREE},
     bounds AS (${months}),
     parts AS (
       SELECT date_trunc(${unit}, d.month::timestamp) AS period, d.label_id, d.minutes
         FROM contact_log_theme_months d
        WHERE d.organization_id = $1
          AND d.month >= (SELECT first_month FROM bounds) AND d.month <= (SELECT last_month FROM bounds)
       UNION ALL
       SELECT ${period('x')}, x.label_id, x.minutes FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)} AND x.occurred_at < (SELECT first_start FROM bounds)
       UNION ALL
       SELECT ${period('x')}, x.label_id, x.minutes FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)} AND x.occurred_at >= (SELECT last_end FROM bounds)
       UNION ALL
       SELECT ${period('u')}, NULL, u.minutes FROM contact_logs u
        WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled AND u.occurred_at < (SELECT first_start FROM bounds)
       UNION ALL
       SELECT ${period('u')}, NULL, u.minutes FROM contact_logs u
        WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled AND u.occurred_at >= (SELECT last_end FROM bounds)),
     minutes AS (
       SELECT p.period, t.root AS label_id, sum(p.minutes) AS minutes
         FROM parts p JOIN tree t ON t.id = p.label_id GROUP BY 1, 2
       UNION ALL
       SELECT p.period, NULL, sum(p.minutes) FROM parts p WHERE p.label_id IS NULL GROUP BY 1),
     households AS (
       SELECT period, root AS label_id, count(*) AS households FROM (
         SELECT DISTINCT ${period('x')} AS period, t.root, x.household_id
           FROM contact_log_labels x JOIN tree t ON t.id = x.label_id
          WHERE ${where('x', CONTACT_LOG_COLUMNS)}) s
        GROUP BY 1, 2
       UNION ALL
       SELECT period, NULL, count(*) FROM (
         SELECT DISTINCT ${period('u')} AS period, u.household_id
           FROM contact_logs u WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled) s
        GROUP BY 1)
     SELECT to_char(h.period, ${format}) AS period, h.label_id AS "labelId", m.minutes::text AS minutes,
            h.households::int AS households
       FROM households h JOIN minutes m ON m.period = h.period AND m.label_id IS NOT DISTINCT FROM h.label_id
      ORDER BY 1, 2`,
    params,
  )) as Row[];
  return periods(rows);
}

/** The same from the label rows alone: every filter (the only way with author, household or person filters). */
export async function contactLogThemeTrendFromLabelRows(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  interval: TrendInterval,
): Promise<{ period: string; totalMinutes: number; rows: ThemeTrendRow[] }[]> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const unit = `$${params.push(interval)}`;
  const format = `$${params.push(PERIOD_FORMAT[interval])}`;
  // Label rows aggregated per period, label and household first (the index-only pass of the theme report),
  // rolled up the tree after. Grouped on the truncated time; named (to_char) only per group, not per row.
  const period = (alias: string) => `date_trunc(${unit}, ${alias}.occurred_at AT TIME ZONE 'Europe/Amsterdam')`;
  const rows = (await db.query(
    `${TREE},
     per_label AS (
       SELECT ${period('x')} AS period, x.label_id, x.household_id, sum(x.minutes) AS minutes
         FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)}
        GROUP BY 1, 2, 3)
     SELECT to_char(p.period, ${format}) AS period, t.root AS "labelId", sum(p.minutes)::text AS minutes,
            count(DISTINCT p.household_id)::int AS households
       FROM per_label p JOIN tree t ON t.id = p.label_id
      GROUP BY p.period, t.root
     UNION ALL
     SELECT to_char(${period('u')}, ${format}), NULL, sum(u.minutes)::text, count(DISTINCT u.household_id)::int
       FROM contact_logs u WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled
      GROUP BY ${period('u')}
     ORDER BY 1`,
    params,
  )) as Row[];
  return periods(rows);
}

/** The same for helpdesk questions (minutes already split over their labels); a question without a household counts as none. */
export async function helpdeskThemeTrend(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  interval: TrendInterval,
): Promise<{ period: string; totalMinutes: number; rows: ThemeTrendRow[] }[]> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const unit = `$${params.push(interval)}`;
  const format = `$${params.push(PERIOD_FORMAT[interval])}`;
  const rows = (await db.query(
    `${TREE},
     picked AS (
       SELECT q.id, q.minutes, q.household_id,
              to_char(date_trunc(${unit}, q.received_at AT TIME ZONE 'Europe/Amsterdam'), ${format}) AS period
         FROM helpdesk_questions q
        WHERE ${where('q', HELPDESK_COLUMNS)} AND q.deleted_at IS NULL)
     SELECT p.period, tree.root AS "labelId", sum(x.minutes)::text AS minutes, count(DISTINCT p.household_id)::int AS households
       FROM helpdesk_question_labels x JOIN picked p ON p.id = x.helpdesk_question_id JOIN tree ON tree.id = x.label_id
      GROUP BY 1, 2
     UNION ALL
     SELECT p.period, NULL, sum(p.minutes)::text, count(DISTINCT p.household_id)::int FROM picked p
      WHERE NOT EXISTS (SELECT 1 FROM helpdesk_question_labels x WHERE x.helpdesk_question_id = p.id)
      GROUP BY 1
     ORDER BY 1`,
    params,
  )) as Row[];
  return periods(rows);
}

/** Rows grouped by period with each theme's share of the period; cells of 1 to 4 households lose their figures. */
function periods(rows: Row[]): { period: string; totalMinutes: number; rows: ThemeTrendRow[] }[] {
  const byPeriod = new Map<string, Row[]>();
  for (const r of rows) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
  return [...byPeriod.entries()].map(([period, cells]) => {
    const total = cells.reduce((sum, c) => sum + Number(c.minutes), 0);
    return {
      period,
      totalMinutes: Math.round(total * 100) / 100,
      rows: cells.map((c) => {
        const hidden = c.households > 0 && c.households < SMALLEST_GROUP;
        return {
          period,
          labelId: c.labelId,
          minutes: hidden ? null : Number(c.minutes),
          share: hidden ? null : total === 0 ? 0 : Number(c.minutes) / total,
          fewerThan5: hidden ? ['minutes', 'share'] : [],
        };
      }),
    };
  });
}
