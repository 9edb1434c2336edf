import { jest } from '@jest/globals';
import type request from 'supertest';
import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';
import { Pseudonymizer } from '../src/research-exports/pseudonyms.js';
import { DATASET } from '../src/research-exports/research-dataset.js';
import { parseCsv, unzip } from './support/unzip.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * The pseudonymised research export: who is in it (research consent), what
 * is left out (names, ids, free text unless cleared), pseudonyms (stable,
 * per organisation, rotatable), the file (ZIP of CSVs, dictionary, manifest).
 */
describe('research exports', () => {
  let t: TestApp;
  let dataDir: string;
  let a: TestOrg;
  let b: TestOrg;
  const created: string[] = [];

  const post = async (org: TestOrg, url: string, body: Record<string, unknown>) => {
    const res = await t.http().post(url).set(org.auth('coordinator')).send(body);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    created.push(res.body.id);
    return res.body as { id: string } & Record<string, unknown>;
  };

  /** Two households: one where a member did not consent, one where both did. */
  const build = async (org: TestOrg, tag: string) => {
    const themes = (await createDefaultCodebook(t.dataSource.manager, org.organization.id)).themes;
    const h1 = await post(org, '/api/households', householdBody({ notes: `hh-note-${tag}` }));
    const h2 = await post(org, '/api/households', householdBody({ municipality: 'Utrecht' }));
    const p1 = await post(org, '/api/persons', { householdId: h1.id, firstName: `Iryna${tag}`, birthYear: 1987 });
    const p2 = await post(org, '/api/persons', { householdId: h1.id, firstName: `Mykola${tag}`, birthYear: 1990 });
    const p3 = await post(org, '/api/persons', { householdId: h2.id, firstName: `Sofiia${tag}`, birthYear: 2001 });
    const p4 = await post(org, '/api/persons', { householdId: h2.id, firstName: `Taras${tag}` });
    for (const p of [p1, p3, p4])
      await post(org, '/api/consents', {
        personId: p.id,
        purpose: 'research',
        givenHow: 'written',
        givenOn: '2026-01-01',
      });
    const log = (personIds: string[], householdId: string, note: string, clearedForResearch = false) =>
      post(org, '/api/contact-logs', {
        householdId,
        personIds,
        occurredAt: '2026-03-15T10:00:00Z',
        minutes: 40,
        channel: 'phone',
        note,
        clearedForResearch,
        labelIds: [themes.work.id],
      });
    const cleared = await log([p1.id], h1.id, `cleared words ${tag}`, true);
    const secret = await log([p1.id], h1.id, `secret note of Iryna${tag} in Zaandam`);
    const shared = await log([p1.id, p2.id], h1.id, `shared note ${tag}`);
    const both = await log([p3.id, p4.id], h2.id, `both consented ${tag}`);
    const q1 = await post(org, '/api/helpdesk-questions', {
      receivedAt: '2026-03-16T10:00:00Z',
      channel: 'email',
      question: `question of h1 ${tag}`,
      householdId: h1.id,
    });
    const q2 = await post(org, '/api/helpdesk-questions', {
      receivedAt: '2026-03-16T10:00:00Z',
      channel: 'email',
      question: `cleared question ${tag}`,
      householdId: h2.id,
      clearedForResearch: true,
    });
    return { h1, h2, p1, p2, p3, p4, cleared, secret, shared, both, q1, q2 };
  };

  const runExport = async (
    org: TestOrg,
    body: Record<string, unknown> = {},
    role: 'researcher' | 'coordinator' = 'researcher',
  ) => {
    const start = await t.http().post('/api/research-exports').set(org.auth(role)).send(body).expect(201);
    expect(start.body).toMatchObject({ id: expect.any(String), status: 'running' });
    let state = start.body as { status: string; progress: number };
    for (let i = 0; i < 100 && state.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await t.http().get(`/api/research-exports/${start.body.id}`).set(org.auth(role)).expect(200)).body;
      expect(state.progress).toBeGreaterThanOrEqual(0);
      expect(state.progress).toBeLessThanOrEqual(1);
    }
    expect(state).toMatchObject({ status: 'done', progress: 1 });
    const download = await t
      .http()
      .get(`/api/research-exports/${start.body.id}/download`)
      .set(org.auth(role))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const files = unzip(download.body as Buffer);
    const csv = (name: string) => {
      const [header, ...rows] = parseCsv(files.get(name)!.toString('utf8'));
      return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    };
    return {
      id: start.body.id as string,
      files,
      csv,
      manifest: JSON.parse(files.get('manifest.json')!.toString('utf8')),
    };
  };

  const secretOf = async (org: TestOrg) =>
    (
      await t.dataSource.query(
        `SELECT secret FROM research_pseudonym_keys WHERE organization_id = $1 AND retired_at IS NULL`,
        [org.organization.id],
      )
    )[0].secret as string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'doorbraak-research-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    a = await createTestOrg(t, 'ResearchA');
    b = await createTestOrg(t, 'ResearchB');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds only consenting persons, pseudonymised and generalised, and nothing that identifies', async () => {
    const f = await build(a, 'ra');
    const { files, csv, manifest } = await runExport(a);
    expect([...files.keys()].sort()).toEqual(
      [
        'breakthroughs.csv',
        'contact_log_labels.csv',
        'contact_logs.csv',
        'data_dictionary.csv',
        'helpdesk_questions.csv',
        'households.csv',
        'manifest.json',
        'network_conversations.csv',
        'obstacle_links.csv',
        'obstacles.csv',
        'persons.csv',
        'perspective_plans.csv',
        'placement_status_changes.csv',
        'placements.csv',
        'plan_reviews.csv',
      ].sort(),
    );
    const pseudonyms = new Pseudonymizer(await secretOf(a));
    const persons = csv('persons.csv');
    expect(persons.map((p) => p.person).sort()).toEqual([f.p1, f.p3, f.p4].map((p) => pseudonyms.of('P', p.id)).sort());
    expect(persons.find((p) => p.person === pseudonyms.of('P', f.p1.id))).toMatchObject({
      household: pseudonyms.of('H', f.h1.id),
      birth_years: '1985-1989',
    });
    const logs = csv('contact_logs.csv');
    // The shared log names someone without consent: left out. Notes only where cleared.
    expect(logs.map((l) => l.log).sort()).toEqual(
      [f.cleared, f.secret, f.both].map((l) => pseudonyms.of('R', l.id)).sort(),
    );
    expect(logs.find((l) => l.log === pseudonyms.of('R', f.cleared.id))).toMatchObject({
      note: 'cleared words ra',
      month: '2026-03',
      minutes: '40',
    });
    expect(logs.find((l) => l.log === pseudonyms.of('R', f.both.id))).toMatchObject({
      note: '',
      persons: [f.p3, f.p4].map((p) => pseudonyms.of('P', p.id)).join(';'),
    });
    expect(csv('contact_log_labels.csv')).toHaveLength(3);
    // Household-level records only where every member consented.
    expect(csv('helpdesk_questions.csv').map((q) => [q.question, q.question_text])).toEqual([
      [pseudonyms.of('R', f.q2.id), 'cleared question ra'],
    ]);
    expect(manifest).toMatchObject({
      counts: { persons: 3, contact_logs: 3, households: 2 },
      leftOutForLackOfResearchConsent: { persons: 1, contactLogs: 1 },
      pseudonymKeyId: expect.any(String),
      exportDate: new Date().toISOString().slice(0, 10),
    });
    const dictionary = parseCsv(files.get('data_dictionary.csv')!.toString('utf8'));
    for (const file of [...files.keys()].filter((n) => n.endsWith('.csv') && n !== 'data_dictionary.csv')) {
      const [header] = parseCsv(files.get(file)!.toString('utf8'));
      for (const column of header)
        expect([file, column, dictionary.some((d) => d[0] === file && d[1] === column)]).toEqual([file, column, true]);
    }

    // Every cell of every file: no name, reference, note that was not cleared, or id we created.
    const needles = [
      ...Object.values(f).map((r) => r.id),
      ...[f.h1, f.h2].map((h) => h.reference as string),
      'Irynara',
      'Mykolara',
      'Sofiiara',
      'Tarasra',
      'secret note',
      'shared note',
      'hh-note-ra',
      'question of h1',
      a.organization.id,
      ...created,
    ];
    for (const [name, content] of files) {
      const text = content.toString('utf8');
      for (const needle of needles) expect([name, needle, text.includes(needle)]).toEqual([name, needle, false]);
    }

    const [audit] = await t.dataSource.query(
      `SELECT user_id, detail FROM audit_events WHERE organization_id = $1 AND resource = 'research-exports' AND action = 'export' AND detail ? 'counts'`,
      [a.organization.id],
    );
    expect(audit.user_id).toBe(a.users.researcher.id);
    expect(audit.detail.counts).toMatchObject({ persons: 3, contact_logs: 3 });
  });

  it('keeps pseudonyms stable across exports, differs between organisations, and changes them when the key rotates', async () => {
    const fa = await build(a, 'st');
    const first = await runExport(a, { filter: { municipality: 'utrecht' } });
    const second = await runExport(
      a,
      { filter: { municipality: 'Utrecht', from: '2026-01-01', to: '2026-12-31' } },
      'coordinator',
    );
    const column = (e: typeof first) =>
      e
        .csv('persons.csv')
        .map((p) => p.person)
        .sort();
    const ownKey = new Pseudonymizer(await secretOf(a));
    expect(column(first)).toEqual(column(second));
    expect(column(first)).toEqual(expect.arrayContaining([fa.p3, fa.p4].map((p) => ownKey.of('P', p.id))));
    expect(first.csv('households.csv').every((h) => h.municipality === 'Utrecht')).toBe(true);

    await build(b, 'sb');
    await runExport(b);
    const otherKey = new Pseudonymizer(await secretOf(b));
    expect(column(first)).not.toContain(otherKey.of('P', fa.p3.id));

    await t.http().post('/api/research-exports/rotate-key').set(a.auth('researcher')).expect(403);
    const rotated = await t.http().post('/api/research-exports/rotate-key').set(a.auth('admin')).expect(201);
    expect(rotated.body.keyId).not.toBe(first.manifest.pseudonymKeyId);
    const third = await runExport(a, { filter: { municipality: 'Utrecht' } });
    expect(third.manifest.pseudonymKeyId).toBe(rotated.body.keyId);
    expect(column(third).filter((p) => column(first).includes(p))).toEqual([]);
  });

  it('reads one snapshot: every file comes from a repeatable-read transaction that only reads', async () => {
    await build(a, 'snap');
    // At each cursor the export opens, PostgreSQL is asked on the export's own connection what its transaction is.
    const seen: string[] = [];
    const createQueryRunner = t.appDataSource.createQueryRunner.bind(t.appDataSource);
    const spy = jest.spyOn(t.appDataSource, 'createQueryRunner').mockImplementation((mode) => {
      const runner = createQueryRunner(mode);
      const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
      runner.query = (async (sql: string, ...rest: unknown[]) => {
        if (sql.startsWith('DECLARE research_rows')) {
          const [isolation] = (await query('SHOW transaction_isolation')) as { transaction_isolation: string }[];
          const [readOnly] = (await query('SHOW transaction_read_only')) as { transaction_read_only: string }[];
          seen.push(`${isolation.transaction_isolation}, read only ${readOnly.transaction_read_only}`);
        }
        return query(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    });
    try {
      await runExport(a);
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual(DATASET.map(() => 'repeatable read, read only on'));
  });

  it('refuses bad filters and other roles, and audits the mark "cleared for research"', async () => {
    for (const filter of [
      { from: '2026-13-01' },
      { track: 'unknown' },
      { from: '2026-05-01', to: '2026-04-01' },
      { name: 'x' },
    ])
      await t.http().post('/api/research-exports').set(a.auth('researcher')).send({ filter }).expect(422);
    await t.http().post('/api/research-exports').set(a.auth('caseworker')).send({}).expect(403);
    await t.http().get('/api/research-exports').set(a.auth('matcher')).expect(403);
    await t.http().get('/api/research-exports/not-an-id').set(a.auth('researcher')).expect(404);
    const list = await t.http().get('/api/research-exports').set(a.auth('researcher')).expect(200);
    await t.http().get(`/api/research-exports/${list.body[0].id}`).set(b.auth('researcher')).expect(404);
    await t.http().get(`/api/research-exports/${list.body[0].id}/download`).set(b.auth('researcher')).expect(404);

    const f = await build(a, 'mk');
    const marked = await t
      .http()
      .put(`/api/contact-logs/${f.secret.id}`)
      .set(a.auth('caseworker'))
      .send({ clearedForResearch: true, version: f.secret.version })
      .expect(200);
    expect(marked.body.clearedForResearch).toBe(true);
    const [event] = await t.dataSource.query(
      `SELECT fields FROM audit_events WHERE record_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`,
      [f.secret.id],
    );
    expect(event.fields).toContain('clearedForResearch');
    // A changed note must be cleared again.
    const edited = await t
      .http()
      .put(`/api/contact-logs/${f.secret.id}`)
      .set(a.auth('caseworker'))
      .send({ note: 'a new text', version: marked.body.version })
      .expect(200);
    expect(edited.body.clearedForResearch).toBe(false);
  });
});
