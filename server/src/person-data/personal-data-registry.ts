import type { EntityManager } from 'typeorm';

/**
 * Every table that holds data about a person or a household, once: how a
 * person's access export (GDPR art. 15/20) reads it and how an erasure
 * (art. 17) removes it. The schema decides what must be here:
 * `uncoveredReferences` reads pg_catalog for every column that is a foreign
 * key to `persons` or `households` (and every column named like one), and
 * export and erasure refuse to run while one is not covered, so a new table
 * cannot hold personal data past them. A test does the same check.
 *
 * A new table with `person_id` / `household_id`: add one entry. Usually
 * `rowsOfPerson`/`rowsOfHousehold` and `deleteOfPersons`/`deleteOfHousehold`
 * say it all; the order of the list is the order of erasure (rows that
 * refer to others first).
 */

/** What one erasure covers. `personIds`: everyone erased (the person, or every member). */
export interface ErasureScope {
  organizationId: string;
  householdId: string;
  personIds: string[];
  /** The household itself is erased too (a household erasure, retention). */
  wholeHousehold: boolean;
}

export interface ExportScope {
  personId: string;
  householdId: string;
}

export interface PersonalDataTable {
  table: string;
  /** The columns of `table` that refer to a person or household (what the schema check matches). */
  references: string[];
  /**
   * The key in the export document and SQL giving one `row` (jsonb) per record:
   * $1 the person's id, $2 their household's id. Column names are the API's
   * (snake_case turned camelCase); nested lists are already named in camelCase.
   */
  export: { key: string; sql: string; single?: boolean } | { coveredBy: string };
  /**
   * Statements run in order, in the erasure's transaction: $1 the erased
   * persons (uuid[]), $2 their household, $3 whether the household goes too.
   * Or a function, for rules SQL alone cannot say (the tombstones).
   */
  erase: string[] | ((manager: EntityManager, scope: ErasureScope) => Promise<void>);
}

const ERASED_OBSTACLES = `SELECT id FROM obstacles WHERE person_id = ANY($1::uuid[]) OR ($3 AND household_id = $2)`;
const ERASED_PLACEMENTS = `SELECT id FROM placements WHERE person_id = ANY($1::uuid[])`;
/** Breakthroughs that concern only the erased: of an erased household, or every obstacle they name is an erased person's. */
const ERASED_BREAKTHROUGHS = `SELECT b.id FROM breakthroughs b WHERE b.household_id = $2 AND ($3 OR (
    EXISTS (SELECT 1 FROM breakthrough_obstacles bo WHERE bo.breakthrough_id = b.id)
    AND NOT EXISTS (SELECT 1 FROM breakthrough_obstacles bo JOIN obstacles o ON o.id = bo.obstacle_id
                     WHERE bo.breakthrough_id = b.id AND o.person_id <> ALL($1::uuid[]))))`;

function rows(table: string, where: string, order = 'created_at, id'): string {
  return `SELECT to_jsonb(t.*) AS row FROM ${table} t WHERE ${where} ORDER BY ${order}`;
}

/** The registry. Persons and households come last: everything else refers to them. */
export const PERSONAL_DATA_TABLES: PersonalDataTable[] = [
  {
    table: 'tasks',
    references: ['person_id', 'household_id'],
    export: { key: 'tasks', sql: rows('tasks', 't.person_id = $1 OR (t.household_id = $2 AND t.person_id IS NULL)') },
    erase: [
      `DELETE FROM tasks WHERE person_id = ANY($1::uuid[]) OR ($3 AND household_id = $2)
          OR obstacle_id IN (${ERASED_OBSTACLES}) OR placement_id IN (${ERASED_PLACEMENTS})`,
    ],
  },
  {
    table: 'referrals',
    references: ['person_id'],
    export: { key: 'referrals', sql: rows('referrals', 't.person_id = $1', 'date, id') },
    erase: [`DELETE FROM referrals WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'consents',
    references: ['person_id'],
    export: { key: 'consents', sql: rows('consents', 't.person_id = $1', 'given_on, id') },
    erase: [`DELETE FROM consents WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'network_conversations',
    references: ['person_id'],
    export: { key: 'networkConversations', sql: rows('network_conversations', 't.person_id = $1', 'date, id') },
    // The placements report counts conversations (with an employer, in a period): the row stays, its contact and notes go.
    erase: (manager, scope) =>
      tombstoneOfPersons(
        manager,
        'network_conversations',
        scope,
        ['person_id', 'employer_id', 'date', 'sector', 'outcome'],
        {
          // Who it was with: an employer, or else a contact, which goes (the check wants one of them).
          contact: `CASE WHEN employer_id IS NULL THEN '' END`,
        },
      ),
  },
  {
    table: 'placements',
    references: ['person_id'],
    export: {
      key: 'placements',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('statusChanges', COALESCE((
                SELECT jsonb_agg(to_jsonb(s.*) ORDER BY s.changed_on, s.changed_at) FROM placement_status_changes s
                 WHERE s.placement_id = t.id), '[]'::jsonb)) AS row
              FROM placements t WHERE t.person_id = $1 ORDER BY t.created_at, t.id`,
    },
    // The placements report counts matches: the row stays with what it counts (type, contract, dates, status,
    // employer, sector) and its status history; job title, notes, wage, permit dates go, and of each labour-rights
    // signal only its kind and whether it was reported.
    erase: (manager, scope) =>
      tombstoneOfPersons(manager, 'placements', scope, PLACEMENT_COUNTED, {
        signals: `(SELECT COALESCE(jsonb_agg(jsonb_build_object('kind', s->'kind', 'reported', s->'reported')), '[]'::jsonb)
                     FROM jsonb_array_elements(signals) s)`,
      }),
  },
  {
    table: 'contact_logs',
    references: ['household_id', 'person_ids'],
    export: {
      key: 'contactLogs',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('labels', COALESCE((
                SELECT jsonb_agg(jsonb_build_object('name', l.name, 'minutes', x.minutes) ORDER BY l.id)
                  FROM contact_log_labels x JOIN labels l ON l.id = x.label_id WHERE x.contact_log_id = t.id), '[]'::jsonb)) AS row
              FROM contact_logs t WHERE $1 = ANY(t.person_ids) ORDER BY t.occurred_at, t.id`,
    },
    // The log stays with its minutes and labels (the theme report counts them, identifying nobody); a log
    // that concerns only the erased loses its note, a shared one loses them from its persons.
    erase: [
      `UPDATE contact_logs SET
          note = CASE WHEN $3 OR (cardinality(person_ids) > 0 AND person_ids <@ $1::uuid[]) THEN '' ELSE note END,
          cleared_for_research = CASE WHEN $3 OR (cardinality(person_ids) > 0 AND person_ids <@ $1::uuid[]) THEN false ELSE cleared_for_research END,
          person_ids = ARRAY(SELECT p FROM unnest(person_ids) p WHERE p <> ALL($1::uuid[])),
          obstacle_ids = ARRAY(SELECT o FROM unnest(obstacle_ids) o WHERE o NOT IN (${ERASED_OBSTACLES})),
          breakthrough_ids = ARRAY(SELECT b FROM unnest(breakthrough_ids) b WHERE b NOT IN (${ERASED_BREAKTHROUGHS})),
          version = version + 1, updated_at = now()
        WHERE household_id = $2 AND ($3 OR person_ids && $1::uuid[]
          OR obstacle_ids && ARRAY(${ERASED_OBSTACLES}) OR breakthrough_ids && ARRAY(${ERASED_BREAKTHROUGHS}))`,
    ],
  },
  {
    table: 'contact_log_labels',
    // A copy of the log's household for the theme report; the rows are the log's labels and minutes.
    references: ['household_id'],
    export: { coveredBy: 'contact_logs (labels of each log)' },
    // Kept: the minutes per theme identify nobody; the household is a tombstone after its erasure.
    erase: [],
  },
  {
    table: 'helpdesk_questions',
    references: ['household_id'],
    export: {
      key: 'helpdeskQuestions',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('labels', COALESCE((
                SELECT jsonb_agg(jsonb_build_object('name', l.name, 'minutes', x.minutes) ORDER BY l.id)
                  FROM helpdesk_question_labels x JOIN labels l ON l.id = x.label_id WHERE x.helpdesk_question_id = t.id), '[]'::jsonb)) AS row
              FROM helpdesk_questions t WHERE t.household_id = $2 ORDER BY t.received_at, t.id`,
    },
    // A question is about the household: its texts go when nobody of the household is left.
    erase: [
      `UPDATE helpdesk_questions SET question = '', answer = NULL, cleared_for_research = false,
          version = version + 1, updated_at = now()
        WHERE household_id = $2 AND ($3 OR NOT EXISTS (
          SELECT 1 FROM persons p WHERE p.household_id = $2 AND p.id <> ALL($1::uuid[]) AND p.erased_at IS NULL AND p.deleted_at IS NULL))`,
    ],
  },
  {
    table: 'breakthroughs',
    references: ['household_id'],
    export: {
      key: 'breakthroughs',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('obstacleIds', COALESCE((
                SELECT jsonb_agg(bo.obstacle_id) FROM breakthrough_obstacles bo WHERE bo.breakthrough_id = t.id), '[]'::jsonb)) AS row
              FROM breakthroughs t WHERE t.household_id = $2 ORDER BY t.date, t.id`,
    },
    // Links to obstacles go with it (ON DELETE CASCADE); a referral's link to it is set null.
    erase: [`DELETE FROM breakthroughs WHERE id IN (${ERASED_BREAKTHROUGHS})`],
  },
  {
    table: 'obstacles',
    references: ['person_id', 'household_id'],
    export: {
      key: 'obstacles',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('blocksIds', COALESCE((
                SELECT jsonb_agg(k.blocked_id) FROM obstacle_links k WHERE k.blocker_id = t.id), '[]'::jsonb),
                'blockedByIds', COALESCE((SELECT jsonb_agg(k.blocker_id) FROM obstacle_links k WHERE k.blocked_id = t.id), '[]'::jsonb)) AS row
              FROM obstacles t WHERE t.person_id = $1 ORDER BY t.identified_on, t.id`,
    },
    // Links go with them (ON DELETE CASCADE); a policy signal loses them from its evidence (issue 17).
    erase: [
      `DELETE FROM policy_signal_obstacles WHERE obstacle_id IN (${ERASED_OBSTACLES})`,
      `DELETE FROM obstacles WHERE id IN (${ERASED_OBSTACLES})`,
    ],
  },
  {
    table: 'perspective_plans',
    references: ['person_id'],
    export: {
      key: 'perspectivePlans',
      sql: `SELECT to_jsonb(t.*) || jsonb_build_object('reviews', COALESCE((
                SELECT jsonb_agg(to_jsonb(r.*) ORDER BY r.reviewed_on, r.created_at) FROM plan_reviews r
                 WHERE r.plan_id = t.id), '[]'::jsonb)) AS row
              FROM perspective_plans t WHERE t.person_id = $1 ORDER BY t.created_at, t.id`,
    },
    erase: [
      `DELETE FROM plan_reviews WHERE plan_id IN (SELECT id FROM perspective_plans WHERE person_id = ANY($1::uuid[]))`,
      `DELETE FROM perspective_plans WHERE person_id = ANY($1::uuid[])`,
    ],
  },
  // Issue 14: incomes, the integration route, shelter moves.
  {
    table: 'incomes',
    references: ['person_id'],
    export: { key: 'incomes', sql: rows('incomes', 't.person_id = $1', 'from_date, id') },
    erase: [`DELETE FROM incomes WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'integration_routes',
    references: ['person_id'],
    export: { key: 'integrationRoutes', sql: rows('integration_routes', 't.person_id = $1') },
    erase: [`DELETE FROM integration_routes WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'shelter_moves',
    references: ['household_id'],
    // A move is the household's: it goes with the household, not with one member.
    export: { key: 'shelterMoves', sql: rows('shelter_moves', 't.household_id = $2', 'date, id') },
    erase: [`DELETE FROM shelter_moves WHERE $3 AND household_id = $2`],
  },
  // Issue 16: skills and learning.
  {
    table: 'person_skills',
    references: ['person_id'],
    export: { key: 'personSkills', sql: rows('person_skills', 't.person_id = $1') },
    erase: [`DELETE FROM person_skills WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'qualifications',
    references: ['person_id'],
    export: { key: 'qualifications', sql: rows('qualifications', 't.person_id = $1') },
    erase: [`DELETE FROM qualifications WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'language_assessments',
    references: ['person_id'],
    export: { key: 'languageAssessments', sql: rows('language_assessments', 't.person_id = $1', 'assessed_on, id') },
    erase: [`DELETE FROM language_assessments WHERE person_id = ANY($1::uuid[])`],
  },
  {
    table: 'courses',
    references: ['person_id'],
    export: { key: 'courses', sql: rows('courses', 't.person_id = $1') },
    erase: [`DELETE FROM courses WHERE person_id = ANY($1::uuid[])`],
  },
  // Issue 17: attendance. An erased attendee still counts in the activity's reach, as one of its anonymous attendees.
  {
    table: 'activity_persons',
    references: ['person_id'],
    export: {
      key: 'activities',
      sql: `SELECT to_jsonb(a.*) AS row FROM activity_persons t JOIN activities a ON a.id = t.activity_id
             WHERE t.person_id = $1 ORDER BY a.date, a.id`,
    },
    erase: [
      `UPDATE activities a SET anonymous_count = a.anonymous_count + c.n
         FROM (SELECT activity_id, count(*)::int AS n FROM activity_persons WHERE person_id = ANY($1::uuid[]) GROUP BY activity_id) c
        WHERE a.id = c.activity_id`,
      `DELETE FROM activity_persons WHERE person_id = ANY($1::uuid[])`,
    ],
  },
  {
    table: 'persons',
    references: ['household_id'],
    export: { key: 'person', sql: rows('persons', 't.id = $1'), single: true },
    // Kept: since when a matcher supports them, which the placements report counts from.
    erase: (manager, scope) =>
      tombstone(manager, 'persons', scope.personIds, ['household_id', 'matching_since'], {
        // A member erased before their household keeps the time of their own erasure (see liveUntilErased).
        erased_at: 'COALESCE(erased_at, now())',
      }),
  },
  {
    table: 'households',
    references: [],
    export: { key: 'household', sql: rows('households', 't.id = $2'), single: true },
    // What reports group by stays (municipality, track, shelter and protection, status): it identifies nobody alone.
    erase: (manager, scope) =>
      scope.wholeHousehold
        ? tombstone(
            manager,
            'households',
            [scope.householdId],
            ['municipality', 'shelter_type', 'protection_basis', 'track', 'status', 'closed_on'],
            { erased_at: 'now()' },
          )
        : Promise.resolve(),
  },
];

/** What a placement keeps through its person's erasure: what the placements report counts, nothing about the person. */
const PLACEMENT_COUNTED = [
  'person_id',
  'employer_id',
  'vacancy_id',
  'matcher_id',
  'type',
  'contract_type',
  'hours_per_week',
  'start_date',
  'end_date',
  'sector',
  'fit',
  'status',
  'end_reason',
  'source',
];

/**
 * The rows of `table` about the erased persons, made tombstones. Their
 * `deleted_at` becomes the erasure's time, which is the person's `erased_at`
 * (one transaction, one `now()`): a report that counts what an erasure kept
 * counts a row of an erased person when it was live until the erasure
 * (`liveUntilErased`), and one deleted before it still not.
 */
async function tombstoneOfPersons(
  manager: EntityManager,
  table: string,
  scope: ErasureScope,
  keep: string[],
  set: Record<string, string> = {},
): Promise<void> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE person_id = ANY($1::uuid[])`, [
    scope.personIds,
  ]);
  if (rows.length)
    await tombstone(
      manager,
      table,
      rows.map((r) => r.id),
      keep,
      set,
    );
}

/**
 * SQL: the row (alias `row`) counts in an aggregate: it is live, or it was
 * until the erasure that made it a tombstone, whose time `erasedAt` (an SQL
 * expression: the erased person's or household's `erased_at`) is. What an
 * erasure keeps stays counted, what was deleted before stays uncounted.
 */
export function liveUntilErased(row: string, erasedAt: string): string {
  return `(${row}.deleted_at IS NULL OR ${row}.deleted_at = ${erasedAt})`;
}

/** Columns a tombstone always keeps: its identity and bookkeeping, none of them about the person. */
const BOOKKEEPING = ['id', 'organization_id', 'created_at', 'updated_at', 'version', 'deleted_at'];

interface ColumnInfo {
  name: string;
  nullable: boolean;
  hasDefault: boolean;
  dataType: string;
  generated: boolean;
}

/**
 * Blanks every column of the rows but the kept ones, read from the schema
 * (so a column added later is blanked too): NULL where allowed, else the
 * column's default, else '' for text. A column that fits none needs a
 * decision here; the erasure refuses until it has one. The row stays,
 * soft-deleted, so what refers to it (counted, not identifying) still can.
 */
async function tombstone(
  manager: EntityManager,
  table: string,
  ids: string[],
  keep: string[],
  set: Record<string, string>,
): Promise<void> {
  const columns = await columnsOf(manager, table);
  const assignments: string[] = [];
  for (const column of columns) {
    if (BOOKKEEPING.includes(column.name) || keep.includes(column.name) || column.generated) continue;
    if (column.name in set) continue;
    if (column.nullable) assignments.push(`"${column.name}" = NULL`);
    else if (column.hasDefault) assignments.push(`"${column.name}" = DEFAULT`);
    else if (column.dataType === 'text') assignments.push(`"${column.name}" = ''`);
    else throw new Error(`Erasure: no rule to blank ${table}.${column.name} (not null, no default, not text)`);
  }
  for (const [column, value] of Object.entries(set)) assignments.push(`"${column}" = ${value}`);
  assignments.push('version = version + 1', 'updated_at = now()', 'deleted_at = COALESCE(deleted_at, now())');
  await manager.query(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ANY($1::uuid[])`, [ids]);
}

async function columnsOf(manager: EntityManager, table: string): Promise<ColumnInfo[]> {
  const rows: { name: string; nullable: string; default: string | null; data_type: string; generated: string }[] =
    await manager.query(
      `SELECT column_name AS name, is_nullable AS nullable, column_default AS default, data_type, is_generated AS generated
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
      [table],
    );
  return rows.map((r) => ({
    name: r.name,
    nullable: r.nullable === 'YES',
    hasDefault: r.default !== null,
    dataType: r.data_type,
    generated: r.generated === 'ALWAYS',
  }));
}

/** A column that refers to a person or household: (table, column). */
export interface Reference {
  table: string;
  column: string;
}

/**
 * Every column the schema says refers to a person or household: foreign keys
 * to `persons` or `households`, and columns named `person_id(s)` /
 * `household_id(s)` (an array of ids cannot be a foreign key).
 */
export async function personalReferences(manager: EntityManager): Promise<Reference[]> {
  return manager.query(
    `SELECT DISTINCT tbl.relname AS "table", att.attname AS "column"
       FROM pg_constraint con
       JOIN pg_class tbl ON tbl.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = tbl.relnamespace AND ns.nspname = current_schema()
       JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = ANY(con.conkey)
      WHERE con.contype = 'f' AND con.confrelid IN ('persons'::regclass, 'households'::regclass)
     UNION
     SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND column_name IN ('person_id', 'person_ids', 'household_id', 'household_ids')
        AND table_name IN (SELECT table_name FROM information_schema.tables
                            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
     ORDER BY 1, 2`,
  );
}

/** The references no registry entry covers: none, or export and erasure would miss data. */
export async function uncoveredReferences(manager: EntityManager): Promise<Reference[]> {
  const covered = new Set(PERSONAL_DATA_TABLES.flatMap((t) => t.references.map((c) => `${t.table}.${c}`)));
  return (await personalReferences(manager)).filter((r) => !covered.has(`${r.table}.${r.column}`));
}

/** Refuses to export or erase while the schema holds a reference the registry does not cover. */
export async function assertRegistryCoversSchema(manager: EntityManager): Promise<void> {
  const missing = await uncoveredReferences(manager);
  if (missing.length)
    throw new Error(
      `person-data registry misses ${missing.map((r) => `${r.table}.${r.column}`).join(', ')}: add them to PERSONAL_DATA_TABLES`,
    );
}
