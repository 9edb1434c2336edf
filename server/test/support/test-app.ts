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
import { OpenApiContract, type OpenApiDocument } from './openapi-contract.js';

export const TEST_PASSWORD = 'Test-password-42';

export interface TestApp {
  app: INestApplication;
  /** The owner's connection, for fixtures and checks (past row-level security, like the operator's commands). */
  dataSource: DataSource;
  /** The app's own pool, as the runtime role. */
  appDataSource: DataSource;
  /** Requests to the app; every answer is checked against the OpenAPI document (openapi-contract.ts). */
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

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
  const appDataSource = await openRuntimeDataSource(url);
  const dataSource = createDataSource(ownerUrl);
  await dataSource.initialize();
  const app = await createApp(config, appDataSource, createLogger('silent'));
  await app.init();
  const contract = await contractOf(app);
  return {
    app,
    dataSource,
    appDataSource,
    http: () => keepingContract(request(app.getHttpServer()), contract),
    close: async () => {
      await app.close();
      if (appDataSource.isInitialized) await appDataSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

let shared: OpenApiContract | undefined;

/** The app's own OpenAPI document, read once per test file (every app of a run serves the same routes). */
async function contractOf(app: INestApplication): Promise<OpenApiContract> {
  if (!shared) {
    const res = await request(app.getHttpServer()).get('/api/docs-json');
    if (res.status !== 200) throw new Error(`the OpenAPI document answered ${res.status}`);
    shared = new OpenApiContract(res.body as OpenApiDocument);
  }
  return shared;
}

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * supertest, with one assertion added to every request before the test's
 * own: the answer keeps the contract. A drift fails the test that saw it,
 * with the route, the status and what does not match.
 */
export function keepingContract(agent: ReturnType<typeof request>, contract: OpenApiContract): ReturnType<typeof request> {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !VERBS.has(property) || typeof value !== 'function') return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (url: string, ...rest: unknown[]) => request.Test).call(target, url, ...rest);
        return test.expect((res: request.Response) => {
          const problem = contract.problem(property, url, res);
          if (problem) throw new Error(`OpenAPI contract: ${problem}`);
        });
      };
    },
  });
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
