import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';

export interface ResolvedDatabase {
  url: string;
  /** Set when we started an embedded cluster and must stop it. */
  embedded?: EmbeddedDatabase;
  /** Embedded mode: the JWT secret generated once into DATA_DIR (used when JWT_SECRET is unset). */
  localJwtSecret?: string;
}

/** DATABASE_URL if set; otherwise the embedded PostgreSQL of DATA_DIR, with the local secrets kept there. */
export async function resolveDatabase(config: DatabaseConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const secrets = loadOrCreateLocalSecrets(config.dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, password: secrets.postgresPassword });
  return { url: embedded.url, embedded, localJwtSecret: secrets.jwtSecret };
}

/** PostgreSQL could not be reached or refused us: said in one line, without the password. */
export class DatabaseConnectionError extends Error {}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openMigratedDataSource(url: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseConnectionError(`Cannot connect to the PostgreSQL at ${describeUrl(url)}: ${connectionProblem(error)}`);
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
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
