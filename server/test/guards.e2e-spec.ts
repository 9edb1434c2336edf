import { checkField } from '../src/common/errors/constraint-fields.js';
import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/** Guards on what people type: dates, status moves, blocking, whose breakthrough, errors that name their field. */
describe('guards on what people type', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('coordinator');

  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await t.http().post(path).set(as()).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const household = async () => (await post('/api/households', householdBody())).id as string;
  const person = async (householdId: string, firstName = 'Olena') =>
    (await post('/api/persons', { householdId, firstName })).id as string;
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
  const day = (days: number) => daysFromNow(days).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Guards');
  });
  afterAll(() => t.close());

  describe('nothing that happened is dated in the future', () => {
    it('refuses a contact log in the future, on create and on edit, naming occurredAt', async () => {
      const h = await household();
      const p = await person(h);
      const log = { householdId: h, personIds: [p], minutes: 30, channel: 'phone' };
      const ahead = await t
        .http()
        .post('/api/contact-logs')
        .set(as())
        .send({ ...log, occurredAt: daysFromNow(2).toISOString() })
        .expect(422);
      expect(ahead.body.errors).toEqual({ occurredAt: 'cannot be in the future' });
      // An hour ahead is the future too: it would show as the household's last contact.
      await t
        .http()
        .post('/api/contact-logs')
        .set(as())
        .send({ ...log, occurredAt: new Date(Date.now() + 3600_000).toISOString() })
        .expect(422);
      const saved = await post('/api/contact-logs', {
        ...log,
        occurredAt: new Date().toISOString(),
        followUpOn: day(7),
      });
      const moved = await t
        .http()
        .put(`/api/contact-logs/${saved.id}`)
        .set(as())
        .send({ ...saved, occurredAt: daysFromNow(1).toISOString() })
        .expect(422);
      expect(moved.body.errors).toEqual({ occurredAt: 'cannot be in the future' });
      expect((await t.http().get(`/api/contact-logs/${saved.id}`).set(as())).body.occurredAt).toBe(saved.occurredAt);
    });

    it('refuses a helpdesk question received in the future, naming receivedAt', async () => {
      const question = { channel: 'phone', question: 'Waar vind ik een huisarts?' };
      const ahead = await t
        .http()
        .post('/api/helpdesk-questions')
        .set(as())
        .send({ ...question, receivedAt: daysFromNow(3).toISOString() })
        .expect(422);
      expect(ahead.body.errors).toEqual({ receivedAt: 'cannot be in the future' });
      const saved = await post('/api/helpdesk-questions', { ...question, receivedAt: daysFromNow(-1).toISOString() });
      const moved = await t
        .http()
        .put(`/api/helpdesk-questions/${saved.id}`)
        .set(as())
        .send({ receivedAt: daysFromNow(3).toISOString() })
        .expect(422);
      expect(moved.body.errors).toEqual({ receivedAt: 'cannot be in the future' });
    });
  });

  describe('placement status moves', () => {
    let personId: string;
    const history = (body: { statusHistory: { status: string }[] }) => body.statusHistory.map((h) => h.status);
    const placement = (body: Record<string, unknown> = {}) =>
      post('/api/placements', {
        personId,
        type: 'paid_job',
        contractType: 'fixed_term',
        ...(body.status ? {} : { statusChangedOn: '2026-01-05' }),
        ...body,
      });
    const put = (id: string, body: Record<string, unknown>) =>
      t.http().put(`/api/placements/${id}`).set(as()).send(body);

    beforeAll(async () => {
      // A status holder may start without a work permit or UWV notification (see placement-permits-outcomes).
      const holder = (await post('/api/households', householdBody({ protectionBasis: 'status_holder' }))).id as string;
      personId = await person(holder, 'Iryna');
    });

    it('allows every move of the table, each with what it needs', async () => {
      const p = await placement();
      // proposed → started: the start date.
      const started = await put(p.id, { status: 'started', startDate: '2026-02-01' }).expect(200);
      expect(started.body).toMatchObject({ status: 'started', startDate: '2026-02-01', endReason: null });
      // started → extended: the day of the extension, and a later end date.
      const extended = await put(p.id, {
        status: 'extended',
        statusChangedOn: '2026-05-01',
        endDate: '2026-12-31',
      }).expect(200);
      expect(extended.body).toMatchObject({ status: 'extended', endDate: '2026-12-31' });
      // extended → ended: the end date and the reason.
      const ended = await put(p.id, {
        status: 'ended',
        endDate: '2026-06-30',
        endReason: 'left_for_better_job',
      }).expect(200);
      expect(ended.body).toMatchObject({ status: 'ended', endDate: '2026-06-30', endReason: 'left_for_better_job' });
      expect(history(ended.body)).toEqual(['proposed', 'started', 'extended', 'ended']);

      // started → ended, without an extension.
      const q = await placement({ status: 'started', startDate: '2026-01-10' });
      const short = await put(q.id, { status: 'ended', endDate: '2026-03-01', endReason: 'dismissed' }).expect(200);
      expect(history(short.body)).toEqual(['started', 'ended']);
    });

    it('refuses a skipped step or a move out of ended, with 422 on status, also through a plain PUT', async () => {
      const p = await placement();
      for (const status of ['ended', 'extended']) {
        const skipped = await put(p.id, { ...p, status, endDate: '2026-03-01', endReason: 'other' }).expect(422);
        expect(skipped.body.errors).toEqual({ status: `cannot move from proposed to ${status}; allowed: started` });
      }
      const unchanged = (await t.http().get(`/api/placements/${p.id}`).set(as())).body;
      expect([unchanged.status, history(unchanged)]).toEqual(['proposed', ['proposed']]);

      const q = await placement({ status: 'started', startDate: '2026-01-10' });
      // Created as started: there is no earlier status to go back to.
      expect((await put(q.id, { status: 'proposed' }).expect(422)).body.errors.status).toMatch(
        /^cannot move from started to proposed/,
      );
      await put(q.id, { status: 'ended', endDate: '2026-02-01', endReason: 'contract_ended' }).expect(200);
      for (const status of ['proposed', 'extended']) {
        const out = await put(q.id, { status }).expect(422);
        expect(out.body.errors).toEqual({ status: `cannot move from ended to ${status}; an ended placement is final` });
      }
    });

    it('asks why a running placement ends, and takes a reason only for an ended one', async () => {
      const p = await placement({ status: 'started', startDate: '2026-01-10' });
      const noReason = await put(p.id, { status: 'ended', endDate: '2026-02-01' }).expect(422);
      expect(noReason.body.errors).toEqual({ endReason: 'is required to end a placement' });
      const badReason = await put(p.id, { status: 'ended', endDate: '2026-02-01', endReason: 'bored' }).expect(422);
      expect(Object.keys(badReason.body.errors)).toEqual(['endReason']);
      const notEnded = await put(p.id, { notes: 'x', endReason: 'other' }).expect(422);
      expect(notEnded.body.errors).toEqual({ endReason: 'is only for an ended placement' });
      // An extension extends: its end date comes after the one it replaces.
      await put(p.id, { endDate: '2026-06-30' }).expect(200);
      const shorter = await put(p.id, { status: 'extended', endDate: '2026-05-01' }).expect(422);
      expect(shorter.body.errors).toEqual({ endDate: 'must be after the end date it extends (2026-06-30)' });
    });

    it('refuses a status change dated in the future', async () => {
      const p = await placement();
      const ahead = await put(p.id, { status: 'started', statusChangedOn: day(3) }).expect(422);
      expect(ahead.body.errors).toEqual({ statusChangedOn: 'cannot be in the future' });
      const startAhead = await put(p.id, { status: 'started', startDate: day(20) }).expect(422);
      expect(startAhead.body.errors).toEqual({ startDate: 'cannot be in the future' });
    });

    it('undoes the last move by moving back to the status before it: the change leaves the history', async () => {
      const p = await placement();
      const started = (await put(p.id, { status: 'started', startDate: '2026-02-01', version: p.version }).expect(200))
        .body;
      // The board's undo: the record as it was before the move, with the version the move returned.
      const undone = await put(p.id, { status: 'proposed', startDate: null, version: started.version }).expect(200);
      expect(undone.body).toMatchObject({ status: 'proposed', startDate: null });
      expect(history(undone.body)).toEqual(['proposed']);

      const q = await placement({ status: 'started', startDate: '2026-01-10' });
      const ended = (await put(q.id, { status: 'ended', endDate: '2026-03-01', endReason: 'moved_away' }).expect(200))
        .body;
      const back = await put(q.id, { status: 'started', endDate: null, version: ended.version }).expect(200);
      expect(back.body).toMatchObject({ status: 'started', endDate: null, endReason: null });
      expect(history(back.body)).toEqual(['started']);
      // An undo of a record someone changed since is refused.
      const again = (await put(q.id, { status: 'ended', endDate: '2026-03-01', endReason: 'moved_away' }).expect(200))
        .body;
      await put(q.id, { notes: 'changed since' }).expect(200);
      await put(q.id, { status: 'started', endDate: null, version: again.version }).expect(409);
    });
  });

  describe('only open and in-progress obstacles block', () => {
    it('keeps a resolved blocker link as history, out of the links in force on both ends', async () => {
      const p = await person(await household());
      const blocked = await post('/api/obstacles', { personId: p, domainKey: 'work', title: 'No job' });
      const other = await post('/api/obstacles', { personId: p, domainKey: 'education', title: 'No course' });
      const blocker = await post('/api/obstacles', {
        personId: p,
        domainKey: 'language_communication',
        title: 'No Dutch',
        blocksIds: [blocked.id, other.id],
      });
      expect(blocker).toMatchObject({ activeBlocksIds: [blocked.id, other.id].sort() });
      const get = async (id: string) => (await t.http().get(`/api/obstacles/${id}`).set(as()).expect(200)).body;
      expect((await get(blocked.id)).activeBlockedByIds).toEqual([blocker.id]);

      // A target that is resolved is blocked no more.
      await t
        .http()
        .put(`/api/obstacles/${other.id}`)
        .set(as())
        .send({ status: 'resolved', resolvedOn: day(0) })
        .expect(200);
      expect((await get(blocker.id)).activeBlocksIds).toEqual([blocked.id]);

      for (const status of ['resolved', 'not_resolvable']) {
        await t
          .http()
          .put(`/api/obstacles/${blocker.id}`)
          .set(as())
          .send({ status, resolvedOn: status === 'resolved' ? day(0) : null })
          .expect(200);
        const was = await get(blocker.id);
        expect([was.blocksIds, was.activeBlocksIds]).toEqual([[blocked.id, other.id].sort(), []]);
        const freed = await get(blocked.id);
        expect([freed.blockedByIds, freed.activeBlockedByIds]).toEqual([[blocker.id], []]);
      }
      // Reopened, it blocks again.
      await t
        .http()
        .put(`/api/obstacles/${blocker.id}`)
        .set(as())
        .send({ status: 'in_progress', resolvedOn: null })
        .expect(200);
      expect((await get(blocked.id)).activeBlockedByIds).toEqual([blocker.id]);
      const list = await t
        .http()
        .get('/api/obstacles')
        .query({ filter: JSON.stringify({ personId: p }) })
        .set(as())
        .expect(200);
      expect(list.body.find((o: { id: string }) => o.id === blocker.id).activeBlocksIds).toEqual([blocked.id]);
    });
  });

  describe("a person's breakthroughs", () => {
    it('are those that removed their obstacles or completed their referral, not every member of the household', async () => {
      const h = await household();
      const [mother, son, daughter] = [await person(h, 'Olena'), await person(h, 'Taras'), await person(h, 'Mila')];
      const hers = await post('/api/obstacles', {
        personId: mother,
        domainKey: 'housing',
        title: 'No house',
        identifiedOn: day(-30),
      });
      const his = await post('/api/obstacles', {
        personId: son,
        domainKey: 'education',
        title: 'No school',
        identifiedOn: day(-30),
      });
      const house = await post('/api/breakthroughs', {
        householdId: h,
        date: day(-2),
        title: 'Huurhuis',
        obstacleIds: [hers.id],
      });
      const school = await post('/api/breakthroughs', {
        householdId: h,
        date: day(-1),
        title: 'Schoolplek',
        obstacleIds: [his.id],
      });
      const partner = await post('/api/partner-organizations', { name: `Taalhuis ${Date.now()}` });
      await post('/api/consents', {
        personId: daughter,
        purpose: 'sharing',
        partnerOrganizationId: partner.id,
        givenOn: day(-10),
        givenHow: 'written',
      });
      await post('/api/referrals', {
        personId: daughter,
        partnerOrganizationId: partner.id,
        status: 'completed',
        breakthroughId: school.id,
        date: day(-3),
      });

      const of = async (personId: string) =>
        (
          await t
            .http()
            .get('/api/breakthroughs')
            .query({ filter: JSON.stringify({ personId }), sort: JSON.stringify(['date', 'ASC']) })
            .set(as())
            .expect(200)
        ).body.map((b: { title: string }) => b.title);
      expect(await of(mother)).toEqual(['Huurhuis']);
      expect(await of(son)).toEqual(['Schoolplek']);
      expect(await of(daughter)).toEqual(['Schoolplek']);
      const all = await t
        .http()
        .get('/api/breakthroughs')
        .query({ filter: JSON.stringify({ householdId: h }) })
        .set(as())
        .expect(200);
      expect(all.body.map((b: { id: string }) => b.id).sort()).toEqual([house.id, school.id].sort());
    });
  });

  describe('every 422 names its field', () => {
    it('names nextReviewDate when it falls before the start date a plan gets on activation', async () => {
      const p = await person(await household());
      const res = await t
        .http()
        .post('/api/perspective-plans')
        .set(as())
        .send({ personId: p, status: 'active', nextReviewDate: day(-30) })
        .expect(422);
      expect(res.body.errors).toEqual({ nextReviewDate: `cannot be before the start date (${day(0)})` });
      const plan = await post('/api/perspective-plans', { personId: p, status: 'draft', nextReviewDate: day(-30) });
      const activated = await t
        .http()
        .put(`/api/perspective-plans/${plan.id}`)
        .set(as())
        .send({ status: 'active' })
        .expect(422);
      expect(Object.keys(activated.body.errors)).toEqual(['nextReviewDate']);
    });

    it('knows the field of every CHECK constraint in the database', async () => {
      const checks: { constraint: string; table: string }[] = await t.dataSource.query(
        `SELECT c.conname AS constraint, r.relname AS table FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
          JOIN pg_namespace n ON n.oid = r.relnamespace WHERE c.contype = 'c' AND n.nspname = 'public'`,
      );
      const columns: { table: string; column: string }[] = await t.dataSource.query(
        `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      // incomes' `from` and `to` are SQL keywords: their columns are from_date and to_date.
      const KEYWORD_COLUMNS: Record<string, string> = { from_date: 'from', to_date: 'to' };
      const camel = (s: string) => KEYWORD_COLUMNS[s] ?? s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
      const fieldsOf = (table: string) => new Set(columns.filter((c) => c.table === table).map((c) => camel(c.column)));
      const unnamed = checks
        .filter(({ constraint, table }) => {
          const field = checkField(constraint, table)?.field;
          // A link table's check names the field of the record that sends the links.
          return !field || !(fieldsOf(table).has(field) || field.endsWith('Ids'));
        })
        .map((c) => c.constraint);
      expect(checks.length).toBeGreaterThan(30);
      expect(unnamed).toEqual([]);
    });
  });
});
