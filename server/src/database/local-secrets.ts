import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface LocalSecrets {
  jwtSecret: string;
  /** The cluster's superuser: only to make the two roles below. */
  postgresPassword: string;
  /** The owner of the schema (migrations, operator commands). */
  ownerPassword: string;
  /** The runtime role the app serves requests as. */
  appPassword: string;
}

/**
 * Secrets for the embedded default: generated once, kept in DATA_DIR so that
 * tokens and the cluster's password survive restarts. Owner-only file mode.
 */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
    if (stored.ownerPassword && stored.appPassword) return stored as LocalSecrets;
    // A data folder from before the two database roles: add their passwords, keep the rest.
    const upgraded = { ...stored, ownerPassword: newSecret(24), appPassword: newSecret(24) } as LocalSecrets;
    writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secrets: LocalSecrets = {
    jwtSecret: newSecret(48),
    postgresPassword: newSecret(24),
    ownerPassword: newSecret(24),
    appPassword: newSecret(24),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const newSecret = (bytes: number) => randomBytes(bytes).toString('base64url');
