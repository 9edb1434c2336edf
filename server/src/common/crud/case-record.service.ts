import type { DataSource, EntityManager } from 'typeorm';
import type { CaseRecord } from '../database/record.entity.js';
import type { OrgScopedRepository } from '../database/org-scoped.repository.js';
import type { ActingUser } from '../auth/acting-user.js';
import { parseListQuery, type RawListParams } from '../list/list-query.js';
import type { ListResult } from '../list/list-spec.js';
import { conflict, notFound } from '../errors/app-error.js';
import type { RecordMeta } from './record-meta.dto.js';
import { auditCte, changedFields, recordAudit } from '../../audit-events/record-audit.js';

/** Fields a client may send back (react-admin sends the whole record) but never sets. */
const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'organizationId', 'version'] as const;

/**
 * Create, read, update and soft-delete of one case resource, in the
 * organisation of the acting user, each write in one transaction. A resource
 * adds its own rules in `prepare`.
 */
export abstract class CaseRecordService<E extends CaseRecord, C extends object, U extends RecordMeta> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly repository: OrgScopedRepository<E>,
    /** For messages: "Household not found". */
    protected readonly label: string,
  ) {}

  /** Whether showing one record writes a `read` audit event (persons and households do). */
  protected readonly auditReads: boolean = false;

  private get resource(): string {
    return this.repository.spec.resource;
  }

  /**
   * Checks references and rules, and returns the fields to store. `existing`
   * is the locked current record on update, undefined on create.
   */
  protected abstract prepare(
    actor: ActingUser,
    input: Partial<C>,
    existing: E | undefined,
    manager: EntityManager,
  ): Promise<Partial<E>>;

  /**
   * Hook: an SQL condition (on the repository's alias) limiting which of the
   * organisation's records this user may see at all; others are a 404. The
   * permission table says which role has such a limit.
   */
  protected rowScope(_actor: ActingUser): string | undefined {
    return undefined;
  }

  list(actor: ActingUser, params: RawListParams): Promise<ListResult<E>> {
    return this.repository.findForList(
      actor.organizationId,
      parseListQuery(params, this.repository.spec),
      this.rowScope(actor),
    );
  }

  async get(actor: ActingUser, id: string): Promise<E> {
    if (!this.auditReads) {
      const record = await this.repository.findOneInOrg(actor.organizationId, id, { rowScope: this.rowScope(actor) });
      if (!record) throw notFound(this.label);
      return record;
    }
    return this.dataSource.transaction(async (manager) => {
      // The record and its `read` audit row in one statement.
      const record = await this.repository.findOneInOrg(actor.organizationId, id, {
        manager,
        rowScope: this.rowScope(actor),
        alsoWrite: (recordIdQuery) => auditCte(actor, { action: 'read', resource: this.resource }, recordIdQuery),
      });
      if (!record) throw notFound(this.label);
      return record;
    });
  }

  create(actor: ActingUser, input: C): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const sent = withoutMeta(input);
      const fields = await this.prepare(actor, sent, undefined, manager);
      const record = this.repository.create(manager, { ...fields, organizationId: actor.organizationId });
      const saved = await this.repository.save(manager, record);
      await this.afterSave(actor, saved, sent, manager, true);
      // The record as stored (hooks may have written to it) and its audit row, in one statement.
      return (await this.repository.findOneInOrg(actor.organizationId, saved.id, {
        manager,
        alsoWrite: (recordIdQuery) =>
          auditCte(actor, { action: 'create', resource: this.resource, fields: Object.keys(sent) }, recordIdQuery),
      }))!;
    });
  }

  update(actor: ActingUser, id: string, input: U): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.findOneInOrg(actor.organizationId, id, {
        manager,
        lock: true,
        rowScope: this.rowScope(actor),
      });
      if (!existing) throw notFound(this.label);
      if (input.version !== undefined && input.version !== existing.version) {
        throw conflict(
          'stale_version',
          `${this.label} was changed by someone else (version ${existing.version}, yours ${input.version}); reload and try again`,
          {
            version: existing.version,
          },
        );
      }
      const before = { ...existing };
      const sent = withoutMeta(input) as Partial<C>;
      const fields = await this.prepare(actor, sent, existing, manager);
      Object.assign(existing, fields);
      await this.repository.save(manager, existing);
      await this.afterSave(actor, existing, sent, manager, false);
      const after = (await this.repository.findOneInOrg(actor.organizationId, id, { manager }))!;
      const changed = changedFields(before, after, [...new Set([...Object.keys(sent), ...Object.keys(fields)])]);
      await recordAudit(manager, actor, { action: 'update', resource: this.resource, recordId: id, fields: changed });
      return after;
    });
  }

  remove(actor: ActingUser, id: string): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.findOneInOrg(actor.organizationId, id, {
        manager,
        lock: true,
        rowScope: this.rowScope(actor),
      });
      if (!existing) throw notFound(this.label);
      await this.beforeRemove(actor, existing, manager);
      await this.repository.softRemove(manager, existing);
      await recordAudit(manager, actor, { action: 'delete', resource: this.resource, recordId: existing.id });
      return existing;
    });
  }

  /** Hook: write what belongs to the record but not to its row (links, history), in the same transaction. `created`: on create. */
  protected async afterSave(
    _actor: ActingUser,
    _record: E,
    _input: Partial<C>,
    _manager: EntityManager,
    _created: boolean,
  ): Promise<void> {}

  /** Hook: refuse a delete that would orphan other records. */
  protected async beforeRemove(_actor: ActingUser, _record: E, _manager: EntityManager): Promise<void> {}
}

function withoutMeta<T extends object>(input: T): Partial<T> {
  const copy = { ...input } as Record<string, unknown>;
  for (const field of META_FIELDS) delete copy[field];
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as Partial<T>;
}
