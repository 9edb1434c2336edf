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

/**
 * Minutes per label for the records the inner query selects (id, minutes),
 * from their label rows (each record's minutes already split over its labels,
 * so nothing is counted twice). At top level each label's minutes go to its
 * root. Unlabelled minutes are a row of their own so the shares add up to 1.
 */
export async function themeMinutes<T extends ObjectLiteral>(
  inner: SelectQueryBuilder<T>,
  labelTable: 'contact_log_labels' | 'helpdesk_question_labels',
  key: 'contact_log_id' | 'helpdesk_question_id',
  organizationId: string,
  topLevel: boolean,
): Promise<ThemeTotals> {
  const [sql, params] = inner.getQueryAndParameters();
  const org = params.length + 1;
  type Row = { labelId: string | null; name: Record<string, string> | null; color: string | null; minutes: string; logs: number };
  // Counting distinct logs per theme sorts every label row: give that sort memory instead of disk.
  const rows: Row[] = await inner.connection.transaction(async (manager) => {
    await manager.query("SET LOCAL work_mem = '128MB'");
    return manager.query(
      `WITH RECURSIVE tree(id, root) AS (
         SELECT id, id FROM labels WHERE organization_id = $${org} AND parent_id IS NULL
         UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
       picked AS (${sql}),
       shares AS (
         SELECT ${topLevel ? 'tree.root' : 'x.label_id'} AS label_id, x.minutes, x.${key} AS record_id
           FROM ${labelTable} x JOIN picked p ON p.id = x.${key} JOIN tree ON tree.id = x.label_id),
       grouped AS (
         SELECT label_id, sum(minutes) AS minutes, count(DISTINCT record_id)::int AS logs FROM shares GROUP BY label_id
         UNION ALL
         SELECT NULL, COALESCE(sum(p.minutes), 0), count(*)::int FROM picked p
          WHERE NOT EXISTS (SELECT 1 FROM ${labelTable} x WHERE x.${key} = p.id))
       SELECT g.label_id AS "labelId", lb.name, lb.color, g.minutes::text AS minutes, g.logs
         FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id
        WHERE g.logs > 0
        ORDER BY g.minutes DESC, lb.name->>'en'`,
      [...params, organizationId],
    );
  });
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
