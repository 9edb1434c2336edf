import {
  activityConditions,
  conditions,
  CONTACT_LOG_COLUMNS,
  HELPDESK_COLUMNS,
  TREE,
  type ThemeFilter,
  type ThemeRow,
  type ThemeTotals,
} from './theme-minutes.js';
import { SMALLEST_GROUP } from './cohorts/cohort.enums.js';
import { guardGroup, type Guarded } from './small-groups.js';

/**
 * The small-group rule for the theme report, as a step after its minutes
 * (theme-minutes.ts stays as it is): who is behind each row, counted in a
 * query of its own with the same filters, and the rows of 1 to 4 of them
 * without figures. Contact logs and helpdesk questions are records of a
 * household, so their rows count households (as the theme trend does);
 * activities count the known persons who attended (anonymous attendees
 * cannot be told apart, so they are not counted: a theme of only anonymous
 * attendees names nobody).
 */

/** A theme row as the report shows it: minutes, share and number null for a small group. */
export type ShownThemeRow = Guarded<ThemeRow, 'minutes' | 'share' | 'logs'>;
export type ShownThemeTotals = Omit<ThemeTotals, 'rows'> & { rows: ShownThemeRow[] };

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };
type Behind = { labelId: string | null; n: number };

const THEME_FIGURES = ['minutes', 'share', 'logs'] as const;

/** The rows with the small-group rule applied; the totals as they are. */
export function guardThemes(totals: ThemeTotals, behind: Map<string | null, number>): ShownThemeTotals {
  return { ...totals, rows: totals.rows.map((r) => guardGroup(r, behind.get(r.labelId) ?? 0, THEME_FIGURES)) };
}

const byLabel = (rows: Behind[]) => new Map(rows.map((r) => [r.labelId, r.n]));

/**
 * How many label rows of a group are read to see whether 5 households stand behind it. A group whose first
 * rows already name 5 households is shown; only one that doesn't (few households, or few rows) is counted in
 * full. Counting every household behind every theme read all the period's label rows again (about a second
 * for an organisation of 1,000,000 logs), undoing what the report's pre-aggregate saves.
 */
export const HOUSEHOLD_PROBE_ROWS = 200;

/** Households per theme (top level) or label behind the contact logs, and behind the unlabelled ones (`null`). */
export async function contactLogHouseholds(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<Map<string | null, number>> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const probed = (await db.query(
    `${TREE},
     grouped AS (SELECT ${topLevel ? 't.root' : 't.id'} AS key, array_agg(t.id) AS ids FROM tree t GROUP BY 1)
     SELECT g.key AS "labelId", s.n, s.rows FROM grouped g CROSS JOIN LATERAL (
       SELECT count(DISTINCT y.household_id)::int AS n, count(*)::int AS rows FROM (
         SELECT x.household_id FROM contact_log_labels x
          WHERE ${where('x', CONTACT_LOG_COLUMNS)} AND x.label_id = ANY(g.ids) LIMIT ${HOUSEHOLD_PROBE_ROWS}) y) s
      WHERE s.rows > 0
     UNION ALL
     SELECT NULL, count(DISTINCT y.household_id)::int, count(*)::int FROM (
       SELECT u.household_id FROM contact_logs u
        WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled LIMIT ${HOUSEHOLD_PROBE_ROWS}) y`,
    params,
  )) as (Behind & { rows: number })[];
  const settled = probed.every((r) => r.n >= SMALLEST_GROUP || r.rows < HOUSEHOLD_PROBE_ROWS);
  return settled ? byLabel(probed) : contactLogHouseholdsCounted(db, organizationId, filter, topLevel);
}

/** Every household behind each group, counted in full: the answer where a probe was not enough. */
export async function contactLogHouseholdsCounted(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<Map<string | null, number>> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const rows = (await db.query(
    `${TREE},
     per_label AS (
       SELECT DISTINCT x.label_id, x.household_id FROM contact_log_labels x WHERE ${where('x', CONTACT_LOG_COLUMNS)})
     SELECT ${topLevel ? 't.root' : 'p.label_id'} AS "labelId", count(DISTINCT p.household_id)::int AS n
       FROM per_label p JOIN tree t ON t.id = p.label_id
      GROUP BY 1
     UNION ALL
     SELECT NULL, count(DISTINCT u.household_id)::int
       FROM contact_logs u WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled`,
    params,
  )) as Behind[];
  return byLabel(rows);
}

/** The same for helpdesk questions; a question without a household counts as none. */
export async function helpdeskHouseholds(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<Map<string | null, number>> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const rows = (await db.query(
    `${TREE},
     picked AS (
       SELECT q.id, q.household_id FROM helpdesk_questions q
        WHERE ${where('q', HELPDESK_COLUMNS)} AND q.deleted_at IS NULL)
     SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS "labelId", count(DISTINCT p.household_id)::int AS n
       FROM helpdesk_question_labels x JOIN picked p ON p.id = x.helpdesk_question_id JOIN tree ON tree.id = x.label_id
      GROUP BY 1
     UNION ALL
     SELECT NULL, count(DISTINCT p.household_id)::int FROM picked p
      WHERE NOT EXISTS (SELECT 1 FROM helpdesk_question_labels x WHERE x.helpdesk_question_id = p.id)`,
    params,
  )) as Behind[];
  return byLabel(rows);
}

/** Known persons per theme or label who attended the activities (none under author, household or track). */
export async function activityPersons(
  db: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<Map<string | null, number>> {
  if (filter.authorIds || filter.householdIds || filter.tracks) return new Map();
  const params: unknown[] = [organizationId];
  const where = activityConditions(filter, params).join(' AND ');
  const rows = (await db.query(
    `${TREE},
     picked AS (SELECT a.id FROM activities a WHERE ${where})
     SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS "labelId", count(DISTINCT ap.person_id)::int AS n
       FROM activity_labels x JOIN picked p ON p.id = x.activity_id JOIN tree ON tree.id = x.label_id
       JOIN activity_persons ap ON ap.activity_id = p.id
      GROUP BY 1
     UNION ALL
     SELECT NULL, count(DISTINCT ap.person_id)::int FROM picked p JOIN activity_persons ap ON ap.activity_id = p.id
      WHERE NOT EXISTS (SELECT 1 FROM activity_labels x WHERE x.activity_id = p.id)`,
    params,
  )) as Behind[];
  return byLabel(rows);
}
