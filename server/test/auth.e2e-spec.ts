import { createTestApp, createTestOrg, TEST_PASSWORD, type TestApp, type TestOrg } from './support/test-app.js';

describe('auth, roles and the public routes', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '5' });
    org = await createTestOrg(t, 'Auth');
  });
  afterAll(() => t.close());

  it('logs in with email and password, case-insensitively on the email', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: org.users.caseworker.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(res.body.user).toEqual({
      id: org.users.caseworker.id,
      email: org.users.caseworker.email,
      fullName: org.users.caseworker.fullName,
      role: 'caseworker',
      organizationId: org.organization.id,
    });
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.id).toBe(org.users.caseworker.id);
  });

  it('answers 401 for a wrong password, an unknown user, and no or a forged token', async () => {
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: org.users.admin.email, password: 'wrong-password-1' })
      .expect(401);
    await t.http().post('/api/auth/login').send({ email: 'nobody@test.example', password: TEST_PASSWORD }).expect(401);
    await t.http().get('/api/households').expect(401);
    await t.http().get('/api/households').set('Authorization', 'Bearer abc.def.ghi').expect(401);
  });

  it('validates the login body', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email' }).expect(422);
    expect(res.body.errors).toEqual({ email: 'must be an email address', password: 'is required' });
  });

  it('rate-limits sign-in attempts per email', async () => {
    const email = org.users.researcher.email;
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/login').send({ email, password: 'wrong-password-1' }).expect(401);
    }
    const res = await t.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(429);
    expect(res.body).toEqual({
      statusCode: 429,
      code: 'rate_limited',
      params: { retryAfter: expect.any(Number) },
      message: expect.stringMatching(/Too many/),
    });
  });

  it('stops a deactivated user at once, even with a valid token', async () => {
    const target = org.users.matcher;
    await t.http().put(`/api/users/${target.id}`).set(org.auth('admin')).send({ active: false }).expect(200);
    await t.http().get('/api/auth/me').set(org.auth('matcher')).expect(401);
  });

  it('lets a user change their own password, checking the current one and the strength', async () => {
    const headers = org.auth('coordinator');
    const wrong = await t
      .http()
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: 'nope', newPassword: 'A-new-pass-2026' })
      .expect(422);
    expect(wrong.body.errors.currentPassword).toBeDefined();
    const weak = await t
      .http()
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' })
      .expect(422);
    expect(weak.body.errors.newPassword).toBe('must be at least 10 characters');
    await t
      .http()
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'A-new-pass-2026' })
      .expect(204);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: org.users.coordinator.email, password: 'A-new-pass-2026' })
      .expect(200);
  });

  it('rate-limits checking the current password like a sign-in', async () => {
    const other = await createTestOrg(t, 'Limit');
    const headers = other.auth('caseworker');
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .post('/api/auth/change-password')
        .set(headers)
        .send({ currentPassword: `guess-${i}`, newPassword: 'A-new-pass-2026' })
        .expect(422);
    }
    const res = await t
      .http()
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'A-new-pass-2026' })
      .expect(429);
    expect(res.body.message).toMatch(/Too many/);
    // The same budget as sign-in: the guesses above also block logging in with this email for the minute.
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: other.users.caseworker.email, password: TEST_PASSWORD })
      .expect(429);
    // Another user is not affected.
    await t
      .http()
      .post('/api/auth/change-password')
      .set(other.auth('matcher'))
      .send({ currentPassword: 'nope', newPassword: 'A-new-pass-2026' })
      .expect(422);
  });

  it('lets admins manage users of their organisation, and nobody else', async () => {
    const body = {
      email: `new-${Date.now()}@test.example`,
      fullName: 'Nieuwe Collega',
      role: 'researcher',
      password: 'Strong-pass-2026',
    };
    await t.http().post('/api/users').set(org.auth('caseworker')).send(body).expect(403);
    const created = await t.http().post('/api/users').set(org.auth('admin')).send(body).expect(201);
    expect(created.body).toMatchObject({ email: body.email, role: 'researcher', organizationId: org.organization.id });
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(created.body).not.toHaveProperty('password');
    const dup = await t.http().post('/api/users').set(org.auth('admin')).send(body).expect(422);
    expect(dup.body.errors.email).toBe('is already in use');
    const badRole = await t
      .http()
      .post('/api/users')
      .set(org.auth('admin'))
      .send({ ...body, email: 'x@test.example', role: 'root' })
      .expect(422);
    expect(badRole.body.errors.role).toMatch(/must be one of/);
    const list = await t.http().get('/api/users').set(org.auth('caseworker')).expect(200);
    expect(list.body.every((u: { organizationId: string }) => u.organizationId === org.organization.id)).toBe(true);
  });

  it('keeps the last admin an admin', async () => {
    const res = await t
      .http()
      .put(`/api/users/${org.users.admin.id}`)
      .set(org.auth('admin'))
      .send({ role: 'caseworker' })
      .expect(422);
    expect(res.body.errors.role).toMatch(/own admin access/);
  });

  it('serves health without auth, integration domains and the OpenAPI description', async () => {
    expect((await t.http().get('/api/health').expect(200)).body).toEqual({ status: 'ok', db: 'up' });
    const domains = await t.http().get('/api/integration-domains').set(org.auth('researcher')).expect(200);
    expect(domains.body).toHaveLength(14);
    expect(domains.headers['content-range']).toBe('integration-domains 0-13/14');
    expect(domains.body[0]).toMatchObject({
      id: 'work',
      key: 'work',
      group: 'markers_and_means',
      name: { nl: 'Werk', en: 'Work' },
    });
    const many = await t
      .http()
      .get('/api/integration-domains')
      .query({ filter: JSON.stringify({ id: ['housing', 'links'] }) })
      .set(org.auth('researcher'))
      .expect(200);
    expect(many.body.map((d: { id: string }) => d.id)).toEqual(['housing', 'links']);
    await t.http().get('/api/integration-domains/health_social_care').set(org.auth('researcher')).expect(200);
    await t.http().post('/api/integration-domains').set(org.auth('admin')).send({}).expect(404);
    const docs = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/households', '/api/persons/{id}', '/api/auth/login']),
    );
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await t.http().get('/api/nothing-here').set(org.auth('admin')).expect(404);
    expect(res.body.statusCode).toBe(404);
  });

  it('sends a CSP that works over plain http and no HSTS unless configured', async () => {
    const res = await t.http().get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'/);
    // Over http://<lan-address>:3000 this directive made browsers load the scripts over https: a blank page.
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS with HSTS=true and CORS headers for CORS_ORIGIN only', async () => {
    const tls = await createTestApp({ HSTS: 'true', CORS_ORIGIN: 'https://app.example.org' });
    try {
      const res = await tls.http().get('/api/health').set('Origin', 'https://app.example.org').expect(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(res.headers['access-control-allow-origin']).toBe('https://app.example.org');
      const foreign = await tls.http().get('/api/health').set('Origin', 'https://evil.example.org').expect(200);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await tls.close();
    }
  });

  it('sets security headers and refuses too large a body', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeDefined();
    const big = await t
      .http()
      .post('/api/households')
      .set(org.auth('admin'))
      .send({ notes: 'x'.repeat(1_100_000) })
      .expect(413);
    expect(big.body.statusCode).toBe(413);
  });
});
