import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../../migrations/index.js';
import { SnakeNamingStrategy } from '../common/database/snake-naming.strategy.js';

/** The connection pool: its size, and how long a query waits for a connection before it fails. */
export interface PoolOptions {
  max: number;
  connectionTimeoutMillis: number;
}

const DEFAULT_POOL: PoolOptions = { max: 10, connectionTimeoutMillis: 10_000 };

/** Options shared by the app, the operator's CLI and the tests. `synchronize` is never on. */
export function dataSourceOptions(url: string, pool: PoolOptions = DEFAULT_POOL): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    logging: false,
    // A host that never answers fails the start within seconds instead of hanging it.
    extra: { max: pool.max, application_name: 'doorbraak', connectionTimeoutMillis: pool.connectionTimeoutMillis },
  };
}

export function createDataSource(url: string, pool?: PoolOptions): DataSource {
  return new DataSource(dataSourceOptions(url, pool));
}
