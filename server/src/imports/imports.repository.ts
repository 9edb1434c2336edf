import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportKind, ImportStatus } from './import-kinds.js';

/** One upload as stored, without its rows. */
export interface ImportRecord {
  id: string;
  organizationId: string;
  createdById: string | null;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  columns: string[];
  mapping: Record<string, string>;
  matchBy: string | null;
  allOrNothing: boolean;
  rowsTotal: number;
  rowsDone: number;
  rowsFailed: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowProblem[];
  checkedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A row that would fail or failed: its spreadsheet row (the header is row 1), the field and column, and why. */
export interface RowProblem {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportCounts {
  rowsDone: number;
  rowsFailed: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowProblem[];
}

const COLUMNS = `id, organization_id AS "organizationId", created_by_id AS "createdById", kind, file_name AS "fileName",
  status, columns, mapping, match_by AS "matchBy", all_or_nothing AS "allOrNothing", rows_total AS "rowsTotal",
  rows_done AS "rowsDone", rows_failed AS "rowsFailed", created, updated, unchanged, errors,
  checked_at AS "checkedAt", finished_at AS "finishedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Uploads not imported within a day lose their rows: a spreadsheet of people is not kept for nothing. */
const UNUSED_ROWS_KEPT = '1 day';

@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insert(
    values: Pick<
      ImportRecord,
      'organizationId' | 'createdById' | 'kind' | 'fileName' | 'columns' | 'mapping' | 'matchBy'
    > & {
      rows: string[][];
    },
  ): Promise<string> {
    const [row] = await this.m().query<{ id: string }[]>(
      `INSERT INTO imports (organization_id, created_by_id, kind, file_name, columns, rows, mapping, match_by, rows_total)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9) RETURNING id`,
      [
        values.organizationId,
        values.createdById,
        values.kind,
        values.fileName,
        JSON.stringify(values.columns),
        JSON.stringify(values.rows),
        JSON.stringify(values.mapping),
        values.matchBy,
        values.rows.length,
      ],
    );
    return row.id;
  }

  async find(organizationId: string, id: string, manager?: EntityManager): Promise<ImportRecord | undefined> {
    const [row] = await this.m(manager).query<ImportRecord[]>(
      `SELECT ${COLUMNS} FROM imports WHERE organization_id = $1 AND id = $2`,
      [organizationId, id],
    );
    return row;
  }

  async list(
    organizationId: string,
    kinds: ImportKind[],
    range: [number, number],
    status: string | undefined,
    order: 'ASC' | 'DESC',
  ): Promise<{ rows: ImportRecord[]; total: number }> {
    const rows = await this.m().query<(ImportRecord & { total: string })[]>(
      `SELECT ${COLUMNS}, count(*) OVER () AS "total" FROM imports
        WHERE organization_id = $1 AND kind = ANY($2) AND ($5::text IS NULL OR status = $5)
        ORDER BY created_at ${order === 'ASC' ? 'ASC' : 'DESC'} OFFSET $3 LIMIT $4`,
      [organizationId, kinds, range[0], range[1] - range[0] + 1, status ?? null],
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    return { rows: rows.map(({ total: _t, ...rest }) => rest), total };
  }

  async rows(id: string, manager?: EntityManager): Promise<string[][] | null> {
    const [row] = await this.m(manager).query<
      {
        rows: string[][] | null;
      }[]
    >(`SELECT rows FROM imports WHERE id = $1`, [id]);
    return row?.rows ?? null;
  }

  /** The first rows, to show beside the mapping. */
  async sample(id: string, count: number): Promise<string[][]> {
    const [row] = await this.m().query<{ sample: string[][] }[]>(
      `SELECT coalesce(jsonb_path_query_array(rows, '$[0 to ${count - 1}]'), '[]') AS sample FROM imports WHERE id = $1`,
      [id],
    );
    return row?.sample ?? [];
  }

  async setup(id: string, values: { mapping: Record<string, string>; matchBy: string | null; allOrNothing: boolean }) {
    await this.m().query(
      `UPDATE imports SET mapping = $2::jsonb, match_by = $3, all_or_nothing = $4, status = 'uploaded',
         rows_done = 0, rows_failed = 0, created = 0, updated = 0, unchanged = 0, errors = '[]', checked_at = NULL,
         updated_at = now()
       WHERE id = $1`,
      [id, JSON.stringify(values.mapping), values.matchBy, values.allOrNothing],
    );
  }

  async setStatus(id: string, status: ImportStatus, manager?: EntityManager): Promise<void> {
    await this.m(manager).query(`UPDATE imports SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  /** The counts so far (or at the end), and the new status. A finished import drops its rows. */
  async record(id: string, status: ImportStatus, counts: ImportCounts, manager?: EntityManager): Promise<void> {
    await this.m(manager).query(
      `UPDATE imports SET status = $2, rows_done = $3, rows_failed = $4, created = $5, updated = $6, unchanged = $7,
         errors = $8::jsonb, updated_at = now(),
         checked_at = CASE WHEN $2 = 'checked' THEN now() ELSE checked_at END,
         finished_at = CASE WHEN $2 IN ('done', 'failed') THEN now() ELSE finished_at END,
         rows = CASE WHEN $2 = 'done' THEN NULL ELSE rows END
       WHERE id = $1`,
      [
        id,
        status,
        counts.rowsDone,
        counts.rowsFailed,
        counts.created,
        counts.updated,
        counts.unchanged,
        JSON.stringify(counts.errors),
      ],
    );
  }

  async remove(id: string): Promise<void> {
    await this.m().query(`DELETE FROM imports WHERE id = $1`, [id]);
  }

  async dropUnusedRows(organizationId: string): Promise<void> {
    await this.m().query(
      `UPDATE imports SET rows = NULL, status = CASE WHEN status IN ('uploaded', 'checked') THEN 'failed' ELSE status END,
         errors = CASE WHEN status IN ('uploaded', 'checked') THEN '[{"row":0,"field":null,"column":null,"code":"import_expired","message":"the upload was not imported within a day; upload it again"}]'::jsonb ELSE errors END
       WHERE organization_id = $1 AND rows IS NOT NULL AND status NOT IN ('checking', 'importing')
         AND created_at < now() - interval '${UNUSED_ROWS_KEPT}'`,
      [organizationId],
    );
  }

  async rememberedMapping(
    organizationId: string,
    kind: ImportKind,
  ): Promise<{ mapping: Record<string, string>; matchBy: string | null } | undefined> {
    const [row] = await this.m().query<{ mapping: Record<string, string>; matchBy: string | null }[]>(
      `SELECT mapping, match_by AS "matchBy" FROM import_mappings WHERE organization_id = $1 AND kind = $2`,
      [organizationId, kind],
    );
    return row;
  }

  async rememberMapping(
    organizationId: string,
    kind: ImportKind,
    mapping: Record<string, string>,
    matchBy: string | null,
  ) {
    await this.m().query(
      `INSERT INTO import_mappings (organization_id, kind, mapping, match_by) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (organization_id, kind) DO UPDATE SET mapping = EXCLUDED.mapping, match_by = EXCLUDED.match_by, updated_at = now()`,
      [organizationId, kind, JSON.stringify(mapping), matchBy],
    );
  }

  async key(
    manager: EntityManager,
    organizationId: string,
    kind: ImportKind,
    keyHash: string,
  ): Promise<{ recordId: string; fingerprint: string } | undefined> {
    const [row] = await manager.query<{ recordId: string; fingerprint: string }[]>(
      `SELECT record_id AS "recordId", fingerprint FROM import_keys WHERE organization_id = $1 AND kind = $2 AND key_hash = $3`,
      [organizationId, kind, keyHash],
    );
    return row;
  }

  /** The keys of many rows in one statement. */
  async keys(
    manager: EntityManager,
    organizationId: string,
    kind: ImportKind,
    keyHashes: string[],
  ): Promise<Map<string, { recordId: string; fingerprint: string }>> {
    const rows = await manager.query<{ keyHash: string; recordId: string; fingerprint: string }[]>(
      `SELECT key_hash AS "keyHash", record_id AS "recordId", fingerprint FROM import_keys
        WHERE organization_id = $1 AND kind = $2 AND key_hash = ANY($3)`,
      [organizationId, kind, keyHashes],
    );
    return new Map(rows.map((r) => [r.keyHash, { recordId: r.recordId, fingerprint: r.fingerprint }]));
  }

  async saveKeys(
    manager: EntityManager,
    organizationId: string,
    kind: ImportKind,
    keys: { keyHash: string; recordId: string; fingerprint: string }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO import_keys (organization_id, kind, key_hash, record_id, fingerprint)
       SELECT $1, $2, k.key_hash, k.record_id, k.fingerprint FROM unnest($3::text[], $4::uuid[], $5::text[]) AS k(key_hash, record_id, fingerprint)
       ON CONFLICT (organization_id, kind, key_hash) DO UPDATE SET record_id = EXCLUDED.record_id, fingerprint = EXCLUDED.fingerprint`,
      [organizationId, kind, keys.map((k) => k.keyHash), keys.map((k) => k.recordId), keys.map((k) => k.fingerprint)],
    );
  }

  async saveKey(
    manager: EntityManager,
    organizationId: string,
    kind: ImportKind,
    keyHash: string,
    recordId: string,
    fingerprint: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO import_keys (organization_id, kind, key_hash, record_id, fingerprint) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, kind, key_hash) DO UPDATE SET record_id = EXCLUDED.record_id, fingerprint = EXCLUDED.fingerprint`,
      [organizationId, kind, keyHash, recordId, fingerprint],
    );
  }
}
