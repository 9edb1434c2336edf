import { researchConsentingPersons } from '../consents/research-consent.js';

/**
 * What a research export holds: one CSV per kind of record, each column
 * described once here (the data dictionary is written from this list).
 *
 * The SQL of every kind selects from the scope (`SCOPE`): households of the
 * organisation that match the filter, and in them the persons with active
 * research consent on the export date (`hasResearchConsent`), the one rule
 * research use is built on. A contact log is in only when every person on it
 * has that consent (`logHasResearchConsent`); a household-level record
 * (breakthrough, helpdesk question) only when every member has it.
 *
 * Parameters: $1 organisation, $2 period start (date or null), $3 period end,
 * $4 municipality (or null), $5 track (or null).
 *
 * A column's `kind` says how the writer turns its value into a cell:
 * `person`/`household`/`record` are ids made pseudonyms (a keyed hash),
 * `persons`/`records` lists of them; names and internal ids never leave.
 * Quasi-identifiers are generalised in SQL: birth year to a five-year band,
 * every date to its month.
 */
export type CellKind = 'plain' | 'person' | 'household' | 'record' | 'persons' | 'records';

export interface DatasetColumn {
  name: string;
  meaning: string;
  values?: string;
  kind?: CellKind;
  /** SQL expression; the column's name when absent. */
  sql?: string;
}

export interface DatasetKind {
  file: string;
  meaning: string;
  columns: DatasetColumn[];
  /** FROM … WHERE …, after the scope CTEs. */
  from: string;
  order: string;
}

const month = (expr: string) => `to_char(${expr}, 'YYYY-MM')`;
const inPeriod = (expr: string) =>
  `($2::date IS NULL OR ${expr} >= $2::date) AND ($3::date IS NULL OR ${expr} < $3::date + 1)`;
const MONTH = 'YYYY-MM';

/**
 * The scope, materialised once per export in temporary tables (dropped at the
 * end of the export's transaction): households of the organisation that match
 * the filter; the persons of the organisation with research consent today
 * (one pass over consents, `researchConsentingPersons`); the persons in
 * scope who have it; the households whose members all have it; and every
 * contact log of the period in scope, with whether all on it have it (the
 * rule of `logHasResearchConsent`, set-based: a log that names nobody does
 * not qualify). Every kind then joins these instead of asking per row.
 */
export const SCOPE_TABLES: { table: string; key: string; sql: string }[] = [
  {
    table: 'research_scope_households',
    key: 'id',
    sql: `SELECT h.id FROM households h
           WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.erased_at IS NULL
             AND ($4::text IS NULL OR h.municipality_key = lower($4::text)) AND ($5::text IS NULL OR h.track = $5::text)`,
  },
  { table: 'research_scope_consenting', key: 'person_id', sql: researchConsentingPersons('$1') },
  {
    table: 'research_scope_people',
    key: 'id',
    sql: `SELECT p.id, p.household_id FROM persons p JOIN research_scope_households hh ON hh.id = p.household_id
           WHERE p.deleted_at IS NULL AND p.id IN (SELECT person_id FROM research_scope_consenting)`,
  },
  {
    table: 'research_scope_whole_households',
    key: 'id',
    sql: `SELECT hh.id FROM research_scope_households hh
           WHERE EXISTS (SELECT 1 FROM research_scope_people rp WHERE rp.household_id = hh.id)
             AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = hh.id AND p.deleted_at IS NULL
                              AND NOT EXISTS (SELECT 1 FROM research_scope_people rp WHERE rp.id = p.id))`,
  },
  {
    table: 'research_scope_logs',
    key: 'id',
    sql: `SELECT log.id,
                 cardinality(log.person_ids) > 0
                 AND NOT EXISTS (SELECT 1 FROM unnest(log.person_ids) AS present(person_id)
                                  WHERE present.person_id NOT IN (SELECT person_id FROM research_scope_consenting)) AS consented
            FROM contact_logs log JOIN research_scope_households hh ON hh.id = log.household_id
           WHERE log.organization_id = $1 AND log.deleted_at IS NULL AND ${inPeriod('log.occurred_at')}`,
  },
];

/** What every kind's SQL reads from: the scope tables under short names, and the codebook's tree. */
const SCOPE = `WITH RECURSIVE hh AS (SELECT id FROM research_scope_households),
  people AS (SELECT p.* FROM persons p JOIN research_scope_people s ON s.id = p.id),
  whole_households AS (SELECT id FROM research_scope_whole_households),
  label_tree(id, root) AS (
    SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
    UNION ALL SELECT l.id, t.root FROM labels l JOIN label_tree t ON l.parent_id = t.id)`;

/** The logs of the period on which every person consented. */
const LOGS_FROM = 'contact_logs log JOIN research_scope_logs scope ON scope.id = log.id AND scope.consented';

const labelName = (alias: string) => `COALESCE(${alias}.name->>'en', ${alias}.name->>'nl', ${alias}.name->>'uk')`;

/** A column that is a pseudonym (or a list of them) of the id its SQL gives. */
const pseudonym = (kind: CellKind, name: string, sql: string, meaning: string, values?: string): DatasetColumn => ({
  name,
  meaning,
  kind,
  sql,
  ...(values ? { values } : {}),
});
/** A column shown as the database gives it (text, number, boolean). */
const plain = (name: string, sql: string, meaning: string, values?: string): DatasetColumn => ({
  name,
  meaning,
  sql,
  ...(values ? { values } : {}),
});
/** A date, generalised to its month. */
const monthOf = (name: string, date: string, meaning: string): DatasetColumn => ({
  name,
  meaning,
  values: MONTH,
  sql: month(date),
});

export const DATASET: DatasetKind[] = [
  {
    file: 'persons.csv',
    meaning: 'Persons with active research consent on the export date',
    columns: [
      pseudonym('person', 'person', 'p.id', 'Pseudonym of the person'),
      pseudonym('household', 'household', 'p.household_id', 'Pseudonym of their household'),
      plain(
        'birth_years',
        `CASE WHEN p.birth_year IS NULL THEN NULL ELSE (p.birth_year / 5 * 5) || '-' || (p.birth_year / 5 * 5 + 4) END`,
        'Birth year, generalised to a five-year band',
        'e.g. 1985-1989; empty when unknown',
      ),
      plain('gender', 'p.gender', 'Gender as recorded'),
      plain(
        'household_role',
        'p.household_role',
        'Role in the household',
        'head, partner, child, parent, sibling, other',
      ),
      plain(
        'education_level',
        'p.education_level',
        'Highest education',
        'none, primary, secondary, vocational, bachelor, master, doctorate',
      ),
      plain(
        'diploma_evaluation',
        'p.diploma_evaluation',
        'Diploma evaluation',
        'not_needed, not_started, requested, evaluated',
      ),
      plain(
        'language_levels',
        `(SELECT string_agg(key || ':' || value, ';' ORDER BY key) FROM jsonb_each_text(p.language_levels))`,
        'Level per language',
        'language:level pairs separated by ;',
      ),
      plain('childcare_need', 'p.childcare_need', 'Needs childcare to work or learn', 'true, false'),
      monthOf('matching_since', 'p.matching_since', 'Month the matching support began'),
    ],
    from: 'people p',
    order: 'p.id',
  },
  {
    file: 'households.csv',
    meaning: 'Households with at least one person in the export',
    columns: [
      pseudonym('household', 'household', 'h.id', 'Pseudonym of the household'),
      plain('municipality', 'h.municipality', 'Municipality'),
      plain('track', 'h.track', 'Support track', 'individual_support, helpdesk, placement'),
      plain('shelter_type', 'h.shelter_type', 'Kind of shelter'),
      plain('protection_basis', 'h.protection_basis', 'Legal basis of stay'),
      plain('status', 'h.status', 'Open or closed', 'active, closed'),
      plain('members_in_export', 'm.members', 'Members with research consent'),
      monthOf('started', 'h.created_at', 'Month the household was registered'),
      monthOf('closed', 'h.closed_on', 'Month the household was closed'),
    ],
    from: `households h JOIN (SELECT household_id, count(*) AS members FROM research_scope_people GROUP BY household_id) m
            ON m.household_id = h.id`,
    order: 'h.id',
  },
  {
    file: 'perspective_plans.csv',
    meaning: 'Perspective plans (the goals themselves are free text and left out)',
    columns: [
      pseudonym('record', 'plan', 'pl.id', 'Pseudonym of the plan'),
      pseudonym('person', 'person', 'pl.person_id', 'Pseudonym of the person'),
      plain('status', 'pl.status', 'Plan status', 'draft, active, closed'),
      plain(
        'goal_domains',
        `(SELECT string_agg(key, ';' ORDER BY key) FROM jsonb_object_keys(pl.goals) key)`,
        'Integration domains the plan has goals for',
        'domain keys separated by ;',
      ),
      monthOf('start', 'pl.start_date', 'Month the plan started'),
    ],
    from: 'perspective_plans pl JOIN people ON people.id = pl.person_id WHERE pl.deleted_at IS NULL',
    order: 'pl.id',
  },
  {
    file: 'plan_reviews.csv',
    meaning: 'Reviews of the plans, in the period (notes left out)',
    columns: [
      pseudonym('record', 'plan', 'r.plan_id', 'Pseudonym of the plan'),
      monthOf('reviewed', 'r.reviewed_on', 'Month of the review'),
    ],
    from: `plan_reviews r JOIN perspective_plans pl ON pl.id = r.plan_id JOIN people ON people.id = pl.person_id
            WHERE pl.deleted_at IS NULL AND ${inPeriod('r.reviewed_on')}`,
    order: 'r.plan_id, r.reviewed_on',
  },
  {
    file: 'obstacles.csv',
    meaning: 'Obstacles (titles and descriptions are free text and left out)',
    columns: [
      pseudonym('record', 'obstacle', 'o.id', 'Pseudonym of the obstacle'),
      pseudonym('person', 'person', 'o.person_id', 'Pseudonym of the person'),
      pseudonym('record', 'plan', 'o.plan_id', 'Pseudonym of the plan'),
      plain('domain', 'o.domain_key', 'Integration domain', 'domain key'),
      plain('severity', 'o.severity', 'Severity', 'low, medium, high'),
      plain('status', 'o.status', 'Status', 'open, in_progress, resolved, not_resolvable'),
      monthOf('identified', 'o.identified_on', 'Month identified'),
      monthOf('resolved', 'o.resolved_on', 'Month resolved'),
      plain('systemic', 'o.systemic', 'A systemic obstacle (rules, not the person)', 'true, false'),
    ],
    from: 'obstacles o JOIN people ON people.id = o.person_id WHERE o.deleted_at IS NULL',
    order: 'o.id',
  },
  {
    file: 'obstacle_links.csv',
    meaning: 'Which obstacle blocks which (both in the export)',
    columns: [
      pseudonym('record', 'blocker', 'k.blocker_id', 'Pseudonym of the blocking obstacle'),
      pseudonym('record', 'blocked', 'k.blocked_id', 'Pseudonym of the blocked obstacle'),
    ],
    from: `obstacle_links k JOIN obstacles a ON a.id = k.blocker_id AND a.deleted_at IS NULL JOIN people pa ON pa.id = a.person_id
            JOIN obstacles b ON b.id = k.blocked_id AND b.deleted_at IS NULL JOIN people pb ON pb.id = b.person_id`,
    order: 'k.blocker_id, k.blocked_id',
  },
  {
    file: 'breakthroughs.csv',
    meaning: 'Breakthroughs in the period, of households whose members all consented (free texts left out)',
    columns: [
      pseudonym('record', 'breakthrough', 'b.id', 'Pseudonym of the breakthrough'),
      pseudonym('household', 'household', 'b.household_id', 'Pseudonym of the household'),
      monthOf('month', 'b.date', 'Month of the breakthrough'),
      plain('cost_eur', 'b.cost_eur', 'Cost in euros'),
      pseudonym(
        'records',
        'obstacles',
        `ARRAY(SELECT obstacle_id FROM breakthrough_obstacles bo WHERE bo.breakthrough_id = b.id ORDER BY obstacle_id)`,
        'Pseudonyms of the obstacles it removed',
        'separated by ;',
      ),
    ],
    from: `breakthroughs b JOIN whole_households w ON w.id = b.household_id WHERE b.deleted_at IS NULL AND ${inPeriod('b.date')}`,
    order: 'b.id',
  },
  {
    file: 'contact_logs.csv',
    meaning: 'Contact logs in the period on which every person consented; notes only where cleared for research',
    columns: [
      pseudonym('record', 'log', 'log.id', 'Pseudonym of the log'),
      pseudonym('household', 'household', 'log.household_id', 'Pseudonym of the household'),
      pseudonym('persons', 'persons', 'log.person_ids', 'Pseudonyms of the persons present', 'separated by ;'),
      monthOf('month', 'log.occurred_at', 'Month of the contact'),
      plain('minutes', 'log.minutes', 'Duration in minutes'),
      plain('channel', 'log.channel', 'Channel', 'in_person, phone, video, messaging, email, home_visit, other'),
      plain('language', 'log.language', 'Language spoken'),
      plain(
        'note',
        `CASE WHEN log.cleared_for_research THEN log.note END`,
        'The note, only where a caseworker or researcher cleared it for research (names and places taken out)',
      ),
    ],
    from: LOGS_FROM,
    order: 'log.id',
  },
  {
    file: 'contact_log_labels.csv',
    meaning: 'Labels (themes) of those logs with their minutes: the theme report per log',
    columns: [
      pseudonym('record', 'log', 'log.id', 'Pseudonym of the log'),
      plain('label', labelName('l'), 'Label of the codebook (English name)'),
      plain('theme', labelName('root'), 'The top label above it (the theme)'),
      plain('minutes', 'x.minutes', 'Minutes of the log given to this label'),
    ],
    from: `${LOGS_FROM} JOIN contact_log_labels x ON x.contact_log_id = log.id JOIN labels l ON l.id = x.label_id
       LEFT JOIN label_tree t ON t.id = l.id LEFT JOIN labels root ON root.id = t.root`,
    order: 'log.id, l.id',
  },
  {
    file: 'helpdesk_questions.csv',
    meaning:
      'Helpdesk questions in the period, of no household or one whose members all consented; texts only where cleared',
    columns: [
      pseudonym('record', 'question', 'q.id', 'Pseudonym of the question'),
      pseudonym('household', 'household', 'q.household_id', 'Pseudonym of the household (empty: none)'),
      monthOf('month', 'q.received_at', 'Month received'),
      plain('channel', 'q.channel', 'Channel'),
      plain('language', 'q.language', 'Language'),
      plain('minutes', 'q.minutes', 'Minutes spent'),
      plain('status', 'q.status', 'Status', 'open, answered, referred'),
      plain(
        'labels',
        `(SELECT string_agg(${labelName('l')}, ';' ORDER BY l.id) FROM helpdesk_question_labels x JOIN labels l ON l.id = x.label_id WHERE x.helpdesk_question_id = q.id)`,
        'Labels (English names)',
        'separated by ;',
      ),
      plain(
        'question_text',
        'CASE WHEN q.cleared_for_research THEN q.question END',
        'The question, only where cleared for research',
      ),
      plain(
        'answer_text',
        'CASE WHEN q.cleared_for_research THEN q.answer END',
        'The answer, only where cleared for research',
      ),
    ],
    from: `helpdesk_questions q WHERE q.organization_id = $1 AND q.deleted_at IS NULL AND ${inPeriod('q.received_at')}
            AND (q.household_id IN (SELECT id FROM whole_households)
                 OR (q.household_id IS NULL AND $4::text IS NULL AND $5::text IS NULL))`,
    order: 'q.id',
  },
  {
    file: 'placements.csv',
    meaning: 'Placements of persons in the export (employer, job title and notes left out)',
    columns: [
      pseudonym('record', 'placement', 'pl.id', 'Pseudonym of the placement'),
      pseudonym('person', 'person', 'pl.person_id', 'Pseudonym of the person'),
      plain('type', 'pl.type', 'Kind of placement', 'paid_job, internship, volunteer, one_off_gig'),
      plain('contract_type', 'pl.contract_type', 'Contract', 'permanent, fixed_term, on_call, agency, none'),
      plain('hours_per_week', 'pl.hours_per_week', 'Hours per week'),
      plain('sector', 'pl.sector', 'Sector'),
      plain('status', 'pl.status', 'Status', 'proposed, started, ended, extended'),
      plain('fit', 'pl.fit', 'Fit with the person', 'fits, partly, does_not_fit'),
      plain('source', 'pl.source', 'How it was found', 'matcher, informal_network, agency, municipality'),
      monthOf('start', 'pl.start_date', 'Month started'),
      monthOf('end', 'pl.end_date', 'Month ended'),
      plain('end_reason', 'pl.end_reason', 'Why it ended'),
      plain('long_term', 'pl.long_term', 'A contract that is not a one-off gig', 'true, false'),
    ],
    from: 'placements pl JOIN people ON people.id = pl.person_id WHERE pl.deleted_at IS NULL',
    order: 'pl.id',
  },
  {
    file: 'placement_status_changes.csv',
    meaning: 'The status history of those placements',
    columns: [
      pseudonym('record', 'placement', 's.placement_id', 'Pseudonym of the placement'),
      plain('status', 's.status', 'Status moved to'),
      monthOf('month', 's.changed_on', 'Month of the change'),
    ],
    from: `placement_status_changes s JOIN placements pl ON pl.id = s.placement_id AND pl.deleted_at IS NULL
            JOIN people ON people.id = pl.person_id`,
    order: 's.placement_id, s.changed_on, s.changed_at',
  },
  {
    file: 'network_conversations.csv',
    meaning: 'Network conversations with employers in the period (contact and notes left out)',
    columns: [
      pseudonym('record', 'conversation', 'c.id', 'Pseudonym of the conversation'),
      pseudonym('person', 'person', 'c.person_id', 'Pseudonym of the person'),
      monthOf('month', 'c.date', 'Month of the conversation'),
      plain('sector', 'c.sector', 'Sector'),
      plain('outcome', 'c.outcome', 'Outcome', 'lead, no_lead, follow_up'),
    ],
    from: `network_conversations c JOIN people ON people.id = c.person_id WHERE c.deleted_at IS NULL AND ${inPeriod('c.date')}`,
    order: 'c.id',
  },
];

/** Persons left out for lack of research consent, and logs left out because someone on them lacks it. */
export const LEFT_OUT_SQL = `
  SELECT (SELECT count(*) FROM persons p JOIN research_scope_households hh ON hh.id = p.household_id WHERE p.deleted_at IS NULL)::int
           - (SELECT count(*) FROM research_scope_people)::int AS persons,
         (SELECT count(*) FROM research_scope_logs WHERE NOT consented)::int AS "contactLogs"`;

export function kindSql(kind: DatasetKind): string {
  const select = kind.columns.map((c) => `${c.sql ?? c.name} AS "${c.name}"`).join(', ');
  return `${SCOPE} SELECT ${select} FROM ${kind.from} ORDER BY ${kind.order}`;
}
