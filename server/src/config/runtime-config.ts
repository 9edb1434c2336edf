import type { AppConfig } from './config.js';

/** The validated config once the database is known: both URLs and a JWT secret are always set. */
export type RuntimeConfig = AppConfig & { databaseUrl: string; databaseOwnerUrl: string; jwtSecret: string };

export const APP_CONFIG = Symbol('APP_CONFIG');
