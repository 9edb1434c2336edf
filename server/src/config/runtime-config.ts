import type { AppConfig } from './config.js';

/** The validated config once the database is known: a URL and a JWT secret are always set. */
export type RuntimeConfig = AppConfig & { databaseUrl: string; jwtSecret: string };

export const APP_CONFIG = Symbol('APP_CONFIG');
