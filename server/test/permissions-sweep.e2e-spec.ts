import { randomUUID } from 'node:crypto';
import { createTestApp, createTestOrg, type TestApp, type TestOrg } from './support/test-app.js';
import { ROLES } from '../src/auth/roles.js';
import { PERMISSIONS, can, type Resource } from '../src/common/auth/permissions.js';
import { declaredRoutes } from '../src/common/auth/permission-check.js';

/**
 * Every route the app serves, for every role, against the permission table.
 * ROUTES names each route's (resource, action) independently of the
 * controllers: a route served but missing here fails, a route whose
 * decorator names another permission fails, and every call must answer 403
 * exactly where the table refuses (anything else — 2xx, 404, 422, 409 — is
 * "allowed": the guard let it through to the handler).
 */
const ROUTES: Record<string, [Resource, string] | 'public'> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': ['account', 'show'],
  'POST /api/auth/change-password': ['account', 'change-password'],
  'POST /api/auth/logout': ['account', 'show'],
  'GET /api/organizations': ['organizations', 'list'],
  'GET /api/organizations/:id': ['organizations', 'show'],
  'GET /api/integration-domains': ['integration-domains', 'list'],
  'GET /api/integration-domains/:id': ['integration-domains', 'show'],
  'GET /api/households/municipalities': ['households', 'list'],
  'GET /api/households/:id/timeline': ['households', 'timeline'],
  'GET /api/households/:id/obstacles-by-domain': ['households', 'show'],
  'POST /api/perspective-plans/:id/reviews': ['perspective-plans', 'review'],
  'GET /api/perspective-plans/:id/reviews': ['perspective-plans', 'review'],
  'POST /api/contact-logs/bulk-labels': ['contact-logs', 'bulk-label'],
  'POST /api/helpdesk-questions/bulk-labels': ['helpdesk-questions', 'bulk-label'],
  'POST /api/labels/:id/merge': ['labels', 'merge'],
  'GET /api/coding-samples': ['coding-samples', 'list'],
  'GET /api/persons/:id/export': ['person-data', 'export'],
  'POST /api/persons/:id/erasure': ['person-data', 'erase'],
  'POST /api/households/:id/erasure': ['person-data', 'erase'],
  'GET /api/retention/due': ['retention', 'list'],
  'POST /api/retention/erasure': ['retention', 'erase'],
  'GET /api/retention/settings': ['retention', 'list'],
  'PUT /api/retention/settings': ['retention', 'settings'],
  'GET /api/research-exports': ['research-exports', 'list'],
  'POST /api/research-exports': ['research-exports', 'create'],
  'POST /api/research-exports/rotate-key': ['research-exports', 'rotate-key'],
  'GET /api/research-exports/:id': ['research-exports', 'show'],
  'GET /api/research-exports/:id/download': ['research-exports', 'download'],
  'GET /api/coding-samples/:id': ['coding-samples', 'show'],
  'GET /api/coding-samples/drawers': ['coding-samples', 'list'],
  'POST /api/coding-samples': ['coding-samples', 'draw-sample'],
  'GET /api/coding-samples/:id/items': ['coding-samples', 'code'],
  'PUT /api/coding-samples/:id/items/:contactLogId': ['coding-samples', 'code'],
  'GET /api/coding-samples/:id/agreement': ['coding-samples', 'agreement'],
  'GET /api/placements/sectors': ['placements', 'list'],
  'GET /api/audit-events': ['audit-events', 'list'],
  'GET /api/audit-events/:id': ['audit-events', 'show'],
  'GET /api/caseload': ['caseload', 'list'],
  'GET /api/deadlines': ['caseload', 'deadlines'],
  'GET /api/search': ['search', 'list'],
  'GET /api/notifications': ['notifications', 'list'],
  'POST /api/notifications/read': ['notifications', 'mark-read'],
  'GET /api/reports/obstacles': ['reports', 'obstacles'],
  'GET /api/reports/systemic-obstacles': ['reports', 'systemic-obstacles'],
  'GET /api/reports/themes': ['reports', 'themes'],
  'GET /api/reports/placements': ['reports', 'placements'],
  'GET /api/reports/activities': ['reports', 'activities'],
  'GET /api/reports/policy-signals': ['reports', 'policy-signals'],
  'POST /api/activities/bulk-labels': ['activities', 'bulk-label'],
  'GET /api/policy-signals/:id/suggestions': ['policy-signals', 'show'],
  'POST /api/policy-signals/:id/obstacles': ['policy-signals', 'update'],
  'GET /api/reports/cohorts': ['reports', 'cohorts'],
  'GET /api/reports/themes/trend': ['reports', 'theme-trend'],
  'GET /api/reports/obstacles/trend': ['reports', 'obstacle-trend'],
  'GET /api/reports/shelter-moves': ['reports', 'shelter-moves'],
  'GET /api/integration-routes/:id/weekly-hours': ['integration-routes', 'show'],
  ...crud('integration-routes'),
  ...crud('shelter-moves'),
  ...crud('households'),
  ...crud('persons'),
  ...crud('perspective-plans'),
  ...crud('obstacles'),
  ...crud('breakthroughs'),
  ...crud('contact-logs'),
  ...crud('helpdesk-questions'),
  ...crud('labels'),
  ...crud('employers'),
  'GET /api/employers/:id/subsidy': ['employers', 'show'],
  ...crud('network-conversations'),
  ...crud('placements'),
  ...crud('tasks'),
  ...crud('partner-organizations'),
  ...crud('consents'),
  ...crud('referrals'),
  ...crud('users'),
  ...crud('imports'),
  'POST /api/imports/:id/check': ['imports', 'update'],
  'POST /api/imports/:id/run': ['imports', 'update'],
  ...crud('saved-views'),
  ...crud('activities'),
  ...crud('policy-signals'),
  // Issue 16.
  ...crud('skills'),
  ...crud('person-skills'),
  ...crud('qualifications'),
  ...crud('language-assessments'),
  ...crud('courses'),
  ...crud('vacancies'),
  'GET /api/vacancies/:id/suggestions': ['vacancies', 'suggestions'],
  'GET /api/persons/:id/suggestions': ['vacancies', 'suggestions'],
  ...crud('incomes'),
  'GET /api/policy-parameters': ['policy-parameters', 'list'],
  'GET /api/policy-parameters/:id': ['policy-parameters', 'show'],
  'POST /api/policy-parameters': ['policy-parameters', 'create'],
  'GET /api/households/:id/contributions': ['contributions', 'show'],
  'GET /api/reports/contributions': ['contributions', 'report'],
};

/** The OpenAPI description and its UI's assets: no data, served by Swagger, not by a controller. */
const DOCS_PREFIX = '/api/docs';

function crud(resource: Resource): Record<string, [Resource, string]> {
  const base = `/api/${resource}`;
  return {
    [`GET ${base}`]: [resource, 'list'],
    [`GET ${base}/:id`]: [resource, 'show'],
    [`POST ${base}`]: [resource, 'create'],
    [`PUT ${base}/:id`]: [resource, 'update'],
    [`DELETE ${base}/:id`]: [resource, 'delete'],
  };
}

function appRoutes(t: TestApp): string[] {
  const instance = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return instance.router.stack
    .flatMap((layer) =>
      layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
    )
    .filter((route) => !route.split(' ')[1].startsWith(DOCS_PREFIX));
}

describe('the permission table, route by route and role by role', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Sweep');
  });
  afterAll(() => t.close());

  it('names every route the app serves, and no route it does not serve', () => {
    const served = appRoutes(t);
    expect(served.filter((route) => !(route in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('has each route declare the permission named here', () => {
    const declared = Object.fromEntries(
      declaredRoutes(t.app).map((r) => [
        `${r.method} ${r.path}`,
        r.public ? 'public' : r.permission ? [r.permission.resource, r.permission.action] : undefined,
      ]),
    );
    expect(declared).toEqual(ROUTES);
  });

  it('grants only actions each resource declares', () => {
    for (const [resource, rule] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES)
        expect([
          resource,
          role,
          (rule.roles[role] as readonly string[]).filter((a) => !(rule.actions as readonly string[]).includes(a)),
        ]).toEqual([resource, role, []]);
    }
  });

  it('answers 403 exactly where the table refuses, for every role', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    // Logout ends the session it is called with: last, so every other call still has its token.
    const lastOfAll = (route: string) => (route === 'POST /api/auth/logout' ? 1 : 0);
    const routes = Object.entries(ROUTES).sort(([a], [b]) => lastOfAll(a) - lastOfAll(b));
    for (const [route, permission] of routes) {
      if (permission === 'public') continue;
      const [method, pattern] = route.split(' ');
      // A fresh, unknown id: an allowed call reaches the handler (404, 422, …) and changes nothing.
      const path = pattern.replace(/:[A-Za-z]+/g, () => randomUUID());
      for (const role of ROLES) {
        const call = t.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path).set(org.auth(role));
        const res = method === 'GET' || method === 'DELETE' ? await call : await call.send({});
        calls++;
        const allowed = can(role, permission[0], permission[1]);
        const refused = res.status === 403;
        if (res.status >= 500 || res.status === 401 || allowed === refused)
          mismatches.push(`${role} ${route}: ${res.status}, table says ${allowed ? 'allowed' : 'refused'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(400);
  }, 120_000);
});
