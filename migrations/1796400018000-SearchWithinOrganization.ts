import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Global search within the organisation's own rows (issue 18, search speed).
 *
 * The trigram indexes of GlobalSearch1796311819319 held every organisation's
 * texts, so a common word ("gemeente" in a tenth of all notes) made
 * `search_candidates` collect the matches of every organisation and read
 * tens of thousands of other organisations' rows before it found its own:
 * 1.2 s for one ordinary organisation at a fifth of the national dataset
 * (docs/performance.md). These indexes lead with `organization_id`
 * (btree_gin puts a uuid in a GIN index), so the index answers only the
 * request organisation's matches and the rarest key drives the scan.
 *
 * btree_gin is a "trusted" extension like pg_trgm and unaccent: the
 * database's owner creates it; on a locked-down server an administrator
 * runs `CREATE EXTENSION btree_gin` once before the upgrade
 * (docs/operations.md), and IF NOT EXISTS skips it here.
 */
export class SearchWithinOrganization1796400018000 implements MigrationInterface {
  name = 'SearchWithinOrganization1796400018000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    const trgm = await trigramSchema(queryRunner);
    for (const { table, name, key } of INDEXES) {
      await queryRunner.query(`DROP INDEX IF EXISTS "${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin (organization_id, (search_key(${key})) ${trgm}.gin_trgm_ops) WHERE "deleted_at" IS NULL`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const trgm = await trigramSchema(queryRunner);
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

/** The texts of GlobalSearch1796311819319, the same expressions as `search_candidates` compares. */
const INDEXES = [
  { table: 'households', name: 'ix_households_search', key: 'reference' },
  { table: 'persons', name: 'ix_persons_search', key: 'first_name' },
  { table: 'employers', name: 'ix_employers_search', key: 'name' },
  { table: 'partner_organizations', name: 'ix_partner_organizations_search', key: 'name' },
  { table: 'obstacles', name: 'ix_obstacles_search', key: `title || ' ' || coalesce(description, '')` },
  {
    table: 'placements',
    name: 'ix_placements_search',
    key: `coalesce(job_title, '') || ' ' || coalesce(sector, '') || ' ' || coalesce(notes, '')`,
  },
  { table: 'contact_logs', name: 'ix_contact_logs_search', key: 'note' },
];
