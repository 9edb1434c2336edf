import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * One request's unit of work: a transaction on one connection in which
 * `app.organization_id` is set, so PostgreSQL's row-level security limits
 * every query to the organisation of the acting user (migration
 * RowLevelSecurity). A query that forgets its organisation condition still
 * sees only that organisation's rows; a query outside any unit of work, on
 * the runtime role, sees none.
 */
interface UnitOfWork {
  organizationId: string;
  runner: QueryRunner;
}

const current = new AsyncLocalStorage<UnitOfWork>();

/** The organisation of the unit of work the caller runs in, if any. */
export function currentOrganizationId(): string | undefined {
  return current.getStore()?.organizationId;
}

/**
 * Runs `work` in one transaction bound to `organizationId`: committed when it
 * resolves, rolled back when it throws. Inside, the data source (see
 * `bindToUnitOfWork`) answers with this transaction's manager, so services
 * keep writing `dataSource.transaction(...)` (a savepoint here) and
 * repositories `dataSource.manager`, and no query asks the pool for a
 * second connection (which would deadlock under load and see no rows).
 */
export async function inOrganization<T>(dataSource: DataSource, organizationId: string, work: () => Promise<T>): Promise<T> {
  const outer = current.getStore();
  if (outer) {
    if (outer.organizationId !== organizationId) throw new Error('A unit of work cannot switch organisation');
    return work();
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    // `true`: local to this transaction, so the connection goes back to the pool without it.
    await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const result = await current.run({ organizationId, runner }, work);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

const BOUND = Symbol('doorbraak:bound-to-unit-of-work');

/**
 * Makes `dataSource.manager`, `.transaction()`, `.query()`, `.createQueryBuilder()`
 * and `.getRepository()` use the current unit of work's transaction when
 * there is one, and the pool otherwise (start-up, health, sign-in).
 * TypeORM's DataSource routes transaction() and getRepository() through
 * `manager`; query() and createQueryBuilder() take the runner.
 */
export function bindToUnitOfWork(dataSource: DataSource): DataSource {
  const bound = dataSource as DataSource & { [BOUND]?: true };
  if (bound[BOUND]) return dataSource;
  const poolManager: EntityManager = dataSource.manager;
  Object.defineProperty(dataSource, 'manager', {
    configurable: true,
    enumerable: true,
    get: () => current.getStore()?.runner.manager ?? poolManager,
  });
  const query = dataSource.query.bind(dataSource);
  dataSource.query = ((sql: string, parameters?: unknown[], runner?: QueryRunner) =>
    query(sql, parameters, runner ?? current.getStore()?.runner)) as DataSource['query'];
  const createQueryBuilder = dataSource.createQueryBuilder.bind(dataSource) as (...args: unknown[]) => unknown;
  dataSource.createQueryBuilder = ((entityOrRunner?: unknown, alias?: string, runner?: QueryRunner) => {
    const ambient = current.getStore()?.runner;
    if (alias) return createQueryBuilder(entityOrRunner, alias, runner ?? ambient);
    return createQueryBuilder(entityOrRunner ?? ambient);
  }) as DataSource['createQueryBuilder'];
  bound[BOUND] = true;
  return dataSource;
}
