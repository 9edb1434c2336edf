import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';

/**
 * The national-scale dataset, written set-based in SQL straight into
 * Doorbraak's own (migrated) schema. At scale 1: 50 organisations, 100,000
 * households, 250,000 persons, ~500,000 obstacles, 2,000,000 contact logs
 * (half of them in organisation 2, "the big one") with their label rows as the
 * app writes them, 20,000 placements with their status history, one task per
 * household, perspective plans with reviews, breakthroughs, network
 * conversations, consents and helpdesk questions.
 *
 * Deterministic: every "random" choice hashes the row number; only UUIDs
 * differ between runs. Every row carries the organisation of its household,
 * so the app's runtime role sees it under row-level security exactly as it
 * would see its own records. Run as a role that bypasses row-level security
 * (the superuser of the throwaway cluster).
 */
export interface DatasetSize {
  organizations: number;
  households: number;
  contactLogs: number;
  placements: number;
}

export function sizeFor(scale: number): DatasetSize {
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be above 0 and at most 10');
  return {
    // Fewer organisations at small scales keep each one's share of the data national-like.
    organizations: Math.max(3, Math.min(50, Math.round(50 * Math.sqrt(scale)))),
    households: Math.max(60, Math.round(100_000 * scale)),
    contactLogs: Math.max(600, Math.round(2_000_000 * scale)),
    placements: Math.max(20, Math.round(20_000 * scale)),
  };
}

type Log = (line: string) => void;

const MUNICIPALITIES = [
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Apeldoorn',
  'Arnhem',
  'Haarlem',
  'Haarlemmermeer',
  'Amersfoort',
  'Zaanstad',
  'Enschede',
  'Den Bosch',
  'Zwolle',
  'Leiden',
  'Zoetermeer',
  'Leeuwarden',
  'Maastricht',
  'Dordrecht',
  'Ede',
  'Alphen aan den Rijn',
  'Westland',
  'Alkmaar',
  'Emmen',
  'Delft',
  'Venlo',
  'Deventer',
  'Sittard-Geleen',
  'Helmond',
  'Oss',
  'Amstelveen',
  'Hilversum',
  'Súdwest-Fryslân',
  'Heerlen',
  'Purmerend',
];

/** Fills an empty, migrated database; `superuser` bypasses row-level security. */
export async function generateDataset(superuser: DataSource, size: DatasetSize, log: Log): Promise<void> {
  const started = performance.now();
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    await superuser.query(sql, params);
    log(`  ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  // r(k, s): a deterministic number in [0, 1) for row k and stream s; pick(a, k, s): one element of a.
  await superuser.query(`CREATE OR REPLACE FUNCTION bench_r(k bigint, s bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(k, s) & 4503599627370495)::float8 / 4503599627370496.0 $$`);
  await superuser.query(`CREATE OR REPLACE FUNCTION bench_pick(a anyarray, k bigint, s bigint) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a[1 + floor(bench_r(k, s) * array_length(a, 1))::int] $$`);

  const { organizations: nOrg, households: nHh, contactLogs: nLogs, placements: nPl } = size;
  // Organisation 2 holds 10% of the households and half of the contact logs; the others share the rest.
  await step(
    'organisations',
    `
    CREATE TABLE bench_org (n int PRIMARY KEY, id uuid NOT NULL, hh int NOT NULL, hh_start int, munis text[], ncw int);
    WITH o AS (
      INSERT INTO organizations (name, created_at, updated_at)
      SELECT 'Bench organisation ' || n, now() - interval '3 years', now() - interval '3 years' FROM generate_series(1, ${nOrg}) n
      RETURNING id, name)
    INSERT INTO bench_org (n, id, hh)
    SELECT substr(o.name, 20)::int, o.id,
           CASE WHEN substr(o.name, 20)::int = 2 THEN ${Math.round(nHh / 10)}
                ELSE ${Math.floor((nHh - Math.round(nHh / 10)) / (nOrg - 1))}
                     + CASE WHEN substr(o.name, 20)::int - CASE WHEN substr(o.name, 20)::int > 2 THEN 1 ELSE 0 END
                               <= ${(nHh - Math.round(nHh / 10)) % (nOrg - 1)} THEN 1 ELSE 0 END END
      FROM o;
    UPDATE bench_org o SET hh_start = s.start, ncw = ceil(o.hh / 80.0)::int,
           munis = ARRAY(SELECT m FROM generate_series(0, 4 + (o.n * 7) % 6) j,
                         LATERAL (SELECT ($1::text[])[((o.n * 3 + j * 7) % 40) + 1] AS m) x ORDER BY j)
      FROM (SELECT n, 1 + coalesce(sum(hh) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS start FROM bench_org) s
     WHERE s.n = o.n`.replace(/\$1/g, `ARRAY[${MUNICIPALITIES.map((m) => `'${m}'`).join(',')}]`),
  );

  // Users: one caseworker per 80 households, a coordinator and a matcher per organisation. No password
  // opens them ('!' is no bcrypt hash): the benchmark signs its tokens for sessions it opens itself.
  await step(
    'users and sessions',
    `
    CREATE TABLE bench_user (org_n int, role text, i int, id uuid DEFAULT gen_random_uuid(), PRIMARY KEY (org_n, role, i));
    INSERT INTO bench_user (org_n, role, i) SELECT o.n, 'caseworker', i FROM bench_org o, generate_series(1, o.ncw) i;
    INSERT INTO bench_user (org_n, role, i) SELECT o.n, r, 1 FROM bench_org o, unnest(ARRAY['coordinator', 'matcher']) r;
    INSERT INTO users (id, organization_id, email, full_name, role, password_hash, created_at, updated_at)
    SELECT u.id, o.id, format('%s-%s-%s@bench.invalid', u.role, u.org_n, u.i), initcap(u.role) || ' ' || u.org_n || '-' || u.i, u.role, '!',
           now() - interval '3 years', now() - interval '3 years'
      FROM bench_user u JOIN bench_org o ON o.n = u.org_n;
    INSERT INTO sessions (id, user_id, expires_at)
    SELECT u.id, u.id, now() + interval '7 days' FROM bench_user u WHERE u.role = 'coordinator' OR (u.role = 'caseworker' AND u.i = 1)`,
  );

  const t = performance.now();
  const orgs: { id: string }[] = await superuser.query('SELECT id FROM bench_org ORDER BY n');
  for (const org of orgs) await createDefaultCodebook(superuser.manager, org.id);
  await superuser.query(`
    CREATE TABLE bench_codebook AS
    SELECT l.organization_id AS org_id, array_agg(l.id ORDER BY l.parent_id NULLS FIRST, l.name->>'en', l.id) AS ids,
           array_agg(coalesce(l.parent_id, l.id) ORDER BY l.parent_id NULLS FIRST, l.name->>'en', l.id) AS roots
      FROM labels l WHERE l.organization_id IN (SELECT id FROM bench_org) GROUP BY l.organization_id;
    ALTER TABLE bench_codebook ADD PRIMARY KEY (org_id)`);
  log(`  codebooks (the default one per organisation): ${((performance.now() - t) / 1000).toFixed(1)} s`);

  await step(
    'households',
    `
    CREATE TABLE bench_hh AS
    SELECT s AS hseq, o.n AS org_n, o.id AS org_id, s - o.hh_start AS k, gen_random_uuid() AS id, 1 + s % 4 AS n_members,
           o.munis[1 + floor(array_length(o.munis, 1) * power(bench_r(s, 1), 1.4))::int] AS municipality,
           o.ncw, now() - (bench_r(s, 2) * interval '1095 days') AS created_at
      FROM bench_org o, generate_series(o.hh_start, o.hh_start + o.hh - 1) s;
    ALTER TABLE bench_hh ADD PRIMARY KEY (hseq);
    ALTER TABLE bench_hh ADD COLUMN cw uuid, ADD COLUMN cw2 uuid;
    UPDATE bench_hh h SET cw = u.id FROM bench_user u WHERE u.org_n = h.org_n AND u.role = 'caseworker' AND u.i = 1 + h.k % h.ncw;
    UPDATE bench_hh h SET cw2 = u.id FROM bench_user u WHERE u.org_n = h.org_n AND u.role = 'caseworker' AND u.i = 1 + (h.k + 1) % h.ncw;
    INSERT INTO households (id, created_at, updated_at, organization_id, reference, municipality, shelter_type, shelter_end_date,
                            protection_basis, protection_end_date, languages, track, status, assignee_ids, notes)
    SELECT h.id, h.created_at, h.created_at, h.org_id, format('B%s-%s', h.org_n, lpad((h.k + 1)::text, 5, '0')), h.municipality,
           bench_pick(ARRAY['host_family','host_family','municipal_shelter','municipal_shelter','municipal_shelter','hotel','flex_housing','own_rental','social_housing','other'], h.hseq, 3),
           CASE WHEN bench_r(h.hseq, 4) < 0.4 THEN current_date + (-60 + floor(bench_r(h.hseq, 5) * 425))::int END,
           p.basis,
           CASE p.basis WHEN 'temporary_protection' THEN DATE '2027-03-04' WHEN 'asylum_seeker' THEN current_date + floor(bench_r(h.hseq, 7) * 540)::int END,
           bench_pick(ARRAY['{uk}','{uk,ru}','{ru}','{ar}','{ti}','{uk,en}','{fa}','{so}']::text[], h.hseq, 8)::text[],
           bench_pick(ARRAY['individual_support','individual_support','helpdesk','placement'], h.hseq, 9),
           CASE WHEN bench_r(h.hseq, 10) < 0.9 THEN 'active' ELSE 'closed' END,
           CASE WHEN bench_r(h.hseq, 11) < 0.1 THEN ARRAY[h.cw, h.cw2] ELSE ARRAY[h.cw] END,
           CASE WHEN bench_r(h.hseq, 12) < 0.5 THEN 'Intake done; waiting for the municipality.' END
      FROM bench_hh h
     CROSS JOIN LATERAL (SELECT bench_pick(ARRAY['temporary_protection','temporary_protection','temporary_protection','status_holder','status_holder','asylum_seeker','third_country_national','other'], h.hseq, 6) AS basis) p;
    -- 1% of the households (and below, of the other records) are soft-deleted, as in real use.
    UPDATE households SET deleted_at = now() - interval '10 days' WHERE id IN (SELECT id FROM bench_hh WHERE bench_r(hseq, 13) < 0.01)`,
  );

  await step(
    'persons',
    `
    CREATE TABLE bench_p AS
    SELECT row_number() OVER (ORDER BY h.hseq, m)::int AS pseq, h.hseq, h.id AS hh_id, h.org_id, h.org_n, m AS member_no,
           gen_random_uuid() AS id, h.created_at + interval '1 hour' AS created_at
      FROM bench_hh h, generate_series(1, h.n_members) m;
    ALTER TABLE bench_p ADD PRIMARY KEY (pseq);
    ALTER TABLE bench_hh ADD COLUMN members uuid[];
    UPDATE bench_hh h SET members = x.members FROM (SELECT hseq, array_agg(id ORDER BY member_no) AS members FROM bench_p GROUP BY hseq) x WHERE x.hseq = h.hseq;
    INSERT INTO persons (id, created_at, updated_at, organization_id, household_id, first_name, birth_year, gender, household_role,
                         language_levels, education_level, diploma_evaluation, profession, ambitions, childcare_need, arrived_on)
    SELECT p.id, p.created_at, p.created_at, p.org_id, p.hh_id,
           bench_pick(ARRAY['Olena','Oksana','Iryna','Andrii','Dmytro','Mykola','Kateryna','Yulia','Serhii','Natalia','Ahmad','Fatima','Yonas','Semhar','Amina','Reza','Leila','Abdi','Hodan'], p.pseq, 20),
           CASE WHEN p.member_no <= 2 THEN 1960 + floor(bench_r(p.pseq, 21) * 45)::int ELSE 2008 + floor(bench_r(p.pseq, 21) * 18)::int END,
           bench_pick(ARRAY['female','male','female','male','non_binary','unknown'], p.pseq, 22),
           CASE p.member_no WHEN 1 THEN 'head' WHEN 2 THEN 'partner' ELSE 'child' END,
           CASE WHEN p.member_no <= 2 THEN jsonb_build_object('uk', 'native', 'nl', bench_pick(ARRAY['A0','A1','A2','B1','B2'], p.pseq, 23)) ELSE '{}'::jsonb END,
           CASE WHEN p.member_no <= 2 THEN bench_pick(ARRAY['secondary','vocational','bachelor','master','primary'], p.pseq, 25) END,
           CASE WHEN p.member_no <= 2 THEN bench_pick(ARRAY['not_needed','not_started','requested','evaluated'], p.pseq, 26) END,
           CASE WHEN p.member_no <= 2 THEN bench_pick(ARRAY['teacher','nurse','engineer','accountant','driver','cook'], p.pseq, 27) END,
           CASE WHEN p.member_no <= 2 THEN 'Work at own level' END,
           p.member_no > 2 AND bench_r(p.pseq, 29) < 0.5,
           CASE WHEN bench_r(p.pseq, 38) < 0.95 THEN current_date - floor(bench_r(p.hseq, 39) * 730)::int END
      FROM bench_p p;
    -- Status holders got their status some months after arrival (the cohort report's start "status").
    UPDATE persons p SET status_granted_on = least(current_date, p.arrived_on + 90 + floor(bench_r(hashtext(p.id::text), 40) * 360)::int)
      FROM households h WHERE h.id = p.household_id AND h.protection_basis = 'status_holder' AND p.arrived_on IS NOT NULL`,
  );

  await step(
    'obstacles (1 to 3 per person)',
    `
    INSERT INTO obstacles (created_at, updated_at, organization_id, person_id, household_id, domain_key, title, severity, status,
                           identified_on, resolved_on, systemic, deleted_at)
    SELECT x.ident::timestamptz + interval '10 hours', x.ident::timestamptz + interval '10 hours', x.org_id, x.id, x.hh_id, x.domain,
           initcap(replace(x.domain, '_', ' ')) || ': ' || bench_pick(ARRAY['waiting list','no documents','language barrier','costs','distance'], x.k, 33),
           bench_pick(ARRAY['low','medium','medium','high'], x.k, 34), x.status, x.ident,
           CASE WHEN x.status = 'resolved' THEN least(current_date, x.ident + floor(bench_r(x.k, 35) * 240)::int) END,
           bench_r(x.k, 36) < 0.1, CASE WHEN bench_r(x.k, 37) < 0.01 THEN now() END
      FROM (SELECT p.org_id, p.id, p.hh_id, p.pseq::bigint * 4 + o AS k,
                   bench_pick(ARRAY['work','work','housing','housing','language_communication','education','health_social_care','leisure','bonds','bridges','links','culture','digital_skills','safety','stability','rights_responsibilities'], p.pseq::bigint * 4 + o, 31) AS domain,
                   bench_pick(ARRAY['open','open','in_progress','resolved','resolved','not_resolvable'], p.pseq::bigint * 4 + o, 32) AS status,
                   least(current_date, p.created_at::date + floor(bench_r(p.pseq::bigint * 4 + o, 30) * 700)::int) AS ident
              FROM bench_p p, generate_series(1, 1 + p.pseq % 3) o) x`,
  );

  await step(
    'placements and their status history',
    `
    CREATE TABLE bench_pl AS
    SELECT p.pseq, p.id AS person_id, p.org_id, p.org_n, gen_random_uuid() AS id,
           bench_pick(ARRAY['paid_job','paid_job','paid_job','internship','volunteer','one_off_gig'], p.pseq, 50) AS type,
           bench_pick(ARRAY['proposed','proposed','started','started','started','started','ended','ended','ended','extended'], p.pseq, 51) AS status,
           current_date - (15 + floor(bench_r(p.pseq, 52) * 680))::int AS start_past
      FROM bench_p p WHERE p.member_no <= 2
     ORDER BY bench_r(p.pseq, 49) LIMIT ${nPl};
    ALTER TABLE bench_pl ADD COLUMN contract text, ADD COLUMN start_date date, ADD COLUMN end_date date, ADD COLUMN created date;
    UPDATE bench_pl SET
      contract = CASE WHEN type IN ('one_off_gig', 'volunteer') THEN 'none' ELSE bench_pick(ARRAY['permanent','fixed_term','fixed_term','on_call','agency'], pseq, 53) END,
      start_date = CASE WHEN status = 'proposed' THEN CASE WHEN bench_r(pseq, 54) < 0.5 THEN current_date + (7 + floor(bench_r(pseq, 55) * 50))::int END ELSE start_past END;
    UPDATE bench_pl SET
      end_date = CASE WHEN status = 'ended' THEN least(current_date - 1, start_date + (1 + floor(bench_r(pseq, 56) * 300))::int)
                      WHEN status IN ('started', 'extended') AND contract IN ('fixed_term', 'agency', 'none') THEN current_date + (1 + floor(bench_r(pseq, 57) * 300))::int END,
      created = coalesce(least(start_date, current_date) - 14, current_date - floor(bench_r(pseq, 58) * 60)::int);
    UPDATE bench_pl SET end_date = start_date WHERE end_date < start_date;
    INSERT INTO employers (organization_id, name, city, status)
    SELECT o.id, 'Employer ' || o.n || '-' || i, 'Utrecht', 'active' FROM bench_org o, generate_series(1, 20) i;
    INSERT INTO placements (id, created_at, updated_at, organization_id, person_id, employer_id, matcher_id, type, contract_type, hours_per_week,
                            start_date, end_date, sector, job_title, fit, status, source, end_reason)
    SELECT pl.id, pl.created::timestamptz + interval '9 hours', pl.created::timestamptz + interval '9 hours', pl.org_id, pl.person_id,
           (SELECT e.id FROM employers e WHERE e.organization_id = pl.org_id ORDER BY e.name OFFSET pl.pseq % 20 LIMIT 1),
           (SELECT u.id FROM bench_user u WHERE u.org_n = pl.org_n AND u.role = 'matcher'),
           pl.type, pl.contract, (8 + floor(bench_r(pl.pseq, 60) * 33))::numeric(4,1), pl.start_date, pl.end_date,
           bench_pick(ARRAY['logistics','care','hospitality','IT','construction','retail'], pl.pseq, 61),
           bench_pick(ARRAY['order picker','care assistant','cook','developer','carpenter','cashier'], pl.pseq, 62),
           bench_pick(ARRAY['fits','fits','partly','does_not_fit'], pl.pseq, 63), pl.status,
           bench_pick(ARRAY['matcher','matcher','informal_network','agency','municipality'], pl.pseq, 64),
           CASE WHEN pl.status = 'ended' THEN 'contract_ended' END
      FROM bench_pl pl;
    INSERT INTO placement_status_changes (placement_id, status, changed_on, changed_by_id, changed_at)
    SELECT pl.id, 'proposed', pl.created, NULL::uuid, pl.created::timestamptz + interval '9 hours' FROM bench_pl pl
    UNION ALL SELECT pl.id, 'started', pl.start_date, NULL, pl.start_date::timestamptz + interval '9 hours' FROM bench_pl pl WHERE pl.status IN ('started', 'ended', 'extended')
    UNION ALL SELECT pl.id, 'ended', pl.end_date, NULL, pl.end_date::timestamptz + interval '17 hours' FROM bench_pl pl WHERE pl.status = 'ended'
    UNION ALL SELECT pl.id, 'extended', least(current_date, pl.start_date + 180), NULL, least(current_date, pl.start_date + 180)::timestamptz + interval '12 hours' FROM bench_pl pl WHERE pl.status = 'extended';
    UPDATE persons p SET matching_since = pl.created - 30 FROM bench_pl pl WHERE pl.person_id = p.id`,
  );

  await step(
    'tasks, plans, reviews, breakthroughs, conversations, consents',
    `
    INSERT INTO tasks (created_at, updated_at, organization_id, title, due_date, assignee_id, household_id, person_id, status, done_on, deadline_kind, deadline_date)
    SELECT now() - interval '30 days', now() - interval '30 days', h.org_id,
           CASE WHEN d.is_deadline THEN 'Prepare the move before the shelter ends'
                ELSE bench_pick(ARRAY['Call the municipality','Book a language intake','Check the benefit application','Visit the school'], h.hseq, 70) END,
           CASE WHEN d.is_deadline THEN hh.shelter_end_date - 14 ELSE current_date + (-60 + floor(bench_r(h.hseq, 71) * 120))::int END,
           h.cw, h.id, CASE WHEN bench_r(h.hseq, 72) < 0.5 THEN h.members[1] END,
           s.status, CASE WHEN s.status = 'done' THEN current_date - floor(bench_r(h.hseq, 74) * 30)::int END,
           CASE WHEN d.is_deadline THEN 'shelter_end' END, CASE WHEN d.is_deadline THEN hh.shelter_end_date END
      FROM bench_hh h JOIN households hh ON hh.id = h.id
     CROSS JOIN LATERAL (SELECT hh.shelter_end_date >= current_date AND bench_r(h.hseq, 75) < 0.3 AS is_deadline) d
     CROSS JOIN LATERAL (SELECT bench_pick(ARRAY['open','open','open','open','open','done','done','done','done','cancelled'], h.hseq, 73) AS status) s;
    INSERT INTO perspective_plans (created_at, updated_at, organization_id, person_id, perspective, status, start_date, next_review_date, owner_id)
    SELECT p.created_at, p.created_at, p.org_id, p.id, 'Work at own level within a year', 'active', p.created_at::date, p.created_at::date + 90, h.cw
      FROM bench_p p JOIN bench_hh h ON h.hseq = p.hseq WHERE p.member_no = 1;
    INSERT INTO plan_reviews (organization_id, plan_id, reviewed_on, reviewer_id, note, snapshot, created_at)
    SELECT pp.organization_id, pp.id, pp.start_date + 90 * i, pp.owner_id, 'Progress reviewed.', '{}'::jsonb, (pp.start_date + 90 * i)::timestamptz + interval '10 hours'
      FROM perspective_plans pp, generate_series(1, 2) i
     WHERE pp.organization_id IN (SELECT id FROM bench_org) AND pp.start_date + 90 * i <= current_date;
    INSERT INTO breakthroughs (created_at, updated_at, organization_id, household_id, date, title)
    SELECT h.created_at, h.created_at, h.org_id, h.id, least(current_date, h.created_at::date + 120), 'Municipality found a way'
      FROM bench_hh h WHERE bench_r(h.hseq, 76) < 0.2;
    INSERT INTO network_conversations (created_at, updated_at, organization_id, person_id, date, sector, contact)
    SELECT p.created_at, p.created_at, p.org_id, p.id, least(current_date, p.created_at::date + 60), 'care', 'Neighbour'
      FROM bench_p p WHERE p.member_no <= 2 AND bench_r(p.pseq, 77) < 0.2;
    INSERT INTO consents (created_at, updated_at, organization_id, person_id, purpose, given_on, given_how, recorded_by_id)
    SELECT p.created_at, p.created_at, p.org_id, p.id, (ARRAY['support','research'])[1 + p.pseq % 2], p.created_at::date, 'spoken', h.cw
      FROM bench_p p JOIN bench_hh h ON h.hseq = p.hseq WHERE p.member_no <= 2`,
  );

  // Half of the logs in organisation 2, the rest spread over every other household; two years back.
  await superuser.query(`
    CREATE TABLE bench_hh_idx AS
    SELECT h.*, h.org_n = 2 AS big, (row_number() OVER (PARTITION BY h.org_n = 2 ORDER BY h.hseq) - 1)::int AS gidx FROM bench_hh h;
    ALTER TABLE bench_hh_idx ADD PRIMARY KEY (big, gidx);
    ANALYZE bench_hh_idx`);
  const [{ bigCount, otherCount }] = await superuser.query<{ bigCount: number; otherCount: number }[]>(
    `SELECT count(*) FILTER (WHERE big)::int AS "bigCount", count(*) FILTER (WHERE NOT big)::int AS "otherCount" FROM bench_hh_idx`,
  );
  await step(
    `contact logs (${nLogs.toLocaleString('en')})`,
    `
    INSERT INTO contact_logs (created_at, updated_at, organization_id, household_id, person_ids, occurred_at, minutes, channel, language, author_id,
                              note, follow_up_on, labelled)
    SELECT least(x.at + interval '2 hours', now()), least(x.at + interval '2 hours', now()), h.org_id, h.id,
           CASE WHEN h.n_members > 1 AND bench_r(s.g, 90) < 0.3 THEN h.members[1:2] ELSE h.members[1:1] END,
           x.at, (ARRAY[10, 15, 20, 30, 45, 60, 90])[1 + (s.g % 7)],
           bench_pick(ARRAY['in_person','in_person','phone','phone','video','messaging','email','home_visit','other'], s.g, 91),
           bench_pick(ARRAY['uk','uk','nl','ru','en','ar'], s.g, 92),
           CASE WHEN bench_r(s.g, 93) < 0.9 THEN h.cw ELSE h.cw2 END,
           bench_pick(ARRAY['Spoke about work and the next steps towards a job.', 'Helped with a letter from the municipality.',
                            'Language course intake discussed; waiting list.', 'Short call, follow-up next week.'], s.g, 94),
           CASE WHEN bench_r(s.g, 95) < 0.1 THEN (x.at + interval '7 days')::date END,
           s.g % 33 <> 0
      FROM (SELECT g::bigint AS g, g <= ${Math.floor(nLogs / 2)} AS big FROM generate_series(1, ${nLogs}) g) s
      JOIN bench_hh_idx h ON h.big = s.big AND h.gidx = (s.g % CASE WHEN s.big THEN ${bigCount} ELSE ${otherCount} END)::int
     CROSS JOIN LATERAL (SELECT now() - bench_r(s.g, 96) * interval '730 days' AS at) x`,
  );

  // Label rows as the app writes them: one label, or for 30% two (minutes split, the remainder on the first);
  // a log's organisation, time, household and author copied; per log and theme only the lowest label id primary.
  await step(
    'contact log labels',
    `
    CREATE TABLE bench_pick2 AS
    SELECT cl.id, cl.organization_id, cl.occurred_at, cl.household_id, cl.author_id, cl.minutes, q.two,
           cb.ids[q.ia] AS a, cb.ids[q.ib] AS b, cb.roots[q.ia] AS ra, cb.roots[q.ib] AS rb
      FROM contact_logs cl JOIN bench_codebook cb ON cb.org_id = cl.organization_id
     CROSS JOIN LATERAL (SELECT abs(hashtext(cl.id::text))::bigint AS h) hh
     CROSS JOIN LATERAL (SELECT hh.h % 10 < 3 AS two, 1 + (hh.h % 21)::int AS ia, 1 + ((hh.h % 21) + 1 + (hh.h / 21) % 20)::int % 21 AS ib) q
     WHERE cl.labelled AND cl.organization_id IN (SELECT id FROM bench_org);
    INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit, primary_in_root)
    SELECT p.id, p.a, p.organization_id, p.occurred_at, p.household_id, p.author_id,
           CASE WHEN p.two THEN (p.minutes * 100 - floor(p.minutes * 100 / 2)) / 100.0 ELSE p.minutes END, false,
           NOT (p.two AND p.ra = p.rb AND p.b < p.a)
      FROM bench_pick2 p
    UNION ALL
    SELECT p.id, p.b, p.organization_id, p.occurred_at, p.household_id, p.author_id, floor(p.minutes * 100 / 2) / 100.0, false, NOT (p.ra = p.rb AND p.a < p.b)
      FROM bench_pick2 p WHERE p.two;
    DROP TABLE bench_pick2`,
  );

  // The theme report's pre-aggregate was fed by the triggers as the rows went in; folded as the report would.
  await step('theme report pre-aggregate folded', `SELECT contact_log_theme_months_compact(id) FROM bench_org`);

  await step(
    'helpdesk questions',
    `
    INSERT INTO helpdesk_questions (created_at, updated_at, organization_id, received_at, channel, language, question, answer, minutes, status, household_id, answered_by_id)
    SELECT x.at, x.at, h.org_id, x.at, bench_pick(ARRAY['phone','email','messaging','in_person'], h.hseq, 100), 'uk',
           'Where do I register for a language course?', 'At the municipality desk.', (ARRAY[5, 10, 15, 20])[1 + h.hseq % 4]::int, 'answered', h.id, h.cw
      FROM bench_hh h CROSS JOIN LATERAL (SELECT now() - bench_r(h.hseq, 101) * interval '730 days' AS at) x
     WHERE h.k < 200;
    INSERT INTO helpdesk_question_labels (helpdesk_question_id, label_id, minutes)
    SELECT q.id, cb.ids[1 + abs(hashtext(q.id::text)) % 21], q.minutes FROM helpdesk_questions q JOIN bench_codebook cb ON cb.org_id = q.organization_id`,
  );

  await superuser.query('DROP TABLE bench_hh_idx');
  const t2 = performance.now();
  await superuser.query('VACUUM ANALYZE');
  log(`  vacuum analyze: ${((performance.now() - t2) / 1000).toFixed(1)} s`);
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The dataset's bookkeeping tables (bench_*) are kept for picking request targets; they are not in the app's schema. */
export async function dropBookkeeping(superuser: DataSource): Promise<void> {
  await superuser.query(`DROP TABLE IF EXISTS bench_org, bench_user, bench_codebook, bench_hh, bench_p, bench_pl;
    DROP FUNCTION IF EXISTS bench_pick(anyarray, bigint, bigint); DROP FUNCTION IF EXISTS bench_r(bigint, bigint)`);
}
