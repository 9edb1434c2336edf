import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface ThemeRow {
  labelId: string | null;
  name: Record<string, string>;
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

type Row = { labelId: string | null; name: Record<string, string> | null; color: string | null; minutes: string; logs: number };

/*
 * Both reports: minutes per label (rolled up to the top-level theme or not),
 * share of the total, number of records; unlabelled minutes are a row of
 * their own so the shares add up to 1.
 */

export interface ContactLogFilter {
  from?: string;
  to?: string;
  authorId?: string;
  householdId?: string;
  municipality?: string;
  track?: string;
}

/**
 * Contact logs at scale: label rows carry their organisation, date,
 * household, author and a "primary in its theme" flag, and logs a
 * `labelled` flag, so the report is one pass over the label rows (joined
 * only to the small households table for municipality or track) with no
 * DISTINCT and no anti-join.
 */
export async function contactLogThemes(
  manager: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  organizationId: string,
  filter: ContactLogFilter,
  topLevel: boolean,
): Promise<ThemeTotals> {
  const byHousehold = filter.municipality !== undefined || filter.track !== undefined;
  // PostgreSQL must see every parameter it is given: the household ones only when used.
  const params = [organizationId, filter.from ?? null, filter.to ?? null, filter.authorId ?? null, filter.householdId ?? null];
  if (byHousehold) params.push(filter.municipality ?? null, filter.track ?? null);
  const where = (alias: string) => `${alias}.organization_id = $1
       AND ($2::timestamptz IS NULL OR ${alias}.occurred_at >= $2::timestamptz) AND ($3::timestamptz IS NULL OR ${alias}.occurred_at <= $3::timestamptz)
       AND ($4::uuid IS NULL OR ${alias}.author_id = $4::uuid) AND ($5::uuid IS NULL OR ${alias}.household_id = $5::uuid)
       ${byHousehold ? `AND ${alias}.household_id IN (SELECT h.id FROM households h WHERE h.organization_id = $1
            AND ($6::text IS NULL OR h.municipality = $6::text) AND ($7::text IS NULL OR h.track = $7::text))` : ''}`;
  const rows = (await manager.query(
    `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     grouped AS (
       SELECT ${topLevel ? 't.root' : 'x.label_id'} AS label_id, sum(x.minutes) AS minutes,
              count(*) FILTER (WHERE ${topLevel ? 'x.primary_in_root' : 'TRUE'})::int AS logs
         FROM contact_log_labels x JOIN tree t ON t.id = x.label_id
        WHERE ${where('x')}
        GROUP BY 1
       UNION ALL
       SELECT NULL, COALESCE(sum(u.minutes), 0), count(*)::int
         FROM contact_logs u WHERE ${where('u')} AND u.deleted_at IS NULL AND NOT u.labelled)
     SELECT g.label_id AS "labelId", lb.name, lb.color, g.minutes::text AS minutes, g.logs
       FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id
      WHERE g.logs > 0
      ORDER BY g.minutes DESC, lb.name->>'en'`,
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
      color: r.color,
      minutes: Number(r.minutes),
      share: total === 0 ? 0 : Number(r.minutes) / total,
      logs: r.logs,
    })),
  };
}

/**
 * Helpdesk questions (hundreds, not millions: a plain DISTINCT and anti-join
 * do). Minutes per label for the questions `inner` selects (id, minutes);
 * each question's minutes are already split over its labels.
 */
export async function helpdeskThemes<T extends ObjectLiteral>(inner: SelectQueryBuilder<T>, organizationId: string, topLevel: boolean): Promise<ThemeTotals> {
  const labelTable = 'helpdesk_question_labels';
  const key = 'helpdesk_question_id';
  const [sql, params] = inner.getQueryAndParameters();
  const org = params.length + 1;
  const rows: Row[] = await inner.connection.query(
    `WITH RECURSIVE tree(id, root) AS (
         SELECT id, id FROM labels WHERE organization_id = $${org} AND parent_id IS NULL
         UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
       picked AS (${sql}),
       shares AS (
         SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS label_id, x.minutes, x.${key} AS record_id
           FROM ${labelTable} x JOIN picked p ON p.id = x.${key} JOIN tree ON tree.id = x.label_id),
       per_record AS (SELECT label_id, record_id, sum(minutes) AS minutes FROM shares GROUP BY label_id, record_id),
       grouped AS (
         SELECT label_id, sum(minutes) AS minutes, count(*)::int AS logs FROM per_record GROUP BY label_id
         UNION ALL
         SELECT NULL, COALESCE(sum(p.minutes), 0), count(*)::int FROM picked p
          WHERE NOT EXISTS (SELECT 1 FROM ${labelTable} x WHERE x.${key} = p.id))
       SELECT g.label_id AS "labelId", lb.name, lb.color, g.minutes::text AS minutes, g.logs
         FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id
        WHERE g.logs > 0
        ORDER BY g.minutes DESC, lb.name->>'en'`,
      [...params, organizationId],
    );
  return totals(rows);
}
