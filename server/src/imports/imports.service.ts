import { Injectable } from '@nestjs/common';
import type { ActingUser } from '../common/auth/acting-user.js';
import { can, type Resource } from '../common/auth/permissions.js';
import {
  conflict,
  fieldError,
  forbidden,
  invalidQuery,
  notFound,
  validationFailed,
  problem,
} from '../common/errors/app-error.js';
import { isUuid } from '../common/validation/uuid.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { DataSource } from 'typeorm';
import { IMPORT_FIELDS, IMPORT_KINDS, IMPORT_STATUSES, guessMapping, type ImportKind } from './import-kinds.js';
import { parseQueryJson, parseRange, type RawListParams } from '../common/list/list-query.js';
import { parseSheet } from './import-file.js';
import { ImportJobs } from './import-job.js';
import { ImportsRepository, type ImportRecord } from './imports.repository.js';
import type { SetUpImportDto } from './dto/import.dto.js';

/** What an import of a kind writes: the user must be allowed to create and update these. */
const WRITES: Record<ImportKind, Resource[]> = {
  households: ['households', 'persons'],
  'contact-logs': ['contact-logs'],
  employers: ['employers'],
  placements: ['placements'],
};

export type ImportView = Omit<ImportRecord, 'organizationId'> & {
  fields: { name: string; required: boolean; list: boolean }[];
  sample: string[][];
};

const SAMPLE_ROWS = 5;

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly jobs: ImportJobs,
  ) {}

  kindsFor(actor: ActingUser): ImportKind[] {
    return IMPORT_KINDS.filter((kind) =>
      WRITES[kind].every((r) => can(actor.role, r, 'create') && can(actor.role, r, 'update')),
    );
  }

  private assertKindAllowed(actor: ActingUser, kind: ImportKind) {
    if (!this.kindsFor(actor).includes(kind)) {
      throw forbidden(`Your role may not create and change what a ${kind} import writes`);
    }
  }

  async upload(actor: ActingUser, kind: ImportKind, file: { originalname: string; buffer: Buffer } | undefined) {
    this.assertKindAllowed(actor, kind);
    if (!file) throw fieldError('file', 'required', 'send the spreadsheet as the multipart field "file"');
    const sheet = await parseSheet(file.originalname, file.buffer);
    await this.imports.dropUnusedRows(actor.organizationId);
    const remembered = await this.imports.rememberedMapping(actor.organizationId, kind);
    // A remembered mapping applies where its columns are in this file; the rest is guessed from the headers.
    const guessed = guessMapping(kind, sheet.columns);
    const kept = Object.fromEntries(
      Object.entries(remembered?.mapping ?? {}).filter(([, column]) => sheet.columns.includes(column)),
    );
    const matchBy = remembered?.matchBy && sheet.columns.includes(remembered.matchBy) ? remembered.matchBy : null;
    const id = await this.imports.insert({
      organizationId: actor.organizationId,
      createdById: actor.id,
      kind,
      fileName: file.originalname.slice(0, 200),
      columns: sheet.columns,
      rows: sheet.rows,
      mapping: { ...guessed, ...kept },
      matchBy,
    });
    return this.get(actor, id);
  }

  /** Sorted by `createdAt` (newest first unless asked); `filter` may name a `kind` and a `status`, nothing else. */
  async list(actor: ActingUser, params: RawListParams) {
    const range = parseRange(params.range);
    const sort = params.sort === undefined ? ['createdAt', 'DESC'] : parseQueryJson(params.sort, 'sort');
    if (
      !Array.isArray(sort) ||
      sort.length !== 2 ||
      sort[0] !== 'createdAt' ||
      !['ASC', 'DESC'].includes(sort[1] as string)
    )
      throw invalidQuery('sort must be ["createdAt","ASC"] or ["createdAt","DESC"]');
    const filter = (params.filter === undefined ? {} : parseQueryJson(params.filter, 'filter')) as Record<
      string,
      unknown
    >;
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
      throw invalidQuery('filter must be a JSON object');
    for (const [key, value] of Object.entries(filter)) {
      const allowed: readonly string[] | undefined =
        key === 'kind' ? IMPORT_KINDS : key === 'status' ? IMPORT_STATUSES : undefined;
      if (!allowed) throw invalidQuery(`unknown filter ${key}; allowed: kind, status`);
      if (typeof value !== 'string' || !allowed.includes(value))
        throw invalidQuery(`filter.${key} must be one of ${allowed.join(', ')}`);
    }
    const kinds = this.kindsFor(actor).filter((k) => filter.kind === undefined || k === filter.kind);
    const result = await this.imports.list(
      actor.organizationId,
      kinds,
      range,
      filter.status as string | undefined,
      sort[1] as 'ASC' | 'DESC',
    );
    return { rows: result.rows.map((r) => this.view(r, [])), total: result.total, range };
  }

  async get(actor: ActingUser, id: string): Promise<ImportView> {
    const record = await this.find(actor, id);
    const sample = record.status === 'done' ? [] : await this.imports.sample(id, SAMPLE_ROWS);
    return this.view(record, sample);
  }

  async setUp(actor: ActingUser, id: string, input: SetUpImportDto): Promise<ImportView> {
    const record = await this.find(actor, id);
    this.assertIdle(record);
    if (record.status === 'done') throw conflict('import_finished', 'This import is done; upload the file again');
    const fields = IMPORT_FIELDS[record.kind];
    const problems: Record<string, ReturnType<typeof problem>> = {};
    for (const [field, column] of Object.entries(input.mapping)) {
      if (!fields.some((f) => f.name === field))
        problems[`mapping.${field}`] = problem('unknown_field', 'is not a field of this kind of import');
      else if (typeof column !== 'string' || !record.columns.includes(column))
        problems[`mapping.${field}`] = problem('import_no_such_column', 'names no column of the upload');
    }
    for (const f of fields) {
      if (f.required && !input.mapping[f.name]) problems[`mapping.${f.name}`] = problem('required', 'is required');
    }
    if (input.matchBy && !record.columns.includes(input.matchBy))
      problems.matchBy = problem('import_no_such_column', 'names no column of the upload');
    if (Object.keys(problems).length) throw validationFailed(problems);
    const matchBy = input.matchBy || null;
    await this.imports.setup(id, { mapping: input.mapping, matchBy, allOrNothing: input.allOrNothing ?? false });
    await this.imports.rememberMapping(actor.organizationId, record.kind, input.mapping, matchBy);
    return this.get(actor, id);
  }

  /** The dry run: every row written and rolled back. `answered`: see ImportJobs.startAfter. */
  async check(actor: ActingUser, id: string, answered: Promise<boolean>): Promise<ImportView> {
    const record = await this.find(actor, id);
    this.assertIdle(record);
    if (record.status === 'done') throw conflict('import_finished', 'This import is done; upload the file again');
    await this.imports.setStatus(id, 'checking');
    this.jobs.startAfter(answered, record, actor, 'check');
    return this.get(actor, id);
  }

  async run(actor: ActingUser, id: string, answered: Promise<boolean>): Promise<ImportView> {
    const record = await this.find(actor, id);
    this.assertIdle(record);
    if (record.status !== 'checked') {
      throw conflict(
        'import_not_checked',
        'Check the import (a dry run) before importing; a changed mapping needs a new check',
      );
    }
    await this.imports.setStatus(id, 'importing');
    await recordAudit(this.dataSource.manager, actor, {
      action: 'update',
      resource: 'imports',
      recordId: id,
      fields: ['status'],
    });
    this.jobs.startAfter(answered, record, actor, 'apply');
    return this.get(actor, id);
  }

  async remove(actor: ActingUser, id: string): Promise<ImportView> {
    const view = await this.get(actor, id);
    this.assertIdle(view);
    await this.imports.remove(id);
    return view;
  }

  private assertIdle(record: Pick<ImportRecord, 'id' | 'status'>) {
    if (this.jobs.isRunning(record.id) || record.status === 'checking' || record.status === 'importing') {
      throw conflict('import_running', 'This import is running; wait until it has finished');
    }
  }

  private async find(actor: ActingUser, id: string): Promise<ImportRecord> {
    const record = isUuid(id) ? await this.imports.find(actor.organizationId, id) : undefined;
    if (!record || !this.kindsFor(actor).includes(record.kind)) throw notFound('Import');
    const progress = this.jobs.progress(id);
    if (progress) return { ...record, ...progress };
    // A job that no process runs any more: its process stopped.
    if (record.status === 'checking' || record.status === 'importing') {
      return {
        ...record,
        status: 'failed',
        errors: [
          ...record.errors,
          {
            row: 0,
            field: null,
            column: null,
            code: 'import_interrupted',
            message: 'the server stopped during this import',
          },
        ],
      };
    }
    return record;
  }

  private view(record: ImportRecord, sample: string[][]): ImportView {
    const { organizationId: _o, ...rest } = record;
    return {
      ...rest,
      fields: IMPORT_FIELDS[record.kind].map((f) => ({ name: f.name, required: f.required, list: f.list ?? false })),
      sample,
    };
  }
}
