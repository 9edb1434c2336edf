import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError } from './error.js';
import { ensureOwnDir } from './files.js';
import { ROOT_STATE_DIR, type OsUser } from './os-user.js';

/** Where one embedded cluster lives. */
export interface ClusterLocation {
  /** PostgreSQL's data directory (PGDATA), owned by the user PostgreSQL runs as, mode 0700. */
  pgdata: string;
  /** Doorbraak's files about the cluster: `postgres.log` and `postgres-owner.json`. */
  stateDir: string;
  /** What the operator knows it by, for messages: the data folder. */
  name: string;
}

/** Records which cluster a root-run DATA_DIR uses (the cluster itself is in ROOT_STATE_DIR/clusters). */
const POINTER_FILE = 'postgres-cluster.json';

/**
 * The cluster of a DATA_DIR. Run as the user itself: `DATA_DIR/postgres`.
 * Run as root: PostgreSQL runs as `postgres`, who must not need to enter the
 * user's folders, so the cluster lives in ROOT_STATE_DIR/clusters/<id>, and
 * DATA_DIR (which keeps the secrets) records the id. The id is random rather
 * than derived from the path, so that moving DATA_DIR keeps its data.
 */
export function clusterOfDataDir(dataDir: string, runAs: OsUser | undefined): ClusterLocation {
  const name = `the data folder ${dataDir}`;
  // Normally made already, holding the secrets; made here as only its owner may enter it, otherwise left as it is.
  ensureOwnDir(dataDir, 0o700);
  const inDataDir = { pgdata: path.join(dataDir, 'postgres'), stateDir: dataDir, name };
  if (!runAs) return inDataDir;
  const pointer = path.join(dataDir, POINTER_FILE);
  // A root-run cluster made in DATA_DIR by an earlier version (which had the folders above it opened up) stays there.
  if (!existsSync(pointer) && existsSync(path.join(inDataDir.pgdata, 'PG_VERSION'))) return inDataDir;

  const id = existsSync(pointer) ? readClusterId(pointer) : createClusterId(pointer);
  const stateDir = path.join(ROOT_STATE_DIR, 'clusters', id);
  prepareRootCluster(stateDir, runAs);
  // For the operator who finds the folder: which data folder it belongs to.
  writeFileSync(path.join(stateDir, 'data-dir'), `${dataDir}\n`, { mode: 0o644 });
  return { pgdata: path.join(stateDir, 'pgdata'), stateDir, name };
}

/** Where a removed DATA_DIR's cluster is, if it is not inside DATA_DIR itself (see clusterOfDataDir). */
export function rootClusterOfDataDir(dataDir: string): string | undefined {
  const pointer = path.join(dataDir, POINTER_FILE);
  return existsSync(pointer) ? path.join(ROOT_STATE_DIR, 'clusters', readClusterId(pointer)) : undefined;
}

/**
 * A cluster for one run of the tests, the benchmark or generate-migration,
 * deleted by `remove()`. As root in ROOT_STATE_DIR/throwaway (where stale
 * ones of dead processes are swept first), otherwise in the temp folder.
 */
export function throwawayCluster(purpose: string, runAs: OsUser | undefined): ClusterLocation & { remove(): void } {
  const name = `a throw-away cluster for ${purpose}`;
  if (!runAs) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `doorbraak-${purpose}-`));
    return {
      pgdata: path.join(dir, 'postgres'),
      stateDir: dir,
      name,
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const stateDir = path.join(ROOT_STATE_DIR, 'throwaway', `${purpose}-${randomBytes(6).toString('hex')}`);
  prepareRootCluster(stateDir, runAs);
  return {
    pgdata: path.join(stateDir, 'pgdata'),
    stateDir,
    name,
    remove: () => rmSync(stateDir, { recursive: true, force: true }),
  };
}

/** The throw-away clusters of processes that died before removing theirs (a killed test run). */
export function staleThrowawayClusters(isAlive: (pid: number) => boolean): ClusterLocation[] {
  const dir = path.join(ROOT_STATE_DIR, 'throwaway');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((entry) => path.join(dir, entry))
    .filter((stateDir) => {
      const owner = readOwner(stateDir);
      // No owner yet: being set up right now by another process.
      return owner !== undefined && !isAlive(owner.pid);
    })
    .map((stateDir) => ({ pgdata: path.join(stateDir, 'pgdata'), stateDir, name: stateDir }));
}

/**
 * ROOT_STATE_DIR/<kind>/<id> is root's and only traversable by others (0711);
 * inside it `pgdata` belongs to the postgres user (0700), as PostgreSQL requires.
 */
function prepareRootCluster(stateDir: string, runAs: OsUser): void {
  ensureOwnDir(ROOT_STATE_DIR, 0o755);
  ensureOwnDir(path.dirname(stateDir), 0o711);
  ensureOwnDir(stateDir, 0o711);
  // Claimed at once, so that a sweep by another process never takes it for stale.
  if (!readOwner(stateDir)) writeOwner(stateDir);
  ensureOwnDir(path.join(stateDir, 'pgdata'), 0o700, runAs);
}

function createClusterId(pointer: string): string {
  const id = randomUUID();
  const note = `Run as root, PostgreSQL runs as the postgres user; this data folder's cluster is ${path.join(ROOT_STATE_DIR, 'clusters', id)}.`;
  writeFileSync(pointer, JSON.stringify({ clusterId: id, note }, null, 2) + '\n', { mode: 0o644 });
  return id;
}

function readClusterId(pointer: string): string {
  let id: unknown;
  try {
    id = (JSON.parse(readFileSync(pointer, 'utf8')) as { clusterId?: unknown }).clusterId;
  } catch {
    id = undefined;
  }
  // The id becomes part of a path that root creates and chowns: nothing but a UUID is accepted.
  if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new EmbeddedPostgresError(
      `${pointer} does not hold a cluster id: restore it from a backup, or remove it to start with an empty database.`,
    );
  }
  return id;
}

/** The process that uses a cluster: it started its PostgreSQL (or is setting the cluster up). */
interface Owner {
  pid: number;
}

const OWNER_FILE = 'postgres-owner.json';

export function writeOwner(stateDir: string): void {
  writeFileSync(path.join(stateDir, OWNER_FILE), JSON.stringify({ pid: process.pid } satisfies Owner) + '\n', {
    mode: 0o644,
  });
}

export function readOwner(stateDir: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path.join(stateDir, OWNER_FILE), 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

export function removeOwner(stateDir: string): void {
  rmSync(path.join(stateDir, OWNER_FILE), { force: true });
}
