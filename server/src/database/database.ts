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

/** Connects and applies pending migrations, each in its own transaction. */
export async function openMigratedDataSource(url: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
