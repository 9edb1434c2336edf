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

/**
 * Contact logs at scale: label rows carry their organisation and a
 * "primary in its theme" flag, and logs a `labelled` flag, so the report is
 * one pass over the label rows (joined to the logs only when filtered) with
 * no DISTINCT and no anti-join. `inner` selects (id, minutes, labelled), or
 * is null for the whole organisation.
 */
export async function contactLogThemes<T extends ObjectLiteral>(
  manager: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  organizationId: string,
  inner: SelectQueryBuilder<T> | null,
  topLevel: boolean,
  period: { from?: string; to?: string } = {},
): Promise<ThemeTotals> {
  const [sql, innerParams] = inner ? inner.getQueryAndParameters() : ['', []];
  // Without other filters a period is read from the label rows' own dates.
  const params = [...innerParams, period.from ?? null, period.to ?? null];
  const from = params.length - 1;
  const to = params.length;
  const org = params.length + 1;
  const inPeriod = (alias: string) =>
    `($${from}::timestamptz IS NULL OR ${alias}.occurred_at >= $${from}::timestamptz) AND ($${to}::timestamptz IS NULL OR ${alias}.occurred_at <= $${to}::timestamptz)`;
  const rows = (await manager.query(
    `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $${org} AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id)
     ${inner ? `, picked AS (${sql})` : ''}
     , grouped AS (
       SELECT ${topLevel ? 't.root' : 'x.label_id'} AS label_id, sum(x.minutes) AS minutes,
              count(*) FILTER (WHERE ${topLevel ? 'x.primary_in_root' : 'TRUE'})::int AS logs
         FROM contact_log_labels x JOIN tree t ON t.id = x.label_id
         ${inner ? 'JOIN picked p ON p.id = x.contact_log_id' : ''}
        WHERE x.organization_id = $${org} AND ${inPeriod('x')}
        GROUP BY 1
       UNION ALL
       SELECT NULL, COALESCE(sum(u.minutes), 0), count(*)::int
         FROM ${inner ? 'picked u WHERE NOT u.labelled' : `contact_logs u WHERE u.organization_id = $${org} AND u.deleted_at IS NULL AND NOT u.labelled AND ${inPeriod('u')}`})
     SELECT g.label_id AS "labelId", lb.name, lb.color, g.minutes::text AS minutes, g.logs
       FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id
      WHERE g.logs > 0
      ORDER BY g.minutes DESC, lb.name->>'en'`,
    [...params, organizationId],
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
