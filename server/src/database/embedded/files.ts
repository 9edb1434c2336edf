import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import type { OsUser } from './os-user.js';

/**
 * Creates a folder of Doorbraak's own (never one of the user's) with exactly
 * this mode, whatever the umask; an existing folder is left as it is.
 */
export function ensureOwnDir(dir: string, mode: number, owner?: OsUser): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, mode);
  if (owner) chownSync(dir, owner.uid, owner.gid);
}
