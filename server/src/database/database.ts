import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { createDataSource, type PoolOptions } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';
import {
  EMBEDDED_OWNER_ROLE,
  EMBEDDED_RUNTIME_ROLE,
  assertRuntimeRoleConfined,
  ensureDatabaseRoles,
  grantRuntimeRole,
  roleOfUrl,
  urlForRole,
} from './roles.js';

export interface ResolvedDatabase {
  /** The runtime role: every request. */
  url: string;
  /** The owner: migrations, the demo seed and the operator commands. */
  ownerUrl: string;
  /** Set when we started an embedded cluster and must stop it. */
  embedded?: EmbeddedDatabase;
  /** Embedded mode: the JWT secret generated once into DATA_DIR (used when JWT_SECRET is unset). */
  localJwtSecret?: string;
}

/**
 * DATABASE_URL and DATABASE_OWNER_URL if set; otherwise the embedded
 * PostgreSQL of DATA_DIR, with the local secrets kept there and its two roles
 * made here (the owner and the runtime role, see roles.ts).
 */
export async function resolveDatabase(config: DatabaseConfig): Promise<ResolvedDatabase> {
  // loadConfig/loadDatabaseConfig refuse DATABASE_URL without DATABASE_OWNER_URL.
  if (config.databaseUrl) return { url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl! };
  const secrets = loadOrCreateLocalSecrets(config.dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, password: secrets.postgresPassword });
  const owner = { name: EMBEDDED_OWNER_ROLE, password: secrets.ownerPassword };
  const runtime = { name: EMBEDDED_RUNTIME_ROLE, password: secrets.appPassword };
  try {
    await ensureDatabaseRoles(embedded.url, owner, runtime);
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw error;
  }
  return {
    url: urlForRole(embedded.url, runtime),
    ownerUrl: urlForRole(embedded.url, owner),
    embedded,
    localJwtSecret: secrets.jwtSecret,
  };
}

/**
 * As the owner: applies pending migrations, then gives the runtime role of
 * `runtimeUrl` its privileges for this schema. The caller closes the result.
 */
export async function migrateAsOwner(ownerUrl: string, runtimeUrl: string): Promise<DataSource> {
  const owner = await openMigratedDataSource(ownerUrl);
  try {
    await grantRuntimeRole(owner, roleOfUrl(runtimeUrl));
  } catch (error) {
    await owner.destroy();
    throw error;
  }
  return owner;
}

/**
 * The app's connection pool, as the runtime role, refused if that role could
 * lift the organisation boundary. `pool`: the API tests run with one
 * connection (test/support/test-app.ts).
 */
export function openRuntimeDataSource(url: string, pool?: PoolOptions): Promise<DataSource> {
  return openDataSource(url, assertRuntimeRoleConfined, pool);
}

/** PostgreSQL could not be reached or refused us: said in one line, without the password. */
export class DatabaseConnectionError extends Error {}

/** Connects and applies pending migrations, each in its own transaction. */
export function openMigratedDataSource(url: string): Promise<DataSource> {
  return openDataSource(url, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
}

/** Connects (a failure said in one line), then runs `prepare`; the pool is closed again if that throws. */
async function openDataSource(
  url: string,
  prepare: (dataSource: DataSource) => Promise<unknown>,
  pool?: PoolOptions,
): Promise<DataSource> {
  const dataSource = createDataSource(url, pool);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseConnectionError(
      `Cannot connect to the PostgreSQL at ${describeUrl(url)}: ${connectionProblem(error)}`,
    );
  }
  try {
    await prepare(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** host:port/database, never the user name or password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** node-postgres errors carry a code; turn the common ones into advice. */
export function connectionProblem(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  switch (code) {
    case 'ECONNREFUSED':
      return 'nothing is listening there (is PostgreSQL running, and are host and port right?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name is unknown';
    case 'ETIMEDOUT':
      return 'the connection timed out';
    case '28P01':
    case '28000':
      return 'the user name or password is wrong';
    case '3D000':
      return 'the database does not exist';
    default:
      return message?.split('\n')[0] || 'unknown error';
  }
}
