import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Global search (issue 18): trigram indexes over the texts people look
 * for, compared accent- and case-free, and the one function that reads them.
 *
 * Extensions: pg_trgm and unaccent are "trusted" since PostgreSQL 13, so
 * the database's owner (or any role with CREATE on the database) can create
 * them without being a superuser. On a managed or locked-down server where
 * that is not allowed, an administrator runs the two CREATE EXTENSION
 * statements once before the app starts (docs/operations.md); IF NOT EXISTS
 * then skips them here. They may live in another schema than public: the
 * functions below name the schema the server actually has them in.
 *
 * Why a SECURITY DEFINER function: under row-level security PostgreSQL will
 * not use an index for a condition that is not leakproof (LIKE, the trigram
 * operators) before the policy's condition, so the runtime role's query
 * would read every row of the organisation. `search_candidates` runs as the
 * owner (past row-level security), reads ONLY rows of the request's
 * organisation (`app_current_organization()`, the same setting the policies
 * read; unset, it matches nothing) and answers ids and scores, never text.
 * The app then reads those rows as the runtime role, under the policies and
 * the role's own row rules (server/src/search/search.repository.ts).
 */
export class GlobalSearch1796311819319 implements MigrationInterface {
  name = 'GlobalSearch1796311819319';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    const [{ trgm, unaccent }] = (await queryRunner.query(
      `SELECT (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm') AS trgm,
              (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent') AS unaccent`,
    )) as { trgm: string; unaccent: string }[];
    // unaccent() is STABLE (it reads a dictionary named by search_path); with the dictionary named in full its
    // answer depends only on its input, which is what an index expression needs.
    await queryRunner.query(`
      CREATE FUNCTION search_key(p_text text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(${unaccent}.unaccent('${unaccent}.unaccent'::regdictionary, p_text))`);

    for (const { table, name, key } of INDEXES) {
      await queryRunner.query(
        `CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING gin ((search_key(${key})) ${trgm}.gin_trgm_ops) WHERE "deleted_at" IS NULL`,
      );
    }

    const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const cases = INDEXES.map(
      (i) => `WHEN '${i.kind}' THEN v_table := '${i.table}'; v_key := ${literal(`search_key(${i.key})`)};`,
    );
    await queryRunner.query(`
      CREATE FUNCTION search_candidates(p_kind text, p_query text, p_scan int) RETURNS TABLE (id uuid, score real)
        LANGUAGE plpgsql STABLE SECURITY DEFINER
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
            ${cases.join('\n            ')}
            ELSE RAISE EXCEPTION 'unknown search kind';
          END CASE;
          -- The first p_scan matches (in the index's order), then ranked: a whole-text match, a text that starts
          -- with the query, then how well the query matches a word of the text.
          RETURN QUERY EXECUTE format(
            'SELECT m.id, (word_similarity($1, m.k) + CASE WHEN m.k = $1 THEN 2 WHEN m.k LIKE $3 THEN 1 ELSE 0 END)::real
               FROM (SELECT x.id, %1$s AS k FROM %2$I x
                      WHERE x.organization_id = app_current_organization() AND x.deleted_at IS NULL AND %1$s LIKE $2
                      LIMIT $4) m',
            v_key, v_table)
          USING v_query, '%' || replace(v_escaped, ' ', '%') || '%', v_escaped || '%', p_scan;
        END
        $fn$`);
    // Granted to the runtime role by the start-up grants (database/roles.ts), never to everyone.
    await queryRunner.query(`REVOKE ALL ON FUNCTION search_candidates(text, text, int) FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_candidates(text, text, int)`);
    for (const { name } of INDEXES) await queryRunner.query(`DROP INDEX IF EXISTS "${name}"`);
    await queryRunner.query(`DROP FUNCTION search_key(text)`);
  }
}

/** Per kind: the table and the text searched (the same expression in the index and in the query). */
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
