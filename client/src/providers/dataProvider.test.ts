import { HttpError } from 'react-admin';
import { apiMethods, filenameOf, type ApiMethods } from './dataProvider';
import { session } from './session';

// Translation itself is serverErrors' business (and its own tests'); here only that every error goes through it.
vi.mock('./serverErrors', async (importOriginal) => {
  const original = await importOriginal<typeof import('./serverErrors')>();
  return {
    ...original,
    translateHttpError: (error: HttpError) => new HttpError(`translated: ${error.message}`, error.status, error.body),
  };
});

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

let requests: { url: string; method: string; body: unknown; accept: string | null; auth: string | null }[];

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

function answerWith(response: () => Response) {
  requests = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const headers = new Headers(init?.headers);
    requests.push({
      url: urlOf(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      accept: headers.get('Accept'),
      auth: headers.get('Authorization'),
    });
    return response();
  });
}

beforeEach(() =>
  session.save('the-token', {
    id: 'u1',
    email: 'a@example.org',
    fullName: 'A',
    role: 'coordinator',
    organizationId: 'o1',
  }),
);
afterEach(() => {
  vi.restoreAllMocks();
  session.clear();
});

const FILTER = { municipality: 'Zaanstad', track: '', ownerId: undefined, identifiedOn_gte: '2026-01-01' };
const FILTER_QUERY = `?filter=${encodeURIComponent(JSON.stringify({ municipality: 'Zaanstad', identifiedOn_gte: '2026-01-01' }))}`;
const H = 'c0ffee00-0000-4000-8000-000000000001';

/** Each method, called as a component calls it, and the request it must make. */
const CALLS: [string, (api: ApiMethods) => Promise<unknown>, { url: string; method?: string; body?: unknown }][] = [
  ['caseload', (api) => api.getCaseload(), { url: '/api/caseload' }],
  ['my deadlines', (api) => api.getDeadlines({ weeks: 8, mine: true }), { url: '/api/deadlines?weeks=8&mine=true' }],
  ["everyone's deadlines", (api) => api.getDeadlines({ weeks: 4 }), { url: '/api/deadlines?weeks=4' }],
  [
    'the whole timeline',
    (api) => api.getTimeline({ householdId: H, types: [] }),
    { url: `/api/households/${H}/timeline` },
  ],
  [
    'a filtered timeline',
    (api) => api.getTimeline({ householdId: H, types: ['contact', 'obstacle_resolved'] }),
    { url: `/api/households/${H}/timeline?types=contact,obstacle_resolved` },
  ],
  [
    "a household's obstacles",
    (api) => api.getHouseholdObstacles({ householdId: H }),
    { url: `/api/households/${H}/obstacles-by-domain` },
  ],
  ['municipalities', (api) => api.getMunicipalities(), { url: '/api/households/municipalities' }],
  ['sectors', (api) => api.getPlacementSectors(), { url: '/api/placements/sectors' }],
  ['the obstacle report', (api) => api.getObstacleReport(FILTER), { url: `/api/reports/obstacles${FILTER_QUERY}` }],
  [
    'an unfiltered obstacle report',
    (api) => api.getObstacleReport({ municipality: '' }),
    { url: '/api/reports/obstacles' },
  ],
  [
    'systemic obstacles',
    (api) => api.getSystemicObstacleReport(FILTER),
    { url: `/api/reports/systemic-obstacles${FILTER_QUERY}` },
  ],
  [
    'the theme report',
    (api) => api.getThemeReport({ level: 'all' }),
    { url: `/api/reports/themes?filter=${encodeURIComponent('{"level":"all"}')}` },
  ],
  ['the placement report', (api) => api.getPlacementReport(FILTER), { url: `/api/reports/placements${FILTER_QUERY}` }],
  [
    'the cohort report, grouped',
    (api) => api.getCohortReport({ gender: 'female', ageBand: '' }, { groupBy: 'protectionBasis' }),
    { url: `/api/reports/cohorts?filter=${encodeURIComponent('{"gender":"female"}')}&groupBy=protectionBasis` },
  ],
  [
    'the cohort report, ungrouped and unfiltered',
    (api) => api.getCohortReport({}, { groupBy: '' }),
    { url: '/api/reports/cohorts' },
  ],
  [
    'the theme trend',
    (api) => api.getThemeTrend({}, { interval: 'quarter' }),
    { url: '/api/reports/themes/trend?interval=quarter' },
  ],
  [
    'the obstacle trend',
    (api) => api.getObstacleTrend(FILTER, { interval: 'month' }),
    { url: `/api/reports/obstacles/trend${FILTER_QUERY}&interval=month` },
  ],
  [
    'a label merge',
    (api) => api.mergeLabel({ id: 'l1', intoId: 'l2' }),
    { url: '/api/labels/l1/merge', method: 'POST', body: { intoId: 'l2' } },
  ],
  [
    'bulk labelling',
    (api) =>
      api.bulkLabel({ resource: 'helpdesk-questions', ids: ['q1', 'q2'], addLabelIds: ['l1'], removeLabelIds: [] }),
    {
      url: '/api/helpdesk-questions/bulk-labels',
      method: 'POST',
      body: { ids: ['q1', 'q2'], addLabelIds: ['l1'], removeLabelIds: [] },
    },
  ],
  ["a plan's reviews", (api) => api.getPlanReviews({ planId: 'p1' }), { url: '/api/perspective-plans/p1/reviews' }],
  [
    'a review with a note',
    (api) => api.reviewPlan({ planId: 'p1', note: 'Goed gesprek' }),
    { url: '/api/perspective-plans/p1/reviews', method: 'POST', body: { note: 'Goed gesprek' } },
  ],
  [
    'a review without a note',
    (api) => api.reviewPlan({ planId: 'p1', note: '' }),
    { url: '/api/perspective-plans/p1/reviews', method: 'POST', body: {} },
  ],
  ['coding samples', (api) => api.getCodingSamples(), { url: '/api/coding-samples' }],
  ['who may draw', (api) => api.getCodingDrawers(), { url: '/api/coding-samples/drawers' }],
  [
    'a new sample',
    (api) => api.drawCodingSample({ name: 'Q1', size: 20, firstCoderId: 'u1', secondCoderId: 'u2' }),
    {
      url: '/api/coding-samples',
      method: 'POST',
      body: { name: 'Q1', size: 20, firstCoderId: 'u1', secondCoderId: 'u2' },
    },
  ],
  ['items to code', (api) => api.getCodingItems({ sampleId: 's1' }), { url: '/api/coding-samples/s1/items' }],
  [
    'a coding',
    (api) => api.saveCoding({ sampleId: 's1', contactLogId: 'c1', labelIds: ['l1'] }),
    { url: '/api/coding-samples/s1/items/c1', method: 'PUT', body: { labelIds: ['l1'] } },
  ],
  ['agreement', (api) => api.getCodingAgreement({ sampleId: 's1' }), { url: '/api/coding-samples/s1/agreement' }],
  [
    'a password change',
    (api) => api.changePassword({ currentPassword: 'old secret', newPassword: 'new secret' }),
    {
      url: '/api/auth/change-password',
      method: 'POST',
      body: { currentPassword: 'old secret', newPassword: 'new secret' },
    },
  ],
];

describe('the data provider outside plain CRUD', () => {
  it.each(CALLS)('asks for %s with the session token', async (_name, call, expected) => {
    answerWith(() => json({ some: 'answer' }));
    const { data } = (await call(apiMethods)) as { data: unknown };
    expect(requests).toEqual([
      {
        url: expected.url,
        method: expected.method ?? 'GET',
        body: expected.body,
        accept: 'application/json',
        auth: 'Bearer the-token',
      },
    ]);
    if (expected.url !== '/api/auth/change-password') expect(data).toEqual({ some: 'answer' });
  });

  it('answers a password change (204, no body) with no data', async () => {
    answerWith(() => new Response(null, { status: 204 }));
    expect((await apiMethods.changePassword({ currentPassword: 'a', newPassword: 'b' })).data).toBeNull();
  });

  it('names ids safely in paths', async () => {
    answerWith(() => json([]));
    await apiMethods.getCodingItems({ sampleId: '../users?x=1' });
    expect(requests[0].url).toBe('/api/coding-samples/..%2Fusers%3Fx%3D1/items');
  });

  it('hands on errors translated, with their status and field errors', async () => {
    answerWith(() =>
      json({ statusCode: 422, message: 'Validation failed', errors: { intoId: 'must be another label' } }, 422),
    );
    const error = (await apiMethods.mergeLabel({ id: 'l1', intoId: 'l1' }).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe('translated: Validation failed');
    expect(error.status).toBe(422);
    expect(error.body.errors).toEqual({ intoId: 'must be another label' });
  });
});

describe('downloads', () => {
  it("fetch the report as CSV in the reader's language, with the token, and keep the name the server gives", async () => {
    answerWith(
      () =>
        new Response('domain,open\r\nwork,3\r\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="obstacles-by-domain.csv"',
          },
        }),
    );
    const { data } = await apiMethods.downloadReport({ report: 'obstacles', filter: FILTER, lang: 'uk' });
    expect(requests).toEqual([
      {
        url: `/api/reports/obstacles${FILTER_QUERY}&lang=uk`,
        method: 'GET',
        body: undefined,
        accept: 'text/csv',
        auth: 'Bearer the-token',
      },
    ]);
    expect(data.filename).toBe('obstacles-by-domain.csv');
    expect(await data.blob.text()).toBe('domain,open\r\nwork,3\r\n');
  });

  it('name the file after the report when the server gives no name', async () => {
    answerWith(() => new Response('a\r\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }));
    const { data } = await apiMethods.downloadReport({ report: 'themes', filter: {}, lang: 'nl' });
    expect(requests[0].url).toBe('/api/reports/themes?lang=nl');
    expect(data.filename).toBe('themes.csv');
  });

  it('fail with the translated error and its status, as any other call does', async () => {
    answerWith(() => json({ statusCode: 400, message: 'format must be csv or json' }, 400));
    const error = (await apiMethods
      .downloadReport({ report: 'placements', filter: {}, lang: 'nl' })
      .catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('translated: format must be csv or json');
    expect(error.body).toEqual({ statusCode: 400, message: 'format must be csv or json' });
  });

  it('fail with a 401 that react-admin can recognise, even without a JSON body', async () => {
    answerWith(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    const error = (await apiMethods
      .downloadReport({ report: 'themes', filter: {}, lang: 'nl' })
      .catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(401);
  });

  it.each([
    ['attachment; filename="themes.csv"', 'themes.csv'],
    ['attachment; filename=themes.csv', 'themes.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment', undefined],
    [null, undefined],
  ])('read the file name from %s', (header, name) => {
    expect(filenameOf(header)).toBe(name);
  });
});
