import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { DatabaseConnectionError, migrateAsOwner, openRuntimeDataSource, resolveDatabase } from './database/database.js';
import { DatabaseRoleError } from './database/roles.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { takeOverShutdownSignals } from './database/shutdown.js';
import { createLogger } from './common/http/logger.js';
import { createApp } from './app.factory.js';
import { seedDemoIfEmpty, DEMO_LOGINS } from './database/seeds/demo-seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { config: runtime, embedded } = await resolveDatabase(config);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let dataSource: Awaited<ReturnType<typeof openRuntimeDataSource>> | undefined;

  // Ctrl-C: stop taking requests, close the pool, then stop PostgreSQL cleanly.
  takeOverShutdownSignals(async (signal) => {
    logger.info({ signal }, 'shutting down');
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    logger.info('stopped');
  });

  let seeded = false;
  try {
    // Migrations and the demo seed as the owner; requests as the runtime role (docs/security.md).
    const owner = await migrateAsOwner(runtime.databaseOwnerUrl, runtime.databaseUrl);
    try {
      seeded = runtime.seedDemo ? await seedDemoIfEmpty(owner) : false;
    } finally {
      await owner.destroy();
    }
    dataSource = await openRuntimeDataSource(runtime.databaseUrl);
    app = await createApp(runtime, dataSource, logger);
    await listen(app, runtime.port);
  } catch (error) {
    // Leave nothing running behind a failed start: an orphaned PostgreSQL would block the next one.
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }

  const url = `http://localhost:${runtime.port}`;
  const lines = [
    '',
    `Doorbraak is running at ${url}  (API docs: ${url}/api/docs)`,
    embedded ? `Embedded PostgreSQL data: ${runtime.dataDir}` : 'Using the PostgreSQL at DATABASE_URL (migrations as DATABASE_OWNER_URL)',
  ];
  if (runtime.seedDemo) {
    lines.push(seeded ? 'Demo data loaded. Demo logins:' : 'Demo logins (if the demo data is present):');
    for (const login of DEMO_LOGINS) lines.push(`  ${login.role.padEnd(12)} ${login.email}  /  ${login.password}`);
  }
  lines.push('Stop with Ctrl-C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

/** A port that is taken is the most common start-up failure; say so plainly. */
class PortInUseError extends Error {}

async function listen(app: Awaited<ReturnType<typeof createApp>>, port: number): Promise<void> {
  try {
    await app.listen(port);
  } catch (error) {
    if ((error as { code?: string })?.code === 'EADDRINUSE') {
      throw new PortInUseError(`Port ${port} is already in use: stop the other program, or start with another PORT (e.g. PORT=3001 npm start).`);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof EmbeddedPostgresError ||
    error instanceof DatabaseConnectionError ||
    error instanceof DatabaseRoleError ||
    error instanceof PortInUseError
  ) {
    process.stderr.write(`\nDoorbraak could not start.\n${error.message}\n`);
  } else {
    process.stderr.write(`\nDoorbraak could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
