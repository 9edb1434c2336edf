import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig, type LogLevel } from './config/config.js';
import { runtimeConfig } from './config/runtime-config.js';
import {
  DatabaseConnectionError,
  migrateAsOwner,
  openRuntimeDataSource,
  resolveDatabase,
} from './database/database.js';
import { DatabaseRoleError } from './database/roles.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { takeOverShutdownSignals } from './database/shutdown.js';
import { createLogger } from './common/http/logger.js';
import type { createApp } from './app.factory.js';

/** Known once the configuration is read: at debug or trace, a failed start also prints the stack. */
let logLevel: LogLevel | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  logLevel = config.logLevel;
  const logger = createLogger(config.logLevel);
  // Nest and its modules take seconds to load on a small machine: they load while PostgreSQL starts.
  const appModules = Promise.all([import('./app.factory.js'), import('./database/seeds/demo-seed.js')]);
  appModules.catch(() => undefined); // if the database fails first, that is the error to report
  const database = await resolveDatabase(config);
  const { embedded } = database;
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
  if (embedded?.stoppedLeftover) {
    logger.warn(
      { pid: embedded.stoppedLeftover },
      'stopped the embedded PostgreSQL that an earlier, killed Doorbraak had left running',
    );
  }

  let seeded: boolean;
  const [{ createApp }, { seedDemoIfEmpty, DEMO_LOGINS }] = await appModules.catch(async (error) => {
    await embedded?.stop().catch(() => undefined);
    throw error;
  });
  try {
    const runtime = runtimeConfig(config, database);
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
    // Leave nothing running behind a failed start.
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }

  const url = `http://localhost:${config.port}`;
  const lines = ['', `Doorbraak is running at ${url}  (API docs: ${url}/api/docs)`];
  if (!embedded) lines.push('Using the PostgreSQL at DATABASE_URL (migrations as DATABASE_OWNER_URL)');
  else if (embedded.clusterDir.startsWith(config.dataDir + path.sep))
    lines.push(`Embedded PostgreSQL data: ${config.dataDir}`);
  else lines.push(`Embedded PostgreSQL data: ${embedded.clusterDir} (secrets in ${config.dataDir})`);
  if (config.seedDemo) {
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
      throw new PortInUseError(
        `Port ${port} is already in use: stop the other program, or start with another PORT (e.g. PORT=3001 npm start).`,
      );
    }
    throw error;
  }
}

/** Every failed start ends here: exit code 1 and one line saying why (the stack only at LOG_LEVEL=debug). */
function failStart(error: unknown): never {
  const expected =
    error instanceof ConfigError ||
    error instanceof EmbeddedPostgresError ||
    error instanceof DatabaseConnectionError ||
    error instanceof DatabaseRoleError ||
    error instanceof PortInUseError;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const reason = expected || !(error instanceof Error) ? message : `${error.name}: ${message}`;
  process.stderr.write(`Doorbraak could not start: ${reason}\n`);
  if (!expected && (logLevel === 'debug' || logLevel === 'trace')) process.stderr.write(`${(error as Error)?.stack}\n`);
  process.exit(1);
}

let started = false;
// A start that waits on something that can no longer happen would otherwise end silently with code 0.
process.on('beforeExit', () => {
  if (!started) failStart(new Error('start-up stopped before the app was listening'));
});
main().then(() => (started = true), failStart);
