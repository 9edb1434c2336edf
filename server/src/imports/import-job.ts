import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { inOrganization, outsideUnitOfWork } from '../common/database/unit-of-work.js';
import { AppError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { IMPORT_FIELDS, type ImportKind } from './import-kinds.js';
import { ImportLookupCache, ImportLookups } from './import-lookups.js';
import { ImportRows, type ImportScope, type MappedRow } from './import-rows.js';
import type { CreateContactLogDto } from '../contact-logs/dto/contact-log.dto.js';
import { ImportsRepository, type ImportCounts, type ImportRecord, type RowProblem } from './imports.repository.js';

/**
 * Rows per chunk: read their keys at once, write their new contact logs at
 * once, and (when every valid row is applied) commit them together, so
 * progress shows and a crash loses one chunk.
 */
const CHUNK = 500;
/** Problems kept for the answer; the count goes on. */
export const MAX_PROBLEMS = 1000;

/** The API field a service names in its error, as the import calls it. */
const FIELD_OF_DTO: Record<string, string> = {
  householdId: 'householdReference',
  personIds: 'persons',
  labelIds: 'labels',
  labelMinutes: 'labels',
  employerId: 'employerName',
  personId: 'personFirstName',
};

class RollBack extends Error {}

/**
 * Runs an import's check or its application as a job after the request that
 * started it: the check writes every row in one transaction and rolls it
 * back (so it finds exactly what the import would refuse, rows that depend
 * on earlier rows included); the import commits per chunk, or, when the user
 * chose all or nothing, in one transaction that a single failed row rolls
 * back. Progress is kept here while it runs and stored as it goes.
 *
 * One process runs a job: a job of a process that stopped is reported
 * failed ("interrupted") when next read.
 */
@Injectable()
export class ImportJobs {
  private readonly running = new Map<string, ImportCounts>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly rows: ImportRows,
  ) {}

  progress(id: string): ImportCounts | undefined {
    return this.running.get(id);
  }

  isRunning(id: string): boolean {
    return this.running.has(id);
  }

  /**
   * Starts the job once the starting request's transaction has committed
   * (its status change with it): `answered` resolves true when the request
   * was answered with success, false when it failed and nothing changed.
   */
  startAfter(answered: Promise<boolean>, record: ImportRecord, actor: ActingUser, mode: 'check' | 'apply'): void {
    this.running.set(record.id, emptyCounts());
    outsideUnitOfWork(() => {
      void answered
        .then((ok) => (ok ? this.run(record, actor, mode) : undefined))
        .catch(() => this.fail(record, actor))
        .finally(() => this.running.delete(record.id));
    });
  }

  private async run(record: ImportRecord, actor: ActingUser, mode: 'check' | 'apply'): Promise<void> {
    const rows = await inOrganization(this.dataSource, record.organizationId, () => this.imports.rows(record.id));
    if (!rows) throw new Error('import without rows');
    const counts = this.running.get(record.id)!;
    const cache = new ImportLookupCache();
    const atOnce = mode === 'check' || record.allOrNothing;
    if (atOnce) {
      await inOrganization(this.dataSource, record.organizationId, async () => {
        await this.applyRows(record, actor, rows, 0, rows.length, counts, cache);
        // A check never keeps what it wrote; all or nothing keeps it only when every row went in.
        if (mode === 'check' || counts.rowsFailed > 0) throw new RollBack();
      }).catch((error) => {
        if (!(error instanceof RollBack)) throw error;
      });
      const status = mode === 'check' ? 'checked' : counts.rowsFailed > 0 ? 'failed' : 'done';
      const stored =
        mode === 'apply' && counts.rowsFailed > 0 ? { ...counts, created: 0, updated: 0, unchanged: 0 } : counts;
      await this.finish(record, actor, mode, status, stored);
      return;
    }
    for (let start = 0; start < rows.length; start += CHUNK) {
      await inOrganization(this.dataSource, record.organizationId, async () => {
        await this.applyRows(record, actor, rows, start, Math.min(rows.length, start + CHUNK), counts, cache);
        const last = start + CHUNK >= rows.length;
        if (!last) await this.imports.record(record.id, 'importing', counts);
      });
    }
    await this.finish(record, actor, mode, 'done', counts);
  }

  private async finish(
    record: ImportRecord,
    actor: ActingUser,
    mode: 'check' | 'apply',
    status: 'checked' | 'done' | 'failed',
    counts: ImportCounts,
  ) {
    await inOrganization(this.dataSource, record.organizationId, async () => {
      await this.imports.record(record.id, status, counts);
      if (mode === 'apply') {
        await recordAudit(this.dataSource.manager, actor, {
          action: 'create',
          resource: 'imports',
          recordId: record.id,
          fields: ['status', 'rowsDone', 'rowsFailed', 'created', 'updated', 'unchanged'],
        });
      }
    });
  }

  private async fail(record: ImportRecord, actor: ActingUser) {
    const counts = this.running.get(record.id) ?? emptyCounts();
    const problem: RowProblem = {
      row: 0,
      field: null,
      column: null,
      code: 'import_interrupted',
      message: 'the import stopped on an unexpected error; nothing after the last stored chunk was imported',
    };
    await this.finish(record, actor, 'check', 'failed', { ...counts, errors: [...counts.errors, problem] }).catch(
      () => undefined,
    );
  }

  private async applyRows(
    record: ImportRecord,
    actor: ActingUser,
    rows: string[][],
    from: number,
    to: number,
    counts: ImportCounts,
    cache: ImportLookupCache,
  ): Promise<void> {
    const manager = this.dataSource.manager;
    const stable = record.kind === 'contact-logs' || record.kind === 'placements';
    const scope = { actor, manager, lookups: new ImportLookups(manager, record.organizationId, stable, cache) };
    for (let start = from; start < to; start += CHUNK) {
      await this.applyChunk(record, scope, rows, start, Math.min(to, start + CHUNK), counts);
    }
  }

  /**
   * One chunk of rows. Each row's key is read for the whole chunk at once;
   * new contact logs, the bulk of any import, are written together
   * (`createMany`), and one by one only when that batch is refused, to
   * learn which row it was. Every other row goes through the resource's
   * service, each in a savepoint so a refused row leaves nothing behind.
   */
  private async applyChunk(
    record: ImportRecord,
    scope: ImportScope,
    rows: string[][],
    from: number,
    to: number,
    counts: ImportCounts,
  ): Promise<void> {
    const { manager } = scope;
    const items = rows.slice(from, to).map((row, k) => describeRow(record, row, from + k));
    const known = await this.imports.keys(
      manager,
      record.organizationId,
      record.kind,
      items.flatMap((item) => (item.keyHash ? [item.keyHash] : [])),
    );
    const pending: (RowItem & { input: CreateContactLogDto })[] = [];
    const flush = async () => {
      if (pending.length) await this.createTogether(record, scope, pending.splice(0), counts, known);
    };
    for (const item of items) {
      try {
        if (item.refused) throw item.refused;
        const key = known.get(item.keyHash);
        if (key && key.fingerprint === item.fingerprint) {
          counts.unchanged++;
          continue;
        }
        if (record.kind === 'contact-logs' && !key && !pending.some((p) => p.keyHash === item.keyHash)) {
          pending.push({ ...item, input: await this.rows.contactLogInput(item.mapped, scope) });
          continue;
        }
        // A row that updates, or repeats a key of this chunk: what came before it must be written first.
        await flush();
        await this.applyOne(record, scope, item, known.get(item.keyHash)?.recordId, counts, known);
      } catch (error) {
        this.refuse(record, item.index, error, counts);
      } finally {
        counts.rowsDone++;
      }
    }
    await flush();
  }

  private async applyOne(
    record: ImportRecord,
    scope: ImportScope,
    item: RowItem,
    knownId: string | undefined,
    counts: ImportCounts,
    known?: Map<string, { recordId: string; fingerprint: string }>,
  ): Promise<void> {
    const { manager } = scope;
    await manager.query('SAVEPOINT import_row');
    try {
      const applied = await this.rows.apply(record.kind, item.mapped, scope, knownId);
      await this.imports.saveKey(
        manager,
        record.organizationId,
        record.kind,
        item.keyHash,
        applied.recordId,
        item.fingerprint,
      );
      known?.set(item.keyHash, { recordId: applied.recordId, fingerprint: item.fingerprint });
      await manager.query('RELEASE SAVEPOINT import_row');
      counts[applied.outcome]++;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      throw error;
    }
  }

  private async createTogether(
    record: ImportRecord,
    scope: ImportScope,
    items: (RowItem & { input: CreateContactLogDto })[],
    counts: ImportCounts,
    known: Map<string, { recordId: string; fingerprint: string }>,
  ): Promise<void> {
    const { manager } = scope;
    await manager.query('SAVEPOINT import_batch');
    try {
      const ids = await this.rows.createContactLogs(
        scope,
        items.map((item) => item.input),
      );
      await this.imports.saveKeys(
        manager,
        record.organizationId,
        record.kind,
        items.map((item, i) => ({ keyHash: item.keyHash, recordId: ids[i], fingerprint: item.fingerprint })),
      );
      await manager.query('RELEASE SAVEPOINT import_batch');
      items.forEach((item, i) => known.set(item.keyHash, { recordId: ids[i], fingerprint: item.fingerprint }));
      counts.created += ids.length;
    } catch {
      await manager.query('ROLLBACK TO SAVEPOINT import_batch');
      for (const item of items) {
        try {
          await this.applyOne(record, scope, item, undefined, counts, known);
        } catch (error) {
          this.refuse(record, item.index, error, counts);
        }
      }
    }
  }

  private refuse(record: ImportRecord, index: number, error: unknown, counts: ImportCounts) {
    counts.rowsFailed++;
    for (const problem of problemsOf(error, record, index)) {
      if (counts.errors.length < MAX_PROBLEMS) counts.errors.push(problem);
    }
  }
}

/** A row ready to apply: its mapped fields and key, or why it is refused before anything is read. */
interface RowItem {
  index: number;
  mapped: MappedRow;
  keyHash: string;
  fingerprint: string;
  refused?: RowRefused;
}

function describeRow(record: ImportRecord, row: string[], index: number): RowItem {
  const mapped = mapRow(record, row);
  const fingerprint = hash(JSON.stringify(Object.entries(mapped).sort()));
  try {
    const missing = IMPORT_FIELDS[record.kind].find((f) => f.required && mapped[f.name] === undefined);
    if (missing) throw new RowRefused(missing.name, 'required', 'is required');
    const keyHash = hash(`${record.organizationId}\u0000${record.kind}\u0000${rowKey(record, row, mapped)}`);
    return { index, mapped, keyHash, fingerprint };
  } catch (error) {
    if (!(error instanceof RowRefused)) throw error;
    return { index, mapped, keyHash: '', fingerprint, refused: error };
  }
}

class RowRefused extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function emptyCounts(): ImportCounts {
  return { rowsDone: 0, rowsFailed: 0, created: 0, updated: 0, unchanged: 0, errors: [] };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** The mapped fields with a value, trimmed. */
export function mapRow(record: Pick<ImportRecord, 'columns' | 'mapping'>, row: string[]): MappedRow {
  const mapped: MappedRow = {};
  for (const [field, column] of Object.entries(record.mapping)) {
    const value = row[record.columns.indexOf(column)]?.trim();
    if (value) mapped[field] = value;
  }
  return mapped;
}

/**
 * What makes two rows the same record: the column the user chose, else
 * the kind's own key (a household's reference and member, an employer's
 * name and city), else the whole row.
 */
function rowKey(record: ImportRecord, row: string[], mapped: MappedRow): string {
  if (record.matchBy) {
    const value = row[record.columns.indexOf(record.matchBy)]?.trim();
    if (!value)
      throw new RowRefused(columnField(record, record.matchBy), 'required', 'the column rows are matched by is empty');
    return `column\u0000${value.toLowerCase()}`;
  }
  const natural: Partial<Record<ImportKind, (string | undefined)[]>> = {
    households: [mapped.reference, mapped.firstName, mapped.birthYear],
    employers: [mapped.name, mapped.city],
  };
  const parts = natural[record.kind];
  return parts
    ? `natural\u0000${parts.map((p) => p?.toLowerCase() ?? '').join('\u0000')}`
    : `row\u0000${JSON.stringify(Object.entries(mapped).sort())}`;
}

function columnField(record: ImportRecord, column: string): string {
  return Object.entries(record.mapping).find(([, c]) => c === column)?.[0] ?? column;
}

function problemsOf(error: unknown, record: ImportRecord, index: number): RowProblem[] {
  const row = index + 2;
  const at = (field: string | null) => ({ row, field, column: field ? (record.mapping[field] ?? null) : null });
  if (error instanceof RowRefused) return [{ ...at(error.field), code: error.code, message: error.message }];
  if (error instanceof AppError) {
    if (error.errors) {
      return Object.entries(error.errors).map(([dtoField, problem]) => {
        const field = FIELD_OF_DTO[dtoField.split('.')[0]] ?? dtoField.split('.')[0];
        return {
          ...at(IMPORT_FIELDS[record.kind].some((f) => f.name === field) ? field : null),
          code: problem.code,
          message: problem.message,
          ...(problem.params && { params: problem.params }),
        };
      });
    }
    return [{ ...at(null), code: error.code, message: error.message, ...(error.params && { params: error.params }) }];
  }
  // A constraint the database enforces (a check, a unique index): the row is refused, the statement not echoed.
  if (error instanceof QueryFailedError) {
    return [{ ...at(null), code: 'invalid_value', message: 'the database refused this row' }];
  }
  throw error;
}
