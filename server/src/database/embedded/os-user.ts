import { execFileSync } from 'node:child_process';
import { EmbeddedPostgresError } from './error.js';

/**
 * Where a root-run Doorbraak keeps what the `postgres` OS user must reach: the
 * PostgreSQL binaries and the clusters. The user's own folders (the clone,
 * DATA_DIR, a 0700 home) are never opened up for it.
 */
export const ROOT_STATE_DIR = '/var/lib/doorbraak';

export interface OsUser {
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * PostgreSQL refuses to run as root, so a root-run Doorbraak runs it as the
 * `postgres` user, created (as a system user without a home or login) when
 * missing. Not root: PostgreSQL runs as ourselves (undefined).
 */
export function postgresOsUser(): OsUser | undefined {
  if (!runningAsRoot()) return undefined;
  const existing = lookUp('postgres');
  if (existing) return existing;
  const problems: string[] = [];
  for (const [command, args] of [
    [
      'useradd',
      [
        '--system',
        '--user-group',
        '--no-create-home',
        '--home-dir',
        '/nonexistent',
        '--shell',
        '/usr/sbin/nologin',
        'postgres',
      ],
    ],
    // The group exists without the user (e.g. left by an uninstalled PostgreSQL package).
    [
      'useradd',
      [
        '--system',
        '--gid',
        'postgres',
        '--no-create-home',
        '--home-dir',
        '/nonexistent',
        '--shell',
        '/usr/sbin/nologin',
        'postgres',
      ],
    ],
    // BusyBox (Alpine).
    ['adduser', ['-S', '-D', '-H', '-s', '/sbin/nologin', 'postgres']],
  ] as const) {
    try {
      execFileSync(command, args, { stdio: 'pipe' });
      break;
    } catch (error) {
      problems.push(firstLine((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message));
    }
  }
  const created = lookUp('postgres');
  if (created) return created;
  throw new EmbeddedPostgresError(
    `Running as root, the embedded PostgreSQL runs as the "postgres" user, which does not exist and could not be created (${problems.at(-1)}): ` +
      'create it (useradd --system postgres), run as another user, or set DATABASE_URL.',
  );
}

function lookUp(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name], { stdio: 'pipe' }).toString().trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? ''
  );
}
