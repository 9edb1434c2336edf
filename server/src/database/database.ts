import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';

export interface ResolvedDatabase {
  config: RuntimeConfig;
  /** Set when we started an embedded cluster and must stop it. */
  embedded?: EmbeddedDatabase;
}

/** DATABASE_URL if set; otherwise an embedded PostgreSQL in DATA_DIR/postgres, with local secrets. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    return { config: { ...config, databaseUrl: config.databaseUrl, jwtSecret: config.jwtSecret! } };
  }
  const secrets = loadOrCreateLocalSecrets(config.dataDir);
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), secrets.postgresPassword);
  return {
    config: { ...config, databaseUrl: embedded.url, jwtSecret: config.jwtSecret ?? secrets.jwtSecret },
    embedded,
  };
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
