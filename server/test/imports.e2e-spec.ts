import { jest } from '@jest/globals';
import writeExcelFile from 'write-excel-file/node';
import { ContactLogsService } from '../src/contact-logs/contact-logs.service.js';
import { createTestApp, createTestOrg, uniqueRef, type TestApp, type TestOrg } from './support/test-app.js';

interface ImportAnswer {
  id: string;
  status: string;
  columns: string[];
  mapping: Record<string, string>;
  rowsTotal: number;
  rowsDone: number;
  rowsFailed: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string | null; column: string | null; code: string }[];
}

describe('spreadsheet imports', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  const as = () => org.auth('caseworker');

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Imports');
    other = await createTestOrg(t, 'Imports other');
    await t
      .http()
      .post('/api/labels')
      .set(org.auth('coordinator'))
      .send({ name: { nl: 'Werk', en: 'Work', uk: 'Робота' } })
      .expect(201);
    await t
      .http()
      .post('/api/labels')
      .set(org.auth('coordinator'))
      .send({ name: { nl: 'Huisvesting', en: 'Housing', uk: 'Житло' } })
      .expect(201);
  });
  afterAll(() => t.close());

  const upload = (kind: string, name: string, content: Buffer | string, auth = as()) =>
    t.http().post('/api/imports').set(auth).field('kind', kind).attach('file', Buffer.from(content), name);

  /** Polls until the job is no longer running. */
  async function settled(id: string, auth = as()): Promise<ImportAnswer> {
    for (let i = 0; i < 200; i++) {
      const { body } = await t.http().get(`/api/imports/${id}`).set(auth).expect(200);
      const answer = body as ImportAnswer;
      if (answer.status !== 'checking' && answer.status !== 'importing') return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish');
  }

  async function checkAndRun(id: string, auth = as()) {
    await t.http().post(`/api/imports/${id}/check`).set(auth).expect(202);
    const checked = await settled(id, auth);
    expect(checked.status).toBe('checked');
    await t.http().post(`/api/imports/${id}/run`).set(auth).expect(202);
    return { checked, done: await settled(id, auth) };
  }

  it('imports households with their members, names the bad row in the dry run, and changes nothing the second time', async () => {
    const a = uniqueRef('IMP');
    const b = uniqueRef('IMP');
    const csv = [
      'Referentie;Gemeente;Opvang;Beschermingsgrond;Traject;Voornaam;Geboortejaar',
      `${a};Zaanstad;host_family;temporary_protection;individual_support;Olena;1984`,
      `${a};Zaanstad;host_family;temporary_protection;individual_support;Dmytro;2012`,
      `${b};Haarlem;castle;temporary_protection;individual_support;Iryna;1990`,
      `${b};Haarlem;host_family;temporary_protection;individual_support;Zoë;1991`,
    ].join('\r\n');
    const first = (await upload('households', 'huishoudens.csv', csv).expect(201)).body as ImportAnswer;
    expect(first.rowsTotal).toBe(4);
    // Dutch headers are recognised without anyone mapping them.
    expect(first.mapping).toMatchObject({ reference: 'Referentie', municipality: 'Gemeente', firstName: 'Voornaam' });
    const mapping = { ...first.mapping, shelterType: 'Opvang', protectionBasis: 'Beschermingsgrond', track: 'Traject' };
    await t.http().put(`/api/imports/${first.id}`).set(as()).send({ mapping }).expect(200);

    const { checked, done } = await checkAndRun(first.id);
    expect(checked.rowsFailed).toBe(1);
    expect(checked.errors).toEqual([
      expect.objectContaining({ row: 4, field: 'shelterType', column: 'Opvang', code: 'not_allowed_value' }),
    ]);
    // The dry run wrote nothing.
    expect(done).toMatchObject({ status: 'done', rowsDone: 4, rowsFailed: 1, created: 3, updated: 0, unchanged: 0 });
    const households = await t
      .http()
      .get('/api/households')
      .query({ filter: JSON.stringify({ q: 'IMP' }) })
      .set(as())
      .expect(200);
    const imported = (households.body as { reference: string; id: string }[]).filter((h) =>
      [a, b].includes(h.reference),
    );
    expect(imported.map((h) => h.reference).sort()).toEqual([a, b].sort());
    const members = await t
      .http()
      .get('/api/persons')
      .query({ filter: JSON.stringify({ householdId: imported.find((h) => h.reference === b)!.id }) })
      .set(as())
      .expect(200);
    expect((members.body as { firstName: string }[]).map((p) => p.firstName)).toEqual(['Zoë']);

    // The same file again, with the remembered mapping: nothing changes.
    const again = (await upload('households', 'huishoudens.csv', csv).expect(201)).body as ImportAnswer;
    expect(again.mapping).toEqual(mapping);
    const second = await checkAndRun(again.id);
    expect(second.done).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, rowsFailed: 1 });
    const count = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM persons p JOIN households h ON h.id = p.household_id WHERE h.reference IN ($1, $2)`,
      [a, b],
    );
    expect(Number(count[0].n)).toBe(3);
  });

  it('imports contact logs from a workbook, labels by name in any language and members without accents', async () => {
    const reference = uniqueRef('LOG');
    const household = (
      await t
        .http()
        .post('/api/households')
        .set(as())
        .send({
          reference,
          municipality: 'Zaanstad',
          shelterType: 'host_family',
          protectionBasis: 'temporary_protection',
          track: 'individual_support',
        })
        .expect(201)
    ).body as { id: string };
    for (const firstName of ['Zoë', 'Taras'])
      await t.http().post('/api/persons').set(as()).send({ householdId: household.id, firstName }).expect(201);

    const header = ['Huishouden', 'Datum', 'Minuten', 'Kanaal', 'Personen', 'Labels', 'Notitie'].map((value) => ({
      value,
    }));
    const row = (...cells: (string | number | Date)[]) => cells.map((value) => ({ value }));
    const workbook = await writeExcelFile(
      [
        header,
        row(reference, new Date(Date.UTC(2026, 2, 2)), 45, 'phone', 'zoe', 'Робота; Housing', 'Called about work'),
        row(reference, '03-03-2026', 30, 'in_person', 'Taras', 'Werk', 'Visit'),
        row(reference, '2026-03-04', 20, 'phone', 'Nobody', 'Werk', 'Unknown member'),
        row('NO-SUCH-REF', '2026-03-04', 20, 'phone', '', '', 'Unknown household'),
      ],
      { dateFormat: 'dd-mm-yyyy' },
    ).toBuffer();
    const first = (await upload('contact-logs', 'logs.xlsx', workbook).expect(201)).body as ImportAnswer;
    expect(first.mapping).toMatchObject({ householdReference: 'Huishouden', occurredAt: 'Datum', minutes: 'Minuten' });
    await t
      .http()
      .put(`/api/imports/${first.id}`)
      .set(as())
      .send({ mapping: { ...first.mapping, channel: 'Kanaal', persons: 'Personen' } })
      .expect(200);
    // New logs are written together, not one request's worth of statements each.
    const oneByOne = jest.spyOn(t.app.get(ContactLogsService), 'create');
    const { checked, done } = await checkAndRun(first.id);
    expect(oneByOne).not.toHaveBeenCalled();
    oneByOne.mockRestore();
    expect(checked.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [4, 'persons', 'import_no_match'],
      [5, 'householdReference', 'import_no_match'],
    ]);
    expect(done).toMatchObject({ created: 2, rowsFailed: 2 });
    const logs = (
      await t
        .http()
        .get('/api/contact-logs')
        .query({ filter: JSON.stringify({ householdId: household.id }), sort: JSON.stringify(['occurredAt', 'ASC']) })
        .set(as())
        .expect(200)
    ).body as { occurredAt: string; minutes: number; labelIds: string[]; personIds: string[] }[];
    expect(logs.map((l) => [l.occurredAt.slice(0, 10), l.minutes, l.labelIds.length, l.personIds.length])).toEqual([
      ['2026-03-02', 45, 2, 1],
      ['2026-03-03', 30, 1, 1],
    ]);
    // As create writes them: minutes split over the labels, and an audit row per log.
    const split = (
      await t
        .http()
        .get(`/api/contact-logs/${(logs[0] as unknown as { id: string }).id}`)
        .set(as())
        .expect(200)
    ).body as { labelMinutes: Record<string, number> };
    expect(Object.values(split.labelMinutes).sort()).toEqual([22.5, 22.5]);
    const audited = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE resource = 'contact-logs' AND action = 'create' AND record_id = ANY($1)`,
      [logs.map((l) => (l as unknown as { id: string }).id)],
    );
    expect(audited[0].n).toBe(2);
  });

  it('imports logs over several chunks, each row once', async () => {
    const reference = uniqueRef('MANY');
    const household = (
      await t
        .http()
        .post('/api/households')
        .set(as())
        .send({
          reference,
          municipality: 'Zaanstad',
          shelterType: 'host_family',
          protectionBasis: 'temporary_protection',
          track: 'individual_support',
        })
        .expect(201)
    ).body as { id: string };
    await t.http().post('/api/persons').set(as()).send({ householdId: household.id, firstName: 'Maksym' }).expect(201);
    const lines = ['household,date,minutes,channel,labels,note'];
    for (let i = 0; i < 1_200; i++) {
      lines.push(
        `${reference},2026-01-${String(1 + (i % 28)).padStart(2, '0')},${15 + (i % 4) * 15},phone,Werk,Log ${i}`,
      );
    }
    const first = (await upload('contact-logs', 'many.csv', lines.join('\n')).expect(201)).body as ImportAnswer;
    await t
      .http()
      .put(`/api/imports/${first.id}`)
      .set(as())
      .send({
        mapping: {
          householdReference: 'household',
          occurredAt: 'date',
          minutes: 'minutes',
          channel: 'channel',
          labels: 'labels',
          note: 'note',
        },
      })
      .expect(200);
    const oneByOne = jest.spyOn(t.app.get(ContactLogsService), 'create');
    const { checked, done } = await checkAndRun(first.id);
    expect(oneByOne).not.toHaveBeenCalled();
    oneByOne.mockRestore();
    expect(checked).toMatchObject({ rowsDone: 1_200, rowsFailed: 0 });
    expect(done).toMatchObject({ rowsDone: 1_200, rowsFailed: 0, created: 1_200, unchanged: 0 });
    const stored = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM contact_logs WHERE household_id = $1`,
      [household.id],
    );
    expect(stored[0].n).toBe(1_200);
  });

  it('imports nothing when all or nothing is chosen and a row fails', async () => {
    const csv = 'name,city,status\nBakkerij Oost,Zaandam,active\nSlagerij West,Zaandam,friend\n';
    const first = (await upload('employers', 'werkgevers.csv', csv, org.auth('matcher')).expect(201))
      .body as ImportAnswer;
    await t
      .http()
      .put(`/api/imports/${first.id}`)
      .set(org.auth('matcher'))
      .send({ mapping: { name: 'name', city: 'city', status: 'status' }, allOrNothing: true })
      .expect(200);
    const { done } = await checkAndRun(first.id, org.auth('matcher'));
    expect(done).toMatchObject({ status: 'failed', rowsFailed: 1, created: 0 });
    const found = await t
      .http()
      .get('/api/employers')
      .query({ filter: JSON.stringify({ q: 'Bakkerij Oost' }) })
      .set(org.auth('matcher'))
      .expect(200);
    expect(found.body).toHaveLength(0);
  });

  it('refuses bad uploads and set-ups with the API error shape', async () => {
    expect((await upload('households', 'x.xlsx', 'not a workbook').expect(400)).body.code).toBe(
      'import_file_unreadable',
    );
    expect((await upload('households', 'empty.csv', '\n\n').expect(400)).body.code).toBe('import_file_unreadable');
    expect((await upload('pets', 'x.csv', 'a\n1').expect(422)).body.fieldCodes.kind.code).toBe('not_allowed_value');
    const noFile = await t.http().post('/api/imports').set(as()).field('kind', 'households').expect(422);
    expect(noFile.body.fieldCodes.file.code).toBe('required');
    const upload1 = (await upload('households', 'h.csv', 'reference\nA').expect(201)).body as ImportAnswer;
    const bad = await t
      .http()
      .put(`/api/imports/${upload1.id}`)
      .set(as())
      .send({ mapping: { reference: 'Nope', colour: 'reference' } })
      .expect(422);
    expect(bad.body.fieldCodes['mapping.reference'].code).toBe('import_no_such_column');
    expect(bad.body.fieldCodes['mapping.colour'].code).toBe('unknown_field');
    expect((await t.http().post(`/api/imports/${upload1.id}/run`).set(as()).expect(409)).body.code).toBe(
      'import_not_checked',
    );
    await t.http().get('/api/imports/not-an-id').set(as()).expect(404);
  });

  it('keeps imports to the organisation and to the roles that may write what they import', async () => {
    const mine = (await upload('employers', 'e.csv', 'name\nB', org.auth('matcher')).expect(201)).body as ImportAnswer;
    // A caseworker keeps no employers, so imports none and does not see the matcher's.
    await upload('employers', 'e.csv', 'name\nB').expect(403);
    await t.http().get(`/api/imports/${mine.id}`).set(as()).expect(404);
    await t.http().get(`/api/imports/${mine.id}`).set(other.auth('admin')).expect(404);
    await t.http().post(`/api/imports/${mine.id}/check`).set(other.auth('admin')).expect(404);
    expect((await upload('households', 'h.csv', 'reference\nX', org.auth('matcher')).expect(403)).body.code).toBe(
      'forbidden',
    );
    const list = await t.http().get('/api/imports').set(other.auth('admin')).expect(200);
    expect((list.body as { id: string }[]).map((i) => i.id)).not.toContain(mine.id);
  });
});
