import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** What every command that uses the database needs (the operator CLI needs nothing more). */
export interface DatabaseConfig {
  /** The runtime role the app serves requests as. Unset: an embedded PostgreSQL is started for `dataDir`. */
  databaseUrl?: string;
  /** The role that owns the schema: migrations and operator commands. Required with `databaseUrl`. */
  databaseOwnerUrl?: string;
  dataDir: string;
}

/** What the server needs. */
export interface AppConfig extends DatabaseConfig {
  port: number;
  /** Unset only in embedded mode, where one is generated and kept in `dataDir`. */
  jwtSecret?: string;
  /** Session length in seconds (JWT_EXPIRES_IN, e.g. `12h`). */
  jwtExpiresIn: number;
  seedDemo: boolean;
  logLevel: LogLevel;
  /** Browser origins allowed to call the API from another site; empty: same origin only. */
  corsOrigins: string[];
  /** Send Strict-Transport-Security: only when browsers reach the app over HTTPS. */
  hsts: boolean;
  loginRateLimit: number;
  clientDir: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, found from this file in src/ or in dist/server/src/. */
export const repoRoot = path.resolve(here, here.includes(`${path.sep}dist${path.sep}`) ? '../../../../..' : '../../..');

/** The one place that reads process.env; everything else gets an AppConfig or a DatabaseConfig. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const { databaseUrl, databaseOwnerUrl, dataDir } = readDatabaseConfig(env, problems);

  // Port 0 would mean "any free port": the printed URL would be wrong, so it is refused.
  const port = parseInteger(env.PORT ?? '3000', 'PORT', 1, 65535, problems);
  const loginRateLimit = parseInteger(env.LOGIN_RATE_LIMIT ?? '10', 'LOGIN_RATE_LIMIT', 1, 100000, problems);

  const jwtSecret = env.JWT_SECRET?.trim() || undefined;
  if (databaseUrl && !jwtSecret) {
    problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)');
  }
  if (jwtSecret && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters');
  }
  const jwtExpiresIn = parseDuration(env.JWT_EXPIRES_IN ?? '12h', 'JWT_EXPIRES_IN', problems);
  const seedDemo = parseBoolean(env.SEED_DEMO, !databaseUrl, 'SEED_DEMO', problems);
  const hsts = parseBoolean(env.HSTS, false, 'HSTS', problems);
  const corsOrigins = parseOrigins(env.CORS_ORIGIN ?? '', problems);
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
    jwtSecret,
    jwtExpiresIn,
    seedDemo,
    logLevel,
    corsOrigins,
    hsts,
    loginRateLimit,
    clientDir: path.resolve(env.CLIENT_DIR ?? path.join(repoRoot, 'client', 'dist')),
  };
}

/**
 * For the operator commands (create-user, migrate, seed-demo): only where the
 * database is. JWT_SECRET, PORT and the other server settings are neither
 * needed nor checked.
 */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const problems: string[] = [];
  const config = readDatabaseConfig(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readDatabaseConfig(env: NodeJS.ProcessEnv, problems: string[]): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseOwnerUrl = env.DATABASE_OWNER_URL?.trim() || undefined;
  if (databaseUrl && !databaseOwnerUrl) {
    problems.push(
      'DATABASE_OWNER_URL is required when DATABASE_URL is set: the role that owns the tables and runs migrations, ' +
        'while DATABASE_URL names the runtime role the app serves requests as (see docs/security.md)',
    );
  }
  if (databaseOwnerUrl && !databaseUrl) {
    problems.push('DATABASE_OWNER_URL is only used together with DATABASE_URL');
  }
  if (databaseOwnerUrl && !/^postgres(ql)?:\/\//.test(databaseOwnerUrl)) {
    problems.push('DATABASE_OWNER_URL must start with postgres:// or postgresql://');
  }
  return { databaseUrl, databaseOwnerUrl, dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data')) };
}

function parseInteger(raw: string, name: string, min: number, max: number, problems: string[]): number {
  const value = Number(raw);
  // Number('') is 0: an empty value is a mistake, not a number.
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function parseBoolean(raw: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  problems.push(`${name} must be "true" or "false" (got "${raw}")`);
  return fallback;
}

const DURATION_UNITS: Record<string, number> = { m: 60, h: 3600, d: 86400 };

/** `30m`, `12h`, `7d`: a unit is required, since a bare number means milliseconds to the JWT library. */
function parseDuration(raw: string, name: string, problems: string[]): number {
  const match = /^([1-9]\d{0,5})([mhd])$/.exec(raw.trim());
  if (!match) {
    problems.push(`${name} must be a whole number of minutes, hours or days, like 30m, 12h or 7d (got "${raw}")`);
    return 0;
  }
  return Number(match[1]) * DURATION_UNITS[match[2]];
}

/** A comma-separated list of origins: scheme, host and optional port, nothing more. */
function parseOrigins(raw: string, problems: string[]): string[] {
  const origins: string[] = [];
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(part);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== part.replace(/\/$/, '').toLowerCase()) {
      problems.push(
        `CORS_ORIGIN must be a comma-separated list of origins like https://app.example.org (got "${part}")`,
      );
      continue;
    }
    origins.push(url.origin);
  }
  return origins;
}
