import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import bcrypt from 'bcryptjs';
import { JwtService } from '@nestjs/jwt';
import { Sessions } from '../src/auth/sessions.js';
import { User } from '../src/users/user.entity.js';
import { hashPassword } from '../src/auth/password.js';
import {
  createTestApp,
  createTestOrg,
  householdBody,
  TEST_PASSWORD,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

/** 20 requests at once, half a 650 KB login of 50,000 keys, half a contact log with 60,000 labelMinutes; prints the statuses. */
const FLOOD_SCRIPT = `
const wide = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => ['key' + i, 'v']));
const login = JSON.stringify({ email: 'a@test.example', password: 'x', ...wide(50000) });
const log = JSON.stringify({ minutes: 10, labelMinutes: wide(60000) });
const post = (path, body, auth) => fetch(process.env.BASE + path, {
  method: 'POST', body, headers: { 'Content-Type': 'application/json', ...(auth && { Authorization: 'Bearer ' + process.env.TOKEN }) },
}).then((r) => r.status);
process.stdout.write('sending\\n');
const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? post('/api/contact-logs', log, true) : post('/api/auth/login', login))));
process.stdout.write(JSON.stringify(statuses) + '\\n');
`;

/**
 * The defects of the security test in issue 11 (sessions and passwords, input
 * that stalls or breaks the server, responses and files), each as it was found.
 */
describe('trust: sessions, passwords, input limits, responses', () => {
  let t: TestApp;
  let org: TestOrg;
  let addressCounter = 0;
  /** A client address of its own per sign-in sequence (the app trusts X-Forwarded-For from loopback). */
  const newAddress = () => `198.51.100.${++addressCounter}`;

  const login = (email: string, password: string, address = newAddress(), extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email, password, ...extra });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (token: string) => t.http().get('/api/auth/me').set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '5' });
    org = await createTestOrg(t, 'Trust');
  });
  afterAll(() => t.close());

  /** A fresh colleague in `target` (default: the test organisation) with a known password and a cheap hash. */
  async function colleague(
    role: User['role'] = 'caseworker',
    target: TestOrg = org,
    password = TEST_PASSWORD,
    email = `colleague-${randomUUID().slice(0, 8)}@test.example`,
  ): Promise<User> {
    const manager = t.dataSource.manager;
    return manager.save(
      manager.create(User, {
        organizationId: target.organization.id,
        email,
        fullName: 'Colleague',
        role,
        passwordHash: await hashPassword(password, 4),
        active: true,
      }),
    );
  }

  async function signIn(user: User, password = TEST_PASSWORD): Promise<string> {
    return (await login(user.email, password).expect(200)).body.accessToken as string;
  }

  describe('sessions end when they should', () => {
    it('logout ends only the session it is called with', async () => {
      const user = await colleague();
      const first = await signIn(user);
      const second = await signIn(user);
      await me(first).expect(200);
      await t.http().post('/api/auth/logout').set(bearer(first)).expect(204);
      await me(first).expect(401);
      await t.http().post('/api/auth/logout').set(bearer(first)).expect(401);
      await me(second).expect(200);
    });

    it('a password change of their own ends every earlier session of the user', async () => {
      const user = await colleague();
      const laptop = await signIn(user);
      const phone = await signIn(user);
      await t
        .http()
        .post('/api/auth/change-password')
        .set(bearer(laptop))
        .set('X-Forwarded-For', newAddress())
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'A-new-pass-2026' })
        .expect(204);
      await me(laptop).expect(401);
      await me(phone).expect(401);
      await me(await signIn(user, 'A-new-pass-2026')).expect(200);
    });

    it.each([
      ['an admin resets the password', { password: 'Reset-by-admin-77' }],
      ['an admin changes the role', { role: 'researcher' }],
      ['an admin deactivates the account', { active: false }],
    ])('every earlier token answers 401 when %s', async (_what, change) => {
      const user = await colleague();
      const token = await signIn(user);
      await t.http().put(`/api/users/${user.id}`).set(org.auth('admin')).send(change).expect(200);
      await me(token).expect(401);
    });

    it('an email or name change ends no session', async () => {
      const user = await colleague();
      const token = await signIn(user);
      await t
        .http()
        .put(`/api/users/${user.id}`)
        .set(org.auth('admin'))
        .send({ fullName: 'Renamed Colleague' })
        .expect(200);
      await me(token).expect(200);
    });

    it('reactivating an account does not revive its old tokens', async () => {
      const user = await colleague();
      const token = await signIn(user);
      await t.http().delete(`/api/users/${user.id}`).set(org.auth('admin')).expect(200);
      await t.http().put(`/api/users/${user.id}`).set(org.auth('admin')).send({ active: true }).expect(200);
      await me(token).expect(401);
      await me(await signIn(user)).expect(200);
    });

    it('refuses a validly signed token that names no session, or another user', async () => {
      const user = await colleague();
      const jwt = t.app.get(JwtService);
      await me(await jwt.signAsync({ sub: user.id })).expect(401);
      await me(await jwt.signAsync({ sub: user.id }, { jwtid: randomUUID() })).expect(401);
      const token = await t.app.get(Sessions).start(user);
      const { jti } = jwt.decode<{ jti: string }>(token);
      await me(await jwt.signAsync({ sub: org.users.admin.id }, { jwtid: jti })).expect(401);
      await me(token).expect(200);
    });
  });

  describe('passwords', () => {
    const long = 'Correct-horse-battery-staple-'.repeat(3); // 87 bytes

    it('count as a whole: passwords sharing their first 72 bytes are different passwords', async () => {
      const email = `long-${randomUUID().slice(0, 8)}@test.example`;
      await t
        .http()
        .post('/api/users')
        .set(org.auth('admin'))
        .send({ email, fullName: 'Long Password', role: 'caseworker', password: `${long}one` })
        .expect(201);
      await login(email, `${long}two`).expect(401);
      await login(email, `${long}one`).expect(200);
      // Cyrillic is two bytes a letter: 40 letters are 80 bytes.
      const cyrillic = `${'пароль'.repeat(6)}дуже`;
      const user = await colleague('caseworker', org, `${cyrillic}-1`);
      await login(user.email, `${cyrillic}-2`).expect(401);
      await login(user.email, `${cyrillic}-1`).expect(200);
    });

    it('a hash from before still signs in once and is then replaced by the new kind', async () => {
      const user = await colleague();
      await t.dataSource.query('UPDATE users SET password_hash = $1 WHERE id = $2', [
        await bcrypt.hash('Legacy-password-1', 4),
        user.id,
      ]);
      await login(user.email, 'Legacy-password-2').expect(401);
      await login(user.email, 'Legacy-password-1').expect(200);
      const [{ password_hash: stored }] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
        user.id,
      ]);
      expect(stored).toMatch(/^hmac-sha256:\$2/);
      await login(user.email, 'Legacy-password-1').expect(200);
    });
  });

  describe('sign-in limiting', () => {
    it('does not let wrong attempts from elsewhere lock the user out of their own address', async () => {
      const victim = await colleague();
      const attacker = newAddress();
      const answers: number[] = [];
      for (let i = 0; i < 11; i++) answers.push((await login(victim.email, `wrong-password-${i}`, attacker)).status);
      expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(answers.slice(5)).toEqual([429, 429, 429, 429, 429, 429]);
      await login(victim.email, TEST_PASSWORD, newAddress()).expect(200);
    });

    it('limits per address and e-mail with Retry-After, and the address as a whole at ten times that', async () => {
      const user = await colleague();
      const address = newAddress();
      for (let i = 0; i < 5; i++) await login(user.email, 'wrong-password-1', address).expect(401);
      const refused = await login(user.email, TEST_PASSWORD, address).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      // The same address may still sign in as someone else, up to its own budget of 50 a minute.
      const other = await colleague();
      await login(other.email, TEST_PASSWORD, address).expect(200);
      const crowd = newAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const someone = await colleague();
        for (let j = 0; j < (i < 10 ? 5 : 1); j++)
          statuses.push((await login(someone.email, 'wrong-password-1', crowd)).status);
      }
      expect(statuses.slice(0, 50)).toEqual(Array(50).fill(401));
      expect(statuses[50]).toBe(429);
    });
  });

  describe('the last active admin', () => {
    /** An organisation with exactly two active admins, each with a session. */
    async function twoAdmins(): Promise<{
      target: TestOrg;
      a: { id: string; token: string };
      b: { id: string; token: string };
    }> {
      const target = await createTestOrg(t, 'Admins');
      const second = await colleague('admin', target);
      return {
        target,
        a: { id: target.users.admin.id, token: target.tokens.admin },
        b: { id: second.id, token: await t.app.get(Sessions).start(second) },
      };
    }

    const activeAdmins = async (organizationId: string) =>
      Number(
        (
          await t.dataSource.query(
            `SELECT count(*) AS n FROM users WHERE organization_id = $1 AND role = 'admin' AND active`,
            [organizationId],
          )
        )[0].n,
      );

    it.each([
      [
        'demote',
        (id: string, token: string) => t.http().put(`/api/users/${id}`).set(bearer(token)).send({ role: 'caseworker' }),
      ],
      ['deactivate', (id: string, token: string) => t.http().delete(`/api/users/${id}`).set(bearer(token))],
    ])('is kept when two admins %s each other at the same moment', async (_what, act) => {
      for (let round = 0; round < 6; round++) {
        const { target, a, b } = await twoAdmins();
        const answers = await Promise.all([act(b.id, a.token), act(a.id, b.token)]);
        expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
        expect(await activeAdmins(target.organization.id)).toBe(1);
      }
    });
  });

  describe('accounts and e-mail addresses across organisations', () => {
    let other: TestOrg;
    beforeAll(async () => {
      other = await createTestOrg(t, 'Other');
    });
    const create = (target: TestOrg, email: string, password = 'Strong-pass-2026') =>
      t
        .http()
        .post('/api/users')
        .set(target.auth('admin'))
        .send({ email, fullName: 'Same Address', role: 'caseworker', password });

    it('does not tell an admin that an address has an account in another organisation', async () => {
      const email = `shared-${randomUUID().slice(0, 8)}@test.example`;
      await create(other, email).expect(201);
      const mine = await create(org, email, 'Another-pass-2026').expect(201);
      expect(mine.body).toMatchObject({ email, organizationId: org.organization.id });
      // Within one organisation an address is still one account.
      expect((await create(org, email).expect(422)).body.errors.email).toBe('is already in use');
    });

    it('lets no organisation reserve an address for the others by making (and deactivating) an account', async () => {
      const email = `squat-${randomUUID().slice(0, 8)}@test.example`;
      const squatted = await create(other, email).expect(201);
      await t.http().delete(`/api/users/${squatted.body.id}`).set(other.auth('admin')).expect(200);
      await create(org, email).expect(201);
      // The deactivated account never signs in; the active one does.
      const res = await login(email, 'Strong-pass-2026').expect(200);
      expect(res.body.user.organizationId).toBe(org.organization.id);
    });

    it('signs in to the account the password opens, and lets the person choose when it opens several', async () => {
      // Made directly, with a cheap hash: the API's way is tested above.
      const email = `twice-${randomUUID().slice(0, 8)}@test.example`;
      await colleague('caseworker', org, 'Password-in-org-1', email);
      await colleague('caseworker', other, 'Password-in-other-2', email);
      expect((await login(email, 'Password-in-org-1').expect(200)).body.user.organizationId).toBe(org.organization.id);
      expect((await login(email, 'Password-in-other-2').expect(200)).body.user.organizationId).toBe(
        other.organization.id,
      );
      await login(email, 'Password-in-neither-3').expect(401);

      const same = `same-${randomUUID().slice(0, 8)}@test.example`;
      await colleague('caseworker', org, 'Same-password-2026', same);
      await colleague('caseworker', other, 'Same-password-2026', same);
      const choose = await login(same, 'Same-password-2026').expect(409);
      expect(choose.body.organizations).toEqual(
        expect.arrayContaining([
          { id: org.organization.id, name: org.organization.name },
          { id: other.organization.id, name: other.organization.name },
        ]),
      );
      expect(choose.body.organizations).toHaveLength(2);
      const chosen = await login(same, 'Same-password-2026', newAddress(), {
        organizationId: other.organization.id,
      }).expect(200);
      expect(chosen.body.user.organizationId).toBe(other.organization.id);
    });
  });

  describe('no request stalls the server', () => {
    const wideObject = (keys: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`key${i}`, 'v']));

    it('refuses a login body of 50,000 keys before any validation, in milliseconds', async () => {
      // 650 KB, written out beforehand: the test's own client shares the server's event loop.
      const body = JSON.stringify({ email: 'a@test.example', password: 'x', ...wideObject(50_000) });
      expect(body.length).toBeGreaterThan(600_000);
      const started = performance.now();
      const res = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(body).expect(413);
      // Milliseconds on the server; the bound leaves room for this shared machine and the test's own client.
      expect(performance.now() - started).toBeLessThan(1000);
      expect(res.body).toEqual({
        statusCode: 413,
        code: 'body_too_large',
        message: expect.stringMatching(/more than 200 keys/),
      });
    });

    it('refuses a labelMinutes of 60,000 keys', async () => {
      const res = await t
        .http()
        .post('/api/contact-logs')
        .set(org.auth('caseworker'))
        .send({ minutes: 10, labelMinutes: wideObject(60_000) })
        .expect(413);
      expect(res.body.statusCode).toBe(413);
    });

    it('answers health within 100 ms while 20 such requests arrive', async () => {
      const server: Server = t.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

      /** One flood from another process (so that building and sending 15 MB does not stall this one, the server); health's times meanwhile. */
      const floodOnce = async (): Promise<number[]> => {
        const flood = spawn(process.execPath, ['--input-type=module', '-e', FLOOD_SCRIPT], {
          env: { ...process.env, NODE_OPTIONS: '', BASE: base, TOKEN: org.tokens.caseworker },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let output = '';
        flood.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        let finished = false;
        const exited = new Promise<void>((resolve) => flood.on('exit', () => resolve())).then(() => (finished = true));
        try {
          while (!output.includes('sending') && !finished) await new Promise((resolve) => setTimeout(resolve, 5));
          // Looks while the bodies arrive, 20 ms apart; at least three before the last answer.
          const timings: number[] = [];
          let lookedDuringFlood = 0;
          for (let look = 0; look < 5; look++) {
            if (!finished) lookedDuringFlood++;
            const started = performance.now();
            expect((await fetch(`${base}/api/health`)).status).toBe(200);
            timings.push(Math.round(performance.now() - started));
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          expect(lookedDuringFlood).toBeGreaterThanOrEqual(3);
          await exited;
          const statuses = JSON.parse(output.split('\n').find((line) => line.startsWith('['))!) as number[];
          expect(statuses).toEqual(Array(20).fill(413));
          return timings;
        } finally {
          flood.kill();
        }
      };

      try {
        await fetch(`${base}/api/health`); // warm this side's HTTP client up
        // This machine may be shared: any one attempt can be slowed from outside. The defect
        // (health waiting 2.7 s behind the parsing) slowed every attempt.
        const attempts: number[][] = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          attempts.push(await floodOnce());
          if (Math.max(...attempts[attempt]) < 100) break;
        }
        const best = Math.min(...attempts.map((timings) => Math.max(...timings)));
        expect(best < 100 ? 'under 100 ms' : `health took (ms, per attempt) ${JSON.stringify(attempts)}`).toBe(
          'under 100 ms',
        );
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('caps the size of an error body', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@test.example', password: 'x', ...wideObject(150) })
        .expect(422);
      expect(Object.keys(res.body.errors).length).toBeLessThanOrEqual(50);
      const longKey = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@test.example', password: 'x', ['k'.repeat(100_000)]: 1 })
        .expect(422);
      expect(JSON.stringify(longKey.body).length).toBeLessThan(1000);
    });

    it('answers deeply nested JSON with a 400, in a body and in a filter, on every list', async () => {
      const deep = `${'{"a":'.repeat(2343)}1${'}'.repeat(2343)}`;
      for (const path of ['/api/auth/login', '/api/households']) {
        const res = await t
          .http()
          .post(path)
          .set(org.auth('caseworker'))
          .set('Content-Type', 'application/json')
          .send(deep)
          .expect(400);
        expect(res.body).toEqual({
          statusCode: 400,
          code: expect.stringMatching(/^(body_too_deep|invalid_query)$/),
          message: expect.stringMatching(/nested too deeply/),
        });
      }
      const filter = '['.repeat(5000);
      const paths = Object.entries(
        (await t.http().get('/api/docs-json').expect(200)).body.paths as Record<string, Record<string, unknown>>,
      )
        .filter(([path, item]) => item.get && !path.includes('{') && path !== '/api/health')
        .map(([path]) => path);
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) {
        const res = await t.http().get(path).query({ filter }).set(org.auth('admin'));
        expect([path, res.status]).toEqual([path, expect.any(Number)]);
        expect([path, res.status < 500]).toEqual([path, true]);
      }
      expect(
        (await t.http().get('/api/households').query({ filter }).set(org.auth('admin')).expect(400)).body.message,
      ).toMatch(/nested too deeply/);
    });

    it('refuses unpaired surrogates with a 422 on the field, and invalid UTF-8 with a 400', async () => {
      // JSON.stringify writes a lone surrogate as the escape "\ud800", which parses back into one.
      const res = await t
        .http()
        .post('/api/households')
        .set(org.auth('caseworker'))
        .send(householdBody({ notes: 'before \ud800 after' }))
        .expect(422);
      expect(res.body.errors).toEqual({ notes: 'must not contain unpaired surrogates' });
      const paired = await t
        .http()
        .post('/api/households')
        .set(org.auth('caseworker'))
        .send(householdBody({ notes: 'Слава 🌻' }))
        .expect(201);
      expect(paired.body.notes).toBe('Слава 🌻');
      await t
        .http()
        .get('/api/households')
        .query({ filter: JSON.stringify({ q: '\udc00' }) })
        .set(org.auth('caseworker'))
        .expect(400);

      const body = Buffer.concat([
        Buffer.from(JSON.stringify(householdBody()).slice(0, -1) + ',"notes":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]);
      const invalid = await t
        .http()
        .post('/api/households')
        .set(org.auth('caseworker'))
        .set('Content-Type', 'application/json')
        .serialize((raw) => raw)
        .send(body)
        .expect(400);
      expect(invalid.body).toEqual({
        statusCode: 400,
        code: 'not_utf8',
        message: 'The request body is not valid UTF-8',
      });
    });
  });

  describe('responses and files', () => {
    it('answers with Cache-Control: no-store wherever personal data may be, the login included', async () => {
      const user = await colleague();
      const signedIn = await login(user.email, TEST_PASSWORD).expect(200);
      expect(signedIn.headers['cache-control']).toBe('no-store');
      for (const path of [
        '/api/households',
        '/api/users',
        '/api/auth/me',
        `/api/users/${user.id}`,
        '/api/nothing-here',
      ]) {
        const res = await t.http().get(path).set(org.auth('admin'));
        expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
      }
      expect((await t.http().get('/api/households').expect(401)).headers['cache-control']).toBe('no-store');
      expect((await t.http().get('/api/health').expect(200)).headers['cache-control']).toBeUndefined();
      expect(
        (await t.http().get('/api/integration-domains').set(org.auth('admin')).expect(200)).headers['cache-control'],
      ).toBeUndefined();
    });

    it('writes CSV in which no cell starts a formula, split on commas or on semicolons', async () => {
      const auth = org.auth('caseworker');
      const household = (await t.http().post('/api/households').set(auth).send(householdBody()).expect(201)).body.id;
      const person = (
        await t.http().post('/api/persons').set(auth).send({ householdId: household, firstName: 'X' }).expect(201)
      ).body.id;
      await t
        .http()
        .post('/api/obstacles')
        .set(auth)
        .send({
          personId: person,
          domainKey: 'work',
          title: 'Kyiv;=HYPERLINK("http://evil.example","x")',
          systemic: true,
          systemicNote: 'note;@SUM(A1),-1+1;\t=2',
        })
        .expect(201);
      const csv = await t
        .http()
        .get('/api/reports/systemic-obstacles?format=csv')
        .set(org.auth('coordinator'))
        .expect(200);
      expect(csv.text).toContain('HYPERLINK');
      const cells = csv.text.split(/\r\n|\r|\n/).flatMap((line) => [...line.split(','), ...line.split(';')]);
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    });
  });
});
