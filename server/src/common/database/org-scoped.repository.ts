import type { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import type { CaseRecord } from './record.entity.js';
import { applyListQuery } from '../list/list-query.js';
import { isUuid } from '../validation/uuid.js';
import type { ListQuery, ListResult, ListSpec } from '../list/list-spec.js';

/**
 * Queries for one case resource. Every query starts from `scoped()`, which
 * limits it to the acting user's organisation and leaves soft-deleted rows
 * out: a record of another organisation is simply not found.
 */
export abstract class OrgScopedRepository<E extends CaseRecord> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly entity: EntityTarget<E>,
    readonly alias: string,
    readonly spec: ListSpec,
  ) {}

  protected scoped(organizationId: string, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<E> {
    return manager
      .createQueryBuilder(this.entity, this.alias)
      .where(`${this.alias}.organizationId = :organizationId`, { organizationId });
  }

  /** Hook for resources that add computed columns or joins to their list. */
  protected listQuery(organizationId: string): SelectQueryBuilder<E> {
    return this.scoped(organizationId);
  }

  /**
   * `rowScope`: an SQL condition on this repository's alias that narrows what
   * the acting user may see inside their organisation (the permission
   * table's row limits, e.g. a matcher's persons in matching).
   */
  async findForList(organizationId: string, query: ListQuery, rowScope?: string): Promise<ListResult<E>> {
    const base = this.listQuery(organizationId);
    if (rowScope) base.andWhere(rowScope);
    const qb = applyListQuery(base, query, this.spec);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total, range: query.range };
  }

  /**
   * `alsoWrite`: a data-modifying CTE for the same statement, given the SQL
   * of a query selecting the found record's `id` (e.g. the read's audit row).
   */
  findOneInOrg(
    organizationId: string,
    id: string,
    options: {
      manager?: EntityManager;
      lock?: boolean;
      rowScope?: string;
      alsoWrite?: (recordIdQuery: string) => { sql: string; parameters: Record<string, unknown> };
    } = {},
  ): Promise<E | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const one = () => {
      const qb = this.scoped(organizationId, options.manager).andWhere(`${this.alias}.id = :id`, { id });
      if (options.rowScope) qb.andWhere(options.rowScope);
      return qb;
    };
    const qb = one();
    if (options.lock) qb.setLock('pessimistic_write');
    if (options.alsoWrite) {
      const write = options.alsoWrite(one().select(`${this.alias}.id`, 'id').getQuery());
      qb.addCommonTableExpression(write.sql, 'also_write').setParameters(write.parameters);
    }
    return qb.getOne();
  }

  /** How many of `ids` exist in the organisation (for reference checks). */
  async countInOrg(organizationId: string, ids: string[], manager?: EntityManager): Promise<number> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return 0;
    if (!unique.every(isUuid)) return -1;
    return this.scoped(organizationId, manager).andWhere(`${this.alias}.id IN (:...ids)`, { ids: unique }).getCount();
  }

  save(manager: EntityManager, record: E): Promise<E> {
    return manager.save(record);
  }

  create(manager: EntityManager, data: Partial<E>): E {
    return manager.create(this.entity, data as E);
  }

  async softRemove(manager: EntityManager, record: E): Promise<void> {
    await manager.softRemove(record);
    // softRemove reloads generated columns, the unselected ones too (households.municipalityKey): the answer keeps to what a read shows.
    for (const column of manager.connection.getMetadata(this.entity).columns) {
      if (!column.isSelect) delete (record as Record<string, unknown>)[column.propertyName];
    }
  }
}
