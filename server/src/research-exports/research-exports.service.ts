import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, readdir, stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import yazl from 'yazl';
import type { ActingUser } from '../common/auth/acting-user.js';
import { AppError, fieldError, notFound } from '../common/errors/app-error.js';
import { isUuid } from '../common/validation/uuid.js';
import { inOrganization, outsideUnitOfWork } from '../common/database/unit-of-work.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { bindParameters } from '../common/database/bind-parameters.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { DATASET, LEFT_OUT_SQL, SCOPE_TABLES, kindSql, type DatasetKind } from './research-dataset.js';
import { Pseudonymizer, csvField, newSecret } from './pseudonyms.js';
import type { ResearchExportStatus } from './research-export.constants.js';
import type { ResearchExportFilterDto } from './dto/research-export.dto.js';

export interface ResearchExportView {
  id: string;
  status: ResearchExportStatus;
  progress: number;
  filter: ResearchExportFilterDto;
  createdAt: string;
  finishedAt: string | null;
  requestedById: string | null;
  counts: Record<string, number> | null;
}

interface ExportRow {
  id: string;
  status: ResearchExportStatus;
  filter: ResearchExportFilterDto;
  createdAt: Date;
  finishedAt: Date | null;
  requestedById: string | null;
  counts: Record<string, number> | null;
  keyId: string;
  exportDate: string;
}

/** Rows fetched per round trip from the export's cursor. */
const BATCH = 5000;
/** Finished files are kept this long for download, then removed (docs/security.md). */
export const KEEP_FILES_DAYS = 7;

/**
 * The pseudonymised research export: a job per export that streams every
 * kind of record from a cursor, through pseudonyms and generalisation, into
 * one ZIP file (CSV per kind, data dictionary, manifest) under DATA_DIR.
 * Progress lives in this process while the job runs; the row holds the
 * outcome. A `running` export this process does not know was cut off by a
 * restart: it reads as `failed`.
 */
@Injectable()
export class ResearchExportsService {
  private readonly logger = new Logger('ResearchExports');
  private readonly progress = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  private get folder(): string {
    return path.join(this.config.dataDir, 'research-exports');
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${id}.zip`);
  }

  /** Records the export (running) and its key; the caller starts the job once this request has committed. */
  async create(actor: ActingUser, filter: ResearchExportFilterDto): Promise<ResearchExportView> {
    if (filter.from && filter.to && filter.to < filter.from)
      throw fieldError('filter.to', 'period_reversed', 'the period ends before it starts');
    return this.dataSource.transaction(async (manager) => {
      const keyId = await this.currentKey(manager, actor.organizationId);
      const clean = Object.fromEntries(
        Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''),
      );
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO research_exports (organization_id, requested_by_id, filter, key_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [actor.organizationId, actor.id, JSON.stringify(clean), keyId],
      );
      this.progress.set(row.id, 0);
      await recordAudit(manager, actor, {
        action: 'create',
        resource: 'research-exports',
        recordId: row.id,
        fields: Object.keys(clean),
        detail: { filter: clean },
      });
      return this.view(await this.find(manager, actor.organizationId, row.id));
    });
  }

  /** Runs the job outside the request, in its own unit of work for the organisation. */
  start(actor: ActingUser, id: string): void {
    outsideUnitOfWork(() => {
      void this.run(actor, id);
    });
  }

  async list(actor: ActingUser): Promise<ResearchExportView[]> {
    const rows: ExportRow[] = await this.dataSource.manager.query(
      `${SELECT_EXPORT} WHERE e.organization_id = $1 ORDER BY e.created_at DESC LIMIT 100`,
      [actor.organizationId],
    );
    return rows.map((r) => this.view(r));
  }

  async get(actor: ActingUser, id: string): Promise<ResearchExportView> {
    return this.view(await this.find(this.dataSource.manager, actor.organizationId, id));
  }

  /** The finished file, audited as an export of the data. */
  async download(actor: ActingUser, id: string): Promise<{ stream: Readable; fileName: string }> {
    const row = await this.find(this.dataSource.manager, actor.organizationId, id);
    const status = this.view(row).status;
    if (status !== 'done')
      throw new AppError('export_not_ready', 'The export has no file to download', { params: { status } });
    const file = this.fileOf(id);
    try {
      await stat(file);
    } catch {
      throw new AppError('export_not_ready', 'The file of this export was removed; start a new export', {
        params: { status: 'failed' },
      });
    }
    await recordAudit(this.dataSource.manager, actor, {
      action: 'export',
      resource: 'research-exports',
      recordId: id,
      detail: { kind: 'download' },
    });
    return { stream: createReadStream(file), fileName: `research-export-${row.exportDate}.zip` };
  }

  /** A new secret: later exports get new pseudonyms, unlinkable to earlier ones. */
  async rotateKey(actor: ActingUser): Promise<{ keyId: string }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE research_pseudonym_keys SET retired_at = now() WHERE organization_id = $1 AND retired_at IS NULL`,
        [actor.organizationId],
      );
      const keyId = await this.currentKey(manager, actor.organizationId);
      await recordAudit(manager, actor, {
        action: 'create',
        resource: 'research-pseudonym-keys',
        recordId: keyId,
      });
      return { keyId };
    });
  }

  private async currentKey(manager: EntityManager, organizationId: string): Promise<string> {
    const [existing]: { id: string }[] = await manager.query(
      `SELECT id FROM research_pseudonym_keys WHERE organization_id = $1 AND retired_at IS NULL`,
      [organizationId],
    );
    if (existing) return existing.id;
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO research_pseudonym_keys (organization_id, secret) VALUES ($1, $2) RETURNING id`,
      [organizationId, newSecret()],
    );
    return created.id;
  }

  private async find(manager: EntityManager, organizationId: string, id: string): Promise<ExportRow> {
    if (!isUuid(id)) throw notFound('ResearchExport');
    const [row]: ExportRow[] = await manager.query(`${SELECT_EXPORT} WHERE e.id = $1 AND e.organization_id = $2`, [
      id,
      organizationId,
    ]);
    if (!row) throw notFound('ResearchExport');
    return row;
  }

  private view(row: ExportRow): ResearchExportView {
    const live = this.progress.get(row.id);
    // Running here, or cut off by a restart of the process that ran it.
    const status: ResearchExportStatus = row.status === 'running' && live === undefined ? 'failed' : row.status;
    return {
      id: row.id,
      status,
      progress: status === 'done' ? 1 : status === 'running' ? (live ?? 0) : 0,
      filter: row.filter,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
      requestedById: row.requestedById,
      counts: row.counts,
    };
  }

  private async run(actor: ActingUser, id: string): Promise<void> {
    const file = this.fileOf(id);
    try {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      await this.removeOldFiles();
      // One snapshot for the whole file: every CSV and the manifest's counts see the same data,
      // however long the export takes and whatever is written meanwhile.
      const { row, counts } = await inOrganization(
        this.dataSource,
        actor.organizationId,
        async () => {
          const manager = this.dataSource.manager;
          const row = await this.find(manager, actor.organizationId, id);
          return { row, counts: await this.write(manager, actor.organizationId, row, file) };
        },
        { isolation: 'REPEATABLE READ' },
      );
      await inOrganization(this.dataSource, actor.organizationId, async () => {
        const manager = this.dataSource.manager;
        await manager.query(
          `UPDATE research_exports SET status = 'done', counts = $2, finished_at = now() WHERE id = $1`,
          [id, JSON.stringify(counts)],
        );
        await recordAudit(manager, actor, {
          action: 'export',
          resource: 'research-exports',
          recordId: id,
          detail: { filter: row.filter, counts, keyId: row.keyId },
        });
      });
    } catch (error) {
      // No values in the log: an SQL error can quote them.
      this.logger.error(`research export ${id} failed: ${(error as Error).name}`);
      await rm(file, { force: true }).catch(() => undefined);
      await inOrganization(this.dataSource, actor.organizationId, () =>
        this.dataSource.manager.query(
          `UPDATE research_exports SET status = 'failed', finished_at = now() WHERE id = $1`,
          [id],
        ),
      ).catch(() => undefined);
    } finally {
      this.progress.delete(id);
    }
  }

  /**
   * Streams every kind into the ZIP; returns the rows per file and what was
   * left out. Runs in the export's REPEATABLE READ transaction: the scope is
   * materialised once (SCOPE_TABLES), then the transaction only reads.
   */
  private async write(
    manager: EntityManager,
    organizationId: string,
    row: ExportRow,
    file: string,
  ): Promise<Record<string, number>> {
    const [key]: { secret: string }[] = await manager.query(
      `SELECT secret FROM research_pseudonym_keys WHERE id = $1`,
      [row.keyId],
    );
    const pseudonyms = new Pseudonymizer(key.secret);
    const f = row.filter;
    const parameters = [organizationId, f.from ?? null, f.to ?? null, f.municipality ?? null, f.track ?? null];

    // Every row of every cursor is read: plan for all of them, not for the first tenth (PostgreSQL's
    // default for a cursor, which picked index walks ten times slower here), with room to hash and sort.
    // No nested loops: the planner underestimates joins on the scope tables and then probes an index
    // once per row (a year's logs and labels by id: 44 s at national scale instead of 14 s hashed).
    await manager.query(`SET LOCAL cursor_tuple_fraction = 1`);
    await manager.query(`SET LOCAL work_mem = '64MB'`);
    await manager.query(`SET LOCAL enable_nestloop = off`);
    for (const scope of SCOPE_TABLES) {
      await manager.query(
        ...bindParameters(`CREATE TEMP TABLE ${scope.table} ON COMMIT DROP AS ${scope.sql}`, parameters),
      );
      await manager.query(`ALTER TABLE ${scope.table} ADD PRIMARY KEY (${scope.key})`);
      await manager.query(`ANALYZE ${scope.table}`);
    }
    await manager.query('SET TRANSACTION READ ONLY');

    const progress = new Progress(await this.expectedRows(manager, parameters), (share) =>
      this.progress.set(row.id, share),
    );
    const zip = new yazl.ZipFile();
    const output = createWriteStream(file, { mode: 0o600 });
    zip.outputStream.pipe(output);
    const counts: Record<string, number> = {};
    for (const [i, kind] of DATASET.entries()) {
      counts[kind.file.replace('.csv', '')] = await this.writeKind(manager, zip, kind, parameters, pseudonyms, (n) =>
        progress.advance(i, n),
      );
    }
    const [leftOut]: { persons: number; contactLogs: number }[] = await manager.query(LEFT_OUT_SQL);
    zip.addBuffer(Buffer.from(dictionary(), 'utf8'), 'data_dictionary.csv');
    zip.addBuffer(
      Buffer.from(
        JSON.stringify(
          {
            exportDate: row.exportDate,
            filter: row.filter,
            pseudonymKeyId: row.keyId,
            counts,
            leftOutForLackOfResearchConsent: leftOut,
            rules: {
              consent:
                'Persons with active research consent on the export date; a contact log only when every person on it has it; a household-level record only when every member has it.',
              pseudonyms:
                "Keyed hash (HMAC-SHA-256) of the internal id with the organisation's secret: stable across its exports while the key lasts, different in every organisation.",
              generalisation: 'Birth year to a five-year band; every date to its month.',
              freeText: 'Left out, except notes and questions marked cleared for research.',
            },
          },
          null,
          2,
        ),
        'utf8',
      ),
      'manifest.json',
    );
    zip.end();
    await once(output, 'close');
    return { ...counts, personsLeftOut: leftOut.persons, contactLogsLeftOut: leftOut.contactLogs };
  }

  /** The planner's estimate of each kind's rows (no counting pass): what the progress is measured against. */
  private async expectedRows(manager: EntityManager, parameters: unknown[]): Promise<number[]> {
    const expected: number[] = [];
    for (const kind of DATASET) {
      const [plan]: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] = await manager.query(
        ...bindParameters(`EXPLAIN (FORMAT JSON) ${kindSql(kind)}`, parameters),
      );
      expected.push(plan['QUERY PLAN'][0].Plan['Plan Rows']);
    }
    return expected;
  }

  /** One CSV from a server-side cursor, written as it is read (backpressure from the ZIP). */
  private async writeKind(
    manager: EntityManager,
    zip: yazl.ZipFile,
    kind: DatasetKind,
    parameters: unknown[],
    pseudonyms: Pseudonymizer,
    advance: (rows: number) => void,
  ): Promise<number> {
    const csv = new PassThrough();
    zip.addReadStream(csv, kind.file);
    const write = async (text: string) => {
      if (!csv.write(text)) await once(csv, 'drain');
    };
    await write('\uFEFF' + kind.columns.map((c) => c.name).join(',') + '\r\n');
    await manager.query(...bindParameters(`DECLARE research_rows NO SCROLL CURSOR FOR ${kindSql(kind)}`, parameters));
    let count = 0;
    try {
      for (;;) {
        const rows: Record<string, unknown>[] = await manager.query(`FETCH ${BATCH} FROM research_rows`);
        if (!rows.length) break;
        let chunk = '';
        for (const r of rows)
          chunk += kind.columns.map((c) => csvField(pseudonyms.cell(c.kind ?? 'plain', r[c.name]))).join(',') + '\r\n';
        await write(chunk);
        count += rows.length;
        advance(rows.length);
      }
    } finally {
      await manager.query('CLOSE research_rows');
    }
    csv.end();
    return count;
  }

  private async removeOldFiles(): Promise<void> {
    const limit = Date.now() - KEEP_FILES_DAYS * 24 * 3600 * 1000;
    for (const name of await readdir(this.folder)) {
      const file = path.join(this.folder, name);
      if ((await stat(file)).mtimeMs < limit) await rm(file, { force: true });
    }
  }
}

/**
 * The share done, from the rows written against the planner's estimates:
 * a kind's estimate gives way to its real count as it is written. Never goes
 * back, and stays below 1 until the file is done.
 */
class Progress {
  private readonly written: number[];
  private shown = 0;

  constructor(
    private readonly expected: number[],
    private readonly show: (share: number) => void,
  ) {
    this.written = expected.map(() => 0);
  }

  advance(kind: number, rows: number): void {
    this.written[kind] += rows;
    const done = this.written.reduce((a, b) => a + b, 0);
    const ahead = this.expected.reduce((sum, e, i) => sum + (i < kind ? 0 : Math.max(e - this.written[i], 0)), 0);
    this.shown = Math.max(this.shown, Math.min(0.99, done / Math.max(done + ahead, 1)));
    this.show(this.shown);
  }
}

const SELECT_EXPORT = `SELECT e.id, e.status, e.filter, e.created_at AS "createdAt", e.finished_at AS "finishedAt",
    e.requested_by_id AS "requestedById", e.counts, e.key_id AS "keyId", to_char(e.export_date, 'YYYY-MM-DD') AS "exportDate"
  FROM research_exports e`;

/** The data dictionary: every file, every column, its meaning and its values. */
export function dictionary(): string {
  const lines = ['\uFEFFfile,column,meaning,values'];
  for (const kind of DATASET) {
    lines.push([kind.file, '', kind.meaning, ''].map(csvField).join(','));
    for (const c of kind.columns)
      lines.push(
        [kind.file, c.name, c.meaning, c.values ?? (c.kind && c.kind !== 'plain' ? 'pseudonym' : '')]
          .map(csvField)
          .join(','),
      );
  }
  return lines.join('\r\n') + '\r\n';
}
