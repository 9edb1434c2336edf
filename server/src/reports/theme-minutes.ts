import { householdHasMemberSql, type PersonFilter } from './person-conditions.js';

export interface ThemeRow {
  labelId: string | null;
  name: Record<string, string>;
  /** The parent's name at all levels, so "Work › Job search" and "Work" can be told apart. */
  parentName: Record<string, string> | null;
  color: string | null;
  minutes: number;
  share: number;
  logs: number;
}

export interface ThemeTotals {
  totalMinutes: number;
  rows: ThemeRow[];
}

const UNLABELLED = { nl: 'Zonder label', en: 'Unlabelled', uk: 'Без мітки' };

type Row = {
  labelId: string | null;
  name: Record<string, string> | null;
  parentName: Record<string, string> | null;
  color: string | null;
  minutes: string;
  logs: number;
};

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/*
 * Both reports: minutes per label (rolled up to the top-level theme or not),
 * share of the total, number of records; unlabelled minutes are a row of
 * their own so the shares add up to 1.
 */

/** A checked theme report filter; every list means "one of". */
export interface ThemeFilter {
  /** Inclusive lower bound, a timestamp or a date (that day's midnight). */
  from?: string;
  /** Inclusive upper bound: a timestamp, or a date meaning the whole of that day. */
  to?: string;
  authorIds?: string[];
  householdIds?: string[];
  municipalities?: string[];
  tracks?: string[];
  /** The person filters: a record counts when its household has a member who matches them all. */
  persons?: PersonFilter;
}

export interface Columns {
  at: string;
  author: string;
  household: string;
}

/** Where a contact log (or its label rows) and a helpdesk question keep the columns the filter reads. */
export const CONTACT_LOG_COLUMNS: Columns = { at: 'occurred_at', author: 'author_id', household: 'household_id' };
export const HELPDESK_COLUMNS: Columns = { at: 'received_at', author: 'answered_by_id', household: 'household_id' };

/**
 * The WHERE conditions for one record table, as SQL over bound parameters.
 * Only the filters given become conditions (PostgreSQL plans each query for
 * the filters it really has). `$1` is the organisation.
 */
export function conditions(filter: ThemeFilter, params: unknown[]): (alias: string, columns: Columns) => string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const from = filter.from !== undefined ? param(filter.from) : null;
  const to = filter.to !== undefined ? param(filter.to) : null;
  const toIsDay = filter.to !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(filter.to);
  const authors = filter.authorIds ? param(filter.authorIds) : null;
  const households = filter.householdIds ? param(filter.householdIds) : null;
  const municipalities = filter.municipalities ? param(filter.municipalities) : null;
  const tracks = filter.tracks ? param(filter.tracks) : null;
  const member = filter.persons ? householdHasMemberSql(filter.persons, '%HOUSEHOLD%', param) : null;
  return (alias, c) => {
    const parts = [`${alias}.organization_id = $1`];
    if (from) parts.push(`${alias}.${c.at} >= ${from}::timestamptz`);
    if (to)
      parts.push(
        toIsDay ? `${alias}.${c.at} < (${to}::date + 1)::timestamptz` : `${alias}.${c.at} <= ${to}::timestamptz`,
      );
    if (authors) parts.push(`${alias}.${c.author} = ANY(${authors}::uuid[])`);
    if (households) parts.push(`${alias}.${c.household} = ANY(${households}::uuid[])`);
    if (municipalities || tracks) {
      parts.push(`${alias}.${c.household} IN (SELECT h.id FROM households h WHERE h.organization_id = $1
            ${municipalities ? `AND h.municipality = ANY(${municipalities}::text[])` : ''} ${tracks ? `AND h.track = ANY(${tracks}::text[])` : ''})`);
    }
    if (member) parts.push(member.replaceAll('%HOUSEHOLD%', `${alias}.${c.household}`));
    return parts.join('\n       AND ');
  };
}

export const TREE = `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id)`;

const NAMED = `SELECT g.label_id AS "labelId", lb.name, parent.name AS "parentName", lb.color, g.minutes::text AS minutes, g.logs
       FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id LEFT JOIN labels parent ON parent.id = lb.parent_id
      WHERE g.logs > 0
      ORDER BY g.minutes DESC, lb.name->>'en'`;

/**
 * Contact logs at scale: label rows carry their organisation, date,
 * household, author and a "primary in its theme" flag, and logs a
 * `labelled` flag, so the report is one pass over the label rows (joined
 * only to the small households table for municipality or track) with no
 * DISTINCT and no anti-join. The pass aggregates per label first (about
 * twenty groups, read from the covering index ix_contact_log_labels_report)
 * and only then rolls the labels up their tree: joining every label row to
 * the tree before aggregating cost four times as much at a million logs.
 * Sums of numeric minutes and counts are exact in any order, so the
 * numbers are those of aggregating after the join.
 *
 * When the filter is the period alone, the whole Dutch calendar months
 * inside it are read from the pre-aggregate contact_log_theme_months (per
 * label and month, kept exact by triggers: migration
 * ContactLogThemeMonths1796419000000) and only the label rows of the
 * partial months at either end from the index: the same sums over the same
 * rows, grouped differently.
 */
export async function contactLogThemes(
  manager: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<ThemeTotals> {
  if (!periodOnly(filter)) return contactLogThemesFromLabelRows(manager, organizationId, filter, topLevel);
  await manager.query('SELECT contact_log_theme_months_compact($1)', [organizationId]);
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const months = wholeMonths(filter, params);
  const rows = (await manager.query(
    `${TREE},
     bounds AS (${months}),
     parts AS (
       SELECT d.label_id, d.minutes, ${topLevel ? 'd.primary_rows' : 'd.label_rows'} AS logs
         FROM contact_log_theme_months d
        WHERE d.organization_id = $1
          AND d.month >= (SELECT first_month FROM bounds) AND d.month <= (SELECT last_month FROM bounds)
       UNION ALL
       SELECT x.label_id, x.minutes, ${topLevel ? 'x.primary_in_root::int' : '1'}
         FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)} AND x.occurred_at < (SELECT first_start FROM bounds)
       UNION ALL
       SELECT x.label_id, x.minutes, ${topLevel ? 'x.primary_in_root::int' : '1'}
         FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)} AND x.occurred_at >= (SELECT last_end FROM bounds)
       UNION ALL
       SELECT NULL, u.minutes, 1
         FROM contact_logs u
        WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled
          AND u.occurred_at < (SELECT first_start FROM bounds)
       UNION ALL
       SELECT NULL, u.minutes, 1
         FROM contact_logs u
        WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled
          AND u.occurred_at >= (SELECT last_end FROM bounds)),
     per_label AS (SELECT label_id, sum(minutes) AS minutes, sum(logs) AS logs FROM parts GROUP BY label_id),
     grouped AS (
       SELECT ${topLevel ? 't.root' : 'p.label_id'} AS label_id, sum(p.minutes) AS minutes, sum(p.logs)::int AS logs
         FROM per_label p JOIN tree t ON t.id = p.label_id
        GROUP BY 1
       UNION ALL
       SELECT NULL, COALESCE(sum(p.minutes), 0), COALESCE(sum(p.logs), 0)::int FROM per_label p WHERE p.label_id IS NULL)
     ${NAMED}`,
    params,
  )) as Row[];
  return totals(rows);
}

/** The filters the pre-aggregate answers: the period alone (it has no author, household or person). */
export function periodOnly(filter: ThemeFilter): boolean {
  return !filter.authorIds && !filter.householdIds && !filter.municipalities && !filter.tracks && !filter.persons;
}

/**
 * The Dutch calendar months wholly inside the period (`first_month` ..
 * `last_month`, none when first > last) and where they start and end: the
 * label rows before `first_start` or from `last_end` on are the partial
 * months, read raw. The period's bounds are those of `conditions` (a
 * date-only end is that whole day in the session's time zone; a timestamp
 * end is inclusive, so the exclusive end is one microsecond, PostgreSQL's
 * resolution, later). A month is whole when the next one starts at or
 * before the exclusive end.
 */
export function wholeMonths(filter: ThemeFilter, params: unknown[]): string {
  const monthOf = (at: string) => `date_trunc('month', (${at}) AT TIME ZONE 'Europe/Amsterdam')::date`;
  const first =
    filter.from === undefined
      ? `'-infinity'::date`
      : (() => {
          const from = `$${params.push(filter.from)}::timestamptz`;
          return `CASE WHEN ${monthOf(from)}::timestamp AT TIME ZONE 'Europe/Amsterdam' = ${from}
                       THEN ${monthOf(from)} ELSE (${monthOf(from)} + interval '1 month')::date END`;
        })();
  const last =
    filter.to === undefined
      ? `'infinity'::date`
      : (() => {
          const to = `$${params.push(filter.to)}`;
          const end = /^\d{4}-\d{2}-\d{2}$/.test(filter.to)
            ? `(${to}::date + 1)::timestamptz`
            : `${to}::timestamptz + interval '1 microsecond'`;
          return `(${monthOf(end)} - interval '1 month')::date`;
        })();
  return `SELECT f AS first_month, l AS last_month,
                 f::timestamp AT TIME ZONE 'Europe/Amsterdam' AS first_start,
                 -- No whole month (a period inside one): the tail starts where the head ends, so none is read twice.
                 greatest(f, l + interval '1 month') AT TIME ZONE 'Europe/Amsterdam' AS last_end
            FROM (SELECT ${first} AS f, ${last} AS l) b`;
}

/** The same report from the label rows alone: every filter (the only way with author, household or person filters). */
export async function contactLogThemesFromLabelRows(
  manager: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<ThemeTotals> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const rows = (await manager.query(
    `${TREE},
     per_label AS (
       SELECT x.label_id, sum(x.minutes) AS minutes, count(*) FILTER (WHERE ${topLevel ? 'x.primary_in_root' : 'TRUE'}) AS logs
         FROM contact_log_labels x
        WHERE ${where('x', CONTACT_LOG_COLUMNS)}
        GROUP BY x.label_id),
     grouped AS (
       SELECT ${topLevel ? 't.root' : 'p.label_id'} AS label_id, sum(p.minutes) AS minutes, sum(p.logs)::int AS logs
         FROM per_label p JOIN tree t ON t.id = p.label_id
        GROUP BY 1
       UNION ALL
       SELECT NULL, COALESCE(sum(u.minutes), 0), count(*)::int
         FROM contact_logs u WHERE ${where('u', CONTACT_LOG_COLUMNS)} AND u.deleted_at IS NULL AND NOT u.labelled)
     ${NAMED}`,
    params,
  )) as Row[];
  return totals(rows);
}

/**
 * Helpdesk questions (hundreds, not millions: a plain DISTINCT and anti-join
 * do), with the same filters: the period on the date received, the author
 * on who answered, household, municipality and track on the household the
 * question is linked to (a question without one drops out under those
 * filters). Each question's minutes are already split over its labels.
 */
export async function helpdeskThemes(
  manager: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
): Promise<ThemeTotals> {
  const params: unknown[] = [organizationId];
  const where = conditions(filter, params);
  const rows = (await manager.query(
    `${TREE},
     picked AS (
       SELECT q.id, q.minutes FROM helpdesk_questions q
        WHERE ${where('q', HELPDESK_COLUMNS)} AND q.deleted_at IS NULL),
     shares AS (
       SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS label_id, x.minutes, x.helpdesk_question_id AS record_id
         FROM helpdesk_question_labels x JOIN picked p ON p.id = x.helpdesk_question_id JOIN tree ON tree.id = x.label_id),
     per_record AS (SELECT label_id, record_id, sum(minutes) AS minutes FROM shares GROUP BY label_id, record_id),
     grouped AS (
       SELECT label_id, sum(minutes) AS minutes, count(*)::int AS logs FROM per_record GROUP BY label_id
       UNION ALL
       SELECT NULL, COALESCE(sum(p.minutes), 0), count(*)::int FROM picked p
        WHERE NOT EXISTS (SELECT 1 FROM helpdesk_question_labels x WHERE x.helpdesk_question_id = p.id))
     ${NAMED}`,
    params,
  )) as Row[];
  return totals(rows);
}

function totals(rows: Row[]): ThemeTotals {
  const total = rows.reduce((sum, r) => sum + Number(r.minutes), 0);
  return {
    totalMinutes: Math.round(total * 100) / 100,
    rows: rows.map((r) => ({
      labelId: r.labelId,
      name: r.name ?? UNLABELLED,
      parentName: r.parentName,
      color: r.color,
      minutes: Number(r.minutes),
      share: total === 0 ? 0 : Number(r.minutes) / total,
      logs: r.logs,
    })),
  };
}

/** The conditions on activities `a` for a theme filter (period on the date, municipality where it took place). */
export function activityConditions(filter: ThemeFilter, params: unknown[]): string[] {
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ['a.organization_id = $1', 'a.deleted_at IS NULL'];
  if (filter.from !== undefined) where.push(`a.date >= (${param(filter.from)}::timestamptz)::date`);
  if (filter.to !== undefined)
    where.push(
      /^\d{4}-\d{2}-\d{2}$/.test(filter.to)
        ? `a.date <= ${param(filter.to)}::date`
        : `a.date <= (${param(filter.to)}::timestamptz)::date`,
    );
  if (filter.municipalities)
    where.push(`lower(a.municipality) = ANY(${param(filter.municipalities.map((m) => m.toLowerCase()))}::text[])`);
  return where;
}

/**
 * Activities (issue 17): minutes per theme from group work, on one of two
 * bases: `attendance` (duration × attendees, known and anonymous: the time
 * people spent) or `organiser` (`organiserMinutes`, else the duration: the
 * organisation's time). An activity's minutes are split equally over its
 * labels, as a helpdesk question's are. Activities have no author or
 * household: under the author, household or track filter they drop out;
 * the period is on their date and `municipality` on where they took place.
 */
export async function activityThemes(
  manager: Query,
  organizationId: string,
  filter: ThemeFilter,
  topLevel: boolean,
  basis: 'attendance' | 'organiser',
): Promise<ThemeTotals> {
  if (filter.authorIds || filter.householdIds || filter.tracks) return { totalMinutes: 0, rows: [] };
  const params: unknown[] = [organizationId];
  const where = activityConditions(filter, params);
  const minutes =
    basis === 'attendance'
      ? 'a.duration_minutes * (a.anonymous_count + (SELECT count(*) FROM activity_persons ap WHERE ap.activity_id = a.id))'
      : 'COALESCE(a.organiser_minutes, a.duration_minutes)';
  const rows = (await manager.query(
    `${TREE},
     picked AS (SELECT a.id, (${minutes})::numeric AS minutes FROM activities a WHERE ${where.join(' AND ')}),
     shares AS (
       SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS label_id, x.activity_id AS record_id,
              p.minutes / count(*) OVER (PARTITION BY x.activity_id) AS minutes
         FROM activity_labels x JOIN picked p ON p.id = x.activity_id JOIN tree ON tree.id = x.label_id),
     per_record AS (SELECT label_id, record_id, sum(minutes) AS minutes FROM shares GROUP BY label_id, record_id),
     grouped AS (
       SELECT label_id, round(sum(minutes), 2) AS minutes, count(*)::int AS logs FROM per_record GROUP BY label_id
       UNION ALL
       SELECT NULL, COALESCE(sum(p.minutes), 0), count(*)::int FROM picked p
        WHERE NOT EXISTS (SELECT 1 FROM activity_labels x WHERE x.activity_id = p.id))
     ${NAMED}`,
    params,
  )) as Row[];
  return totals(rows);
}
