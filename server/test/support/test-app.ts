import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
import { errorBodyProblems } from '../../src/common/errors/error-codes-doc.js';
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
  const violations = watchErrorCodes(app.getHttpServer());
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
      // Every error any test provoked had to carry codes from the one list (docs/api.md, "Error codes").
      if (violations.length)
        throw new Error(`error answers without a listed code:\n${violations.slice(0, 20).join('\n')}`);
    },
  };
}

/**
 * Reads every answer of 400 and above as it leaves the server (whatever
 * wrote it: the exception filter, the JSON body reader, Nest itself) and
 * notes each whose body lacks a code from the list, or a code for one of
 * its fields. `close()` fails the suite on any, so every e2e test checks
 * the contract for the errors it provokes.
 */
function watchErrorCodes(server: Server): string[] {
  const violations: string[] = [];
  const [handler] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      // The health check's 503 reports the database's state; it is no error of a request.
      if (res.statusCode >= 400 && !req.url?.startsWith('/api/health')) {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        const problems = errorBodyProblems(res.statusCode, body);
        if (problems.length)
          violations.push(`${req.method} ${req.url?.slice(0, 120)} → ${res.statusCode}: ${problems.join('; ')}`);
      }
      return end(chunk, ...rest);
    }) as typeof res.end;
    handler(req, res);
  });
  return violations;
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
export function keepingContract(
  agent: ReturnType<typeof request>,
  contract: OpenApiContract,
): ReturnType<typeof request> {
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
