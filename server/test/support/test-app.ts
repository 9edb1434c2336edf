import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/config.js';
import type { RuntimeConfig } from '../../src/config/runtime-config.js';
import { createDataSource } from '../../src/database/data-source.js';
import { openRuntimeDataSource } from '../../src/database/database.js';
import { createLogger } from '../../src/common/http/logger.js';
import { createApp } from '../../src/app.factory.js';
import { Organization } from '../../src/organizations/organization.entity.js';
import { User } from '../../src/users/user.entity.js';
import { hashPassword } from '../../src/auth/password.js';
import { Sessions } from '../../src/auth/sessions.js';
import { ROLES, type Role } from '../../src/auth/roles.js';

export const TEST_PASSWORD = 'Test-password-42';

export interface TestApp {
  app: INestApplication;
  /** The owner's connection, for fixtures and checks (past row-level security, like the operator's commands). */
  dataSource: DataSource;
  /** The app's own pool, as the runtime role. */
  appDataSource: DataSource;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/**
 * The app's pool in every API test: ONE connection. A query inside a
 * transaction that asks the pool instead of using the transaction's manager
 * would wait for the connection its own transaction holds: under load, with
 * every pooled connection held so, nothing moves (issue 19). Here it fails
 * the test: inside a request at once (`SecondConnectionError`), elsewhere
 * when the wait times out. The timeout leaves room for the sweeps' parallel
 * requests, which queue for the one connection behind a password hash each
 * on a busy machine.
 */
export const TEST_POOL = { max: 1, connectionTimeoutMillis: 20_000 };

/** The whole HTTP app on the run's real database (see global-setup). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  const ownerUrl = process.env.TEST_DATABASE_OWNER_URL;
  if (!url || !ownerUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global-setup)');
  const config = loadConfig({
    DATABASE_URL: url,
    DATABASE_OWNER_URL: ownerUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    CLIENT_DIR: '/nonexistent',
    ...env,
  }) as RuntimeConfig;
  const appDataSource = await openRuntimeDataSource(url, TEST_POOL);
  const dataSource = createDataSource(ownerUrl);
  await dataSource.initialize();
  const app = await createApp(config, appDataSource, createLogger('silent'));
  await app.init();
  return {
    app,
    dataSource,
    appDataSource,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (appDataSource.isInitialized) await appDataSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

export interface TestOrg {
  organization: Organization;
  users: Record<Role, User>;
  tokens: Record<Role, string>;
  auth: (role: Role) => { Authorization: string };
}

/** A fresh organisation with one user of every role and a token for each. */
export async function createTestOrg(testApp: TestApp, label = 'Org'): Promise<TestOrg> {
  const manager = testApp.dataSource.manager;
  const suffix = randomUUID().slice(0, 8);
  const organization = await manager.save(manager.create(Organization, { name: `${label} ${suffix}` }));
  const passwordHash = await hashPassword(TEST_PASSWORD, 4);
  const sessions = testApp.app.get(Sessions);
  const users = {} as Record<Role, User>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    users[role] = await manager.save(
      manager.create(User, {
        organizationId: organization.id,
        email: `${role}-${suffix}@test.example`,
        fullName: `${role} ${suffix}`,
        role,
        passwordHash,
        active: true,
      }),
    );
    tokens[role] = await sessions.start(users[role]);
  }
  return { organization, users, tokens, auth: (role) => ({ Authorization: `Bearer ${tokens[role]}` }) };
}

let counter = 0;
/** A unique household reference for this run. */
export const uniqueRef = (prefix = 'T') => `${prefix}-${process.pid}-${++counter}-${randomUUID().slice(0, 4)}`;

export function householdBody(overrides: Record<string, unknown> = {}) {
  return {
    reference: uniqueRef(),
    municipality: 'Zaanstad',
    shelterType: 'host_family',
    protectionBasis: 'temporary_protection',
    track: 'individual_support',
    ...overrides,
  };
}
