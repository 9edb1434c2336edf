import { ConfigError, type AppConfig } from './config.js';

/** The validated config once the database is known: both URLs and a JWT secret are always set. */
export type RuntimeConfig = AppConfig & { databaseUrl: string; databaseOwnerUrl: string; jwtSecret: string };

export const APP_CONFIG = Symbol('APP_CONFIG');

/** JWT_SECRET, or in embedded mode the one generated into DATA_DIR. */
export function runtimeConfig(
  config: AppConfig,
  database: { url: string; ownerUrl: string; localJwtSecret?: string },
): RuntimeConfig {
  const jwtSecret = config.jwtSecret ?? database.localJwtSecret;
  // loadConfig already refuses DATABASE_URL without JWT_SECRET; this keeps the type honest.
  if (!jwtSecret) throw new ConfigError(['JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)']);
  return { ...config, databaseUrl: database.url, databaseOwnerUrl: database.ownerUrl, jwtSecret };
}
