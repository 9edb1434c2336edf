import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Global search within the organisation's own rows (issue 18, search speed).
 *
 * The trigram indexes of GlobalSearch1796311819319 held every organisation's
 * texts, so a common word ("gemeente" in a tenth of all notes) made
 * `search_candidates` collect the matches of every organisation and read
 * tens of thousands of other organisations' rows before it found its own:
 * 1.2 s for one ordinary organisation at a fifth of the national dataset
 * (docs/performance.md). These indexes lead with the organisation (btree_gin
 * puts it in a GIN index), so the index answers only the request
 * organisation's matches and the rarest key drives the scan.
 *
 * The organisation as text (`organization_id::text`), not the column: an
 * index on the column itself would also match the row-level security
 * condition of every query (`organization_id = app_current_organization()
 * AND deleted_at IS NULL`), and the planner, unable to price a GIN entry
 * for a value it only learns at run time, took it for lists and lookups
 * that have better indexes. `search_candidates` names the same expression.
 *
 * btree_gin is a "trusted" extension like pg_trgm and unaccent: the
 * database's owner creates it; on a locked-down server an administrator
 * runs `CREATE EXTENSION btree_gin` once before the upgrade
 * (docs/operations.md), and IF NOT EXISTS skips it here.
 *
 * `search_candidates` answers at most its `p_scan` rows (200 from the app);
 * left at PostgreSQL's guess of 1,000 rows for a set-returning function, the
 * planner joined the candidates to the records by reading every record of
 * the organisation into a hash (all of the big organisation's persons)
 * rather than looking each candidate up by its key.
 */
export class SearchWithinOrganization1796400018000 implements MigrationInterface {
  name = 'SearchWithinOrganization1796400018000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    const trgm = await trigramSchema(queryRunner);
    for (const { table, name, key } of INDEXES) {
      await queryRunner.query(`DROP INDEX IF EXISTS "${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin ((organization_id::text), (search_key(${key})) ${trgm}.gin_trgm_ops) WHERE "deleted_at" IS NULL`,
      );
    }
    await replaceSearchCandidates(queryRunner, trgm, `x.organization_id::text = app_current_organization()::text`, 100);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const trgm = await trigramSchema(queryRunner);
    await replaceSearchCandidates(queryRunner, trgm, `x.organization_id = app_current_organization()`, 1000);
    for (const { table, name, key } of INDEXES) {
      await queryRunner.query(`DROP INDEX IF EXISTS "${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin ((search_key(${key})) ${trgm}.gin_trgm_ops) WHERE "deleted_at" IS NULL`,
      );
    }
  }
}

async function trigramSchema(queryRunner: QueryRunner): Promise<string> {
  const [{ trgm }] = (await queryRunner.query(
    `SELECT extnamespace::regnamespace::text AS trgm FROM pg_extension WHERE extname = 'pg_trgm'`,
  )) as { trgm: string }[];
  return trgm;
}

/**
 * `search_candidates` as GlobalSearch1796311819319 made it, with the
 * organisation compared as `organization` says (the indexes' expression),
 * and the planner told how many rows it answers (`rows`).
 */
async function replaceSearchCandidates(queryRunner: QueryRunner, trgm: string, organization: string, rows: number) {
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const cases = INDEXES.map(
    (i) => `WHEN '${i.kind}' THEN v_table := '${i.table}'; v_key := ${literal(`search_key(${i.key})`)};`,
  );
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION search_candidates(p_kind text, p_query text, p_scan int) RETURNS TABLE (id uuid, score real)
      LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS ${rows}
      SET search_path = public, ${trgm}, pg_catalog, pg_temp
      AS $fn$
      DECLARE
        v_table text;
        v_key text;
        v_query text := btrim(regexp_replace(search_key(p_query), '\\s+', ' ', 'g'));
        v_escaped text;
      BEGIN
        IF v_query IS NULL OR length(v_query) < 3 OR p_scan IS NULL OR p_scan < 1 OR p_scan > 1000 THEN
          RETURN;
        END IF;
        v_escaped := replace(replace(replace(v_query, '\\', '\\\\'), '%', '\\%'), '_', '\\_');
        CASE p_kind
          ${cases.join('\n          ')}
          ELSE RAISE EXCEPTION 'unknown search kind';
        END CASE;
        -- The first p_scan matches (in the index's order), then ranked: a whole-text match, a text that starts
        -- with the query, then how well the query matches a word of the text.
        RETURN QUERY EXECUTE format(
          'SELECT m.id, (word_similarity($1, m.k) + CASE WHEN m.k = $1 THEN 2 WHEN m.k LIKE $3 THEN 1 ELSE 0 END)::real
             FROM (SELECT x.id, %1$s AS k FROM %2$I x
                    WHERE ${organization.replace(/'/g, "''")} AND x.deleted_at IS NULL AND %1$s LIKE $2
                    LIMIT $4) m',
          v_key, v_table)
        USING v_query, '%' || replace(v_escaped, ' ', '%') || '%', v_escaped || '%', p_scan;
      END
      $fn$`);
}

/** The texts of GlobalSearch1796311819319, the same expressions as `search_candidates` compares. */
const INDEXES = [
  { kind: 'households', table: 'households', name: 'ix_households_search', key: 'reference' },
  { kind: 'persons', table: 'persons', name: 'ix_persons_search', key: 'first_name' },
  { kind: 'employers', table: 'employers', name: 'ix_employers_search', key: 'name' },
  {
    kind: 'partner-organizations',
    table: 'partner_organizations',
    name: 'ix_partner_organizations_search',
    key: 'name',
  },
  {
    kind: 'obstacles',
    table: 'obstacles',
    name: 'ix_obstacles_search',
    key: `title || ' ' || coalesce(description, '')`,
  },
  {
    kind: 'placements',
    table: 'placements',
    name: 'ix_placements_search',
    key: `coalesce(job_title, '') || ' ' || coalesce(sector, '') || ' ' || coalesce(notes, '')`,
  },
  { kind: 'contact-logs', table: 'contact_logs', name: 'ix_contact_logs_search', key: 'note' },
];
