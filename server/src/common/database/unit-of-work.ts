import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

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
 * keep writing `dataSource.transaction(...)` (the same transaction here) and
 * repositories `dataSource.manager`, and no query asks the pool for a
 * second connection (which would deadlock under load and see no rows).
 * `isolation`: for a job that must read one snapshot (the research export
 * runs in REPEATABLE READ); only where the unit starts.
 */
export async function inOrganization<T>(
  dataSource: DataSource,
  organizationId: string,
  work: () => Promise<T>,
  options: { isolation?: IsolationLevel } = {},
): Promise<T> {
  const outer = current.getStore();
  if (outer) {
    if (outer.organizationId !== organizationId) throw new Error('A unit of work cannot switch organisation');
    if (options.isolation) throw new Error('A unit of work cannot change its isolation once started');
    return work();
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction(options.isolation);
    // `true`: local to this transaction, so the connection goes back to the pool without it.
    await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
  } catch (error) {
    await endUnit(runner);
    throw error;
  }
  return new OpenUnitOfWork(runner, organizationId).run(work);
}

/**
 * A unit of work whose transaction is open and whose organisation is set,
 * not yet running any work: the guard opens it with the session check in
 * one statement (`openUnitOfWork`), the interceptor runs the request in it.
 */
export class OpenUnitOfWork {
  private state: 'open' | 'running' | 'ended' = 'open';

  constructor(
    private readonly runner: QueryRunner,
    readonly organizationId: string,
  ) {}

  /** Runs `work` in this unit: committed when it resolves, rolled back when it throws. Once. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.state !== 'open') throw new Error('A unit of work runs once');
    this.state = 'running';
    try {
      const result = await current.run({ organizationId: this.organizationId, runner: this.runner }, work);
      await this.runner.commitTransaction();
      return result;
    } finally {
      this.state = 'ended';
      await endUnit(this.runner);
    }
  }

  /** Rolls back and gives the connection back, unless the unit ran (a request refused before its handler). */
  async abandon(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'ended';
    await endUnit(this.runner);
  }
}

/** Rolls back what is still open and gives the connection back to the pool. */
async function endUnit(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
  await runner.release();
}

/**
 * Opens a unit of work on one pooled connection: BEGIN, then `sql`, one
 * statement that finds the rows the caller needs and sets
 * `app.organization_id` itself (`set_config(..., true)` in its select list).
 * With no row the transaction is rolled back and null returned. Nothing may
 * run between the two but the caller's checks: `run` or `abandon` the unit.
 */
export async function openUnitOfWork<Row extends { organizationId: string }>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<{ row: Row; unit: OpenUnitOfWork } | null> {
  if (current.getStore()) throw new Error('A unit of work is already open');
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    const [row] = (await runner.query(sql, parameters)) as Row[];
    if (!row) {
      await endUnit(runner);
      return null;
    }
    return { row, unit: new OpenUnitOfWork(runner, row.organizationId) };
  } catch (error) {
    await endUnit(runner);
    throw error;
  }
}

const HELD = new WeakMap<object, OpenUnitOfWork>();

/**
 * Keeps the guard's open unit for the interceptor (`takeUnitOfWork`); if the
 * request ends without the unit running (refused in between), the unit is
 * rolled back and its connection returned when the response closes.
 */
export function holdUnitOfWork(
  request: object,
  response: { once(event: 'close', listener: () => void): unknown },
  unit: OpenUnitOfWork,
): void {
  HELD.set(request, unit);
  response.once('close', () => void unit.abandon());
}

/** The unit of work the guard opened for this request, once. */
export function takeUnitOfWork(request: object): OpenUnitOfWork | undefined {
  const unit = HELD.get(request);
  HELD.delete(request);
  return unit;
}

const BOUND = Symbol('doorbraak:bound-to-unit-of-work');

/**
 * Makes `dataSource.manager`, `.transaction()` (see above), `.query()`, `.createQueryBuilder()`
 * and `.getRepository()` use the current unit of work's transaction when
 * there is one, and the pool otherwise (start-up, health, sign-in).
 * TypeORM's DataSource routes transaction() and getRepository() through
 * `manager`; query() and createQueryBuilder() take the runner.
 */
export function bindToUnitOfWork(dataSource: DataSource): DataSource {
  const bound = dataSource as DataSource & { [BOUND]?: true };
  if (bound[BOUND]) return dataSource;
  const poolManager: EntityManager = dataSource.manager;
  // Inside a unit of work, a service's transaction is the unit's own: one
  // transaction per request, without a SAVEPOINT and RELEASE round trip each.
  // (Nothing inside a request catches a database error and carries on: an
  // error rolls the whole unit back.)
  const transaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
  dataSource.transaction = (isolationOrWork: unknown, work?: unknown) => {
    const unit = current.getStore();
    if (!unit) return transaction(isolationOrWork, work);
    const run = (typeof isolationOrWork === 'function' ? isolationOrWork : work) as (
      manager: EntityManager,
    ) => Promise<unknown>;
    return run(unit.runner.manager);
  };
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
  refuseSecondConnection(dataSource);
  bound[BOUND] = true;
  return dataSource;
}

/** A query inside a unit of work asked the pool for a connection of its own. */
export class SecondConnectionError extends Error {
  constructor() {
    super("A query inside a unit of work asked the pool for a second connection; use the transaction's manager");
  }
}

/**
 * Inside a unit of work every query must run on its transaction: one that
 * takes another pooled connection sees none of the transaction's rows and,
 * when every connection is held by a request waiting so, waits for the
 * connect timeout (the cliff of issue 19). It fails at once instead.
 */
function refuseSecondConnection(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection: () => Promise<unknown> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => (current.getStore() ? Promise.reject(new SecondConnectionError()) : obtain());
}

/**
 * Runs `work` outside any unit of work: a job a request starts (an import,
 * a research export) must not run in, nor outlive, that request's
 * transaction; it opens its own with `inOrganization`.
 */
export function outsideUnitOfWork<T>(work: () => T): T {
  return current.exit(work);
}
