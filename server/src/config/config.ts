import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  port: number;
  /** Unset: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Unset only in embedded mode, where one is generated and kept in `dataDir`. */
  jwtSecret?: string;
  jwtExpiresIn: string;
  seedDemo: boolean;
  logLevel: LogLevel;
  corsOrigin?: string;
  loginRateLimit: number;
  clientDir: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, found from this file in src/ or in dist/server/src/. */
export const repoRoot = path.resolve(here, here.includes(`${path.sep}dist${path.sep}`) ? '../../../../..' : '../../..');

/** The one place that reads process.env; everything else gets an AppConfig. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;

  const port = parseInteger(env.PORT ?? '3000', 'PORT', 0, 65535, problems);
  const loginRateLimit = parseInteger(env.LOGIN_RATE_LIMIT ?? '10', 'LOGIN_RATE_LIMIT', 1, 100000, problems);

  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const jwtSecret = env.JWT_SECRET?.trim() || undefined;
  if (databaseUrl && !jwtSecret) {
    problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)');
  }
  if (jwtSecret && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters');
  }
  const seedDemo = parseBoolean(env.SEED_DEMO, !databaseUrl, 'SEED_DEMO', problems);
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data')),
    jwtSecret,
    jwtExpiresIn: env.JWT_EXPIRES_IN ?? '12h',
    seedDemo,
    logLevel,
    corsOrigin: env.CORS_ORIGIN?.trim() || undefined,
    loginRateLimit,
    clientDir: path.resolve(env.CLIENT_DIR ?? path.join(repoRoot, 'client', 'dist')),
  };
}

function parseInteger(raw: string, name: string, min: number, max: number, problems: string[]): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
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
