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

export const DATASET: DatasetKind[] = [
  {
    file: 'persons.csv',
    meaning: 'Persons with active research consent on the export date',
    columns: [
      { name: 'person', meaning: 'Pseudonym of the person', kind: 'person', sql: 'p.id' },
      { name: 'household', meaning: 'Pseudonym of their household', kind: 'household', sql: 'p.household_id' },
      {
        name: 'birth_years',
        meaning: 'Birth year, generalised to a five-year band',
        values: 'e.g. 1985-1989; empty when unknown',
        sql: `CASE WHEN p.birth_year IS NULL THEN NULL ELSE (p.birth_year / 5 * 5) || '-' || (p.birth_year / 5 * 5 + 4) END`,
      },
      { name: 'gender', meaning: 'Gender as recorded', sql: 'p.gender' },
      {
        name: 'household_role',
        meaning: 'Role in the household',
        values: 'head, partner, child, parent, sibling, other',
        sql: 'p.household_role',
      },
      {
        name: 'education_level',
        meaning: 'Highest education',
        values: 'none, primary, secondary, vocational, bachelor, master, doctorate',
        sql: 'p.education_level',
      },
      {
        name: 'diploma_evaluation',
        meaning: 'Diploma evaluation',
        values: 'not_needed, not_started, requested, evaluated',
        sql: 'p.diploma_evaluation',
      },
      {
        name: 'language_levels',
        meaning: 'Level per language',
        values: 'language:level pairs separated by ;',
        sql: `(SELECT string_agg(key || ':' || value, ';' ORDER BY key) FROM jsonb_each_text(p.language_levels))`,
      },
      {
        name: 'childcare_need',
        meaning: 'Needs childcare to work or learn',
        values: 'true, false',
        sql: 'p.childcare_need',
      },
      {
        name: 'matching_since',
        meaning: 'Month the matching support began',
        values: MONTH,
        sql: month('p.matching_since'),
      },
    ],
    from: 'people p',
    order: 'p.id',
  },
  {
    file: 'households.csv',
    meaning: 'Households with at least one person in the export',
    columns: [
      { name: 'household', meaning: 'Pseudonym of the household', kind: 'household', sql: 'h.id' },
      { name: 'municipality', meaning: 'Municipality', sql: 'h.municipality' },
      { name: 'track', meaning: 'Support track', values: 'individual_support, helpdesk, placement', sql: 'h.track' },
      { name: 'shelter_type', meaning: 'Kind of shelter', sql: 'h.shelter_type' },
      { name: 'protection_basis', meaning: 'Legal basis of stay', sql: 'h.protection_basis' },
      { name: 'status', meaning: 'Open or closed', values: 'active, closed', sql: 'h.status' },
      {
        name: 'members_in_export',
        meaning: 'Members with research consent',
        sql: 'm.members',
      },
      { name: 'started', meaning: 'Month the household was registered', values: MONTH, sql: month('h.created_at') },
      { name: 'closed', meaning: 'Month the household was closed', values: MONTH, sql: month('h.closed_on') },
    ],
    from: `households h JOIN (SELECT household_id, count(*) AS members FROM research_scope_people GROUP BY household_id) m
            ON m.household_id = h.id`,
    order: 'h.id',
  },
  {
    file: 'perspective_plans.csv',
    meaning: 'Perspective plans (the goals themselves are free text and left out)',
    columns: [
      { name: 'plan', meaning: 'Pseudonym of the plan', kind: 'record', sql: 'pl.id' },
      { name: 'person', meaning: 'Pseudonym of the person', kind: 'person', sql: 'pl.person_id' },
      { name: 'status', meaning: 'Plan status', values: 'draft, active, closed', sql: 'pl.status' },
      {
        name: 'goal_domains',
        meaning: 'Integration domains the plan has goals for',
        values: 'domain keys separated by ;',
        sql: `(SELECT string_agg(key, ';' ORDER BY key) FROM jsonb_object_keys(pl.goals) key)`,
      },
      { name: 'start', meaning: 'Month the plan started', values: MONTH, sql: month('pl.start_date') },
    ],
    from: 'perspective_plans pl JOIN people ON people.id = pl.person_id WHERE pl.deleted_at IS NULL',
    order: 'pl.id',
  },
  {
    file: 'plan_reviews.csv',
    meaning: 'Reviews of the plans, in the period (notes left out)',
    columns: [
      { name: 'plan', meaning: 'Pseudonym of the plan', kind: 'record', sql: 'r.plan_id' },
      { name: 'reviewed', meaning: 'Month of the review', values: MONTH, sql: month('r.reviewed_on') },
    ],
    from: `plan_reviews r JOIN perspective_plans pl ON pl.id = r.plan_id JOIN people ON people.id = pl.person_id
            WHERE pl.deleted_at IS NULL AND ${inPeriod('r.reviewed_on')}`,
    order: 'r.plan_id, r.reviewed_on',
  },
  {
    file: 'obstacles.csv',
    meaning: 'Obstacles (titles and descriptions are free text and left out)',
    columns: [
      { name: 'obstacle', meaning: 'Pseudonym of the obstacle', kind: 'record', sql: 'o.id' },
      { name: 'person', meaning: 'Pseudonym of the person', kind: 'person', sql: 'o.person_id' },
      { name: 'plan', meaning: 'Pseudonym of the plan', kind: 'record', sql: 'o.plan_id' },
      { name: 'domain', meaning: 'Integration domain', values: 'domain key', sql: 'o.domain_key' },
      { name: 'severity', meaning: 'Severity', values: 'low, medium, high', sql: 'o.severity' },
      { name: 'status', meaning: 'Status', values: 'open, in_progress, resolved, not_resolvable', sql: 'o.status' },
      { name: 'identified', meaning: 'Month identified', values: MONTH, sql: month('o.identified_on') },
      { name: 'resolved', meaning: 'Month resolved', values: MONTH, sql: month('o.resolved_on') },
      {
        name: 'systemic',
        meaning: 'A systemic obstacle (rules, not the person)',
        values: 'true, false',
        sql: 'o.systemic',
      },
    ],
    from: 'obstacles o JOIN people ON people.id = o.person_id WHERE o.deleted_at IS NULL',
    order: 'o.id',
  },
  {
    file: 'obstacle_links.csv',
    meaning: 'Which obstacle blocks which (both in the export)',
    columns: [
      { name: 'blocker', meaning: 'Pseudonym of the blocking obstacle', kind: 'record', sql: 'k.blocker_id' },
      { name: 'blocked', meaning: 'Pseudonym of the blocked obstacle', kind: 'record', sql: 'k.blocked_id' },
    ],
    from: `obstacle_links k JOIN obstacles a ON a.id = k.blocker_id AND a.deleted_at IS NULL JOIN people pa ON pa.id = a.person_id
            JOIN obstacles b ON b.id = k.blocked_id AND b.deleted_at IS NULL JOIN people pb ON pb.id = b.person_id`,
    order: 'k.blocker_id, k.blocked_id',
  },
  {
    file: 'breakthroughs.csv',
    meaning: 'Breakthroughs in the period, of households whose members all consented (free texts left out)',
    columns: [
      { name: 'breakthrough', meaning: 'Pseudonym of the breakthrough', kind: 'record', sql: 'b.id' },
      { name: 'household', meaning: 'Pseudonym of the household', kind: 'household', sql: 'b.household_id' },
      { name: 'month', meaning: 'Month of the breakthrough', values: MONTH, sql: month('b.date') },
      { name: 'cost_eur', meaning: 'Cost in euros', sql: 'b.cost_eur' },
      {
        name: 'obstacles',
        meaning: 'Pseudonyms of the obstacles it removed',
        values: 'separated by ;',
        kind: 'records',
        sql: `ARRAY(SELECT obstacle_id FROM breakthrough_obstacles bo WHERE bo.breakthrough_id = b.id ORDER BY obstacle_id)`,
      },
    ],
    from: `breakthroughs b JOIN whole_households w ON w.id = b.household_id WHERE b.deleted_at IS NULL AND ${inPeriod('b.date')}`,
    order: 'b.id',
  },
  {
    file: 'contact_logs.csv',
    meaning: 'Contact logs in the period on which every person consented; notes only where cleared for research',
    columns: [
      { name: 'log', meaning: 'Pseudonym of the log', kind: 'record', sql: 'log.id' },
      { name: 'household', meaning: 'Pseudonym of the household', kind: 'household', sql: 'log.household_id' },
      {
        name: 'persons',
        meaning: 'Pseudonyms of the persons present',
        values: 'separated by ;',
        kind: 'persons',
        sql: 'log.person_ids',
      },
      { name: 'month', meaning: 'Month of the contact', values: MONTH, sql: month('log.occurred_at') },
      { name: 'minutes', meaning: 'Duration in minutes', sql: 'log.minutes' },
      {
        name: 'channel',
        meaning: 'Channel',
        values: 'in_person, phone, video, messaging, email, home_visit, other',
        sql: 'log.channel',
      },
      { name: 'language', meaning: 'Language spoken', sql: 'log.language' },
      {
        name: 'note',
        meaning: 'The note, only where a caseworker or researcher cleared it for research (names and places taken out)',
        sql: `CASE WHEN log.cleared_for_research THEN log.note END`,
      },
    ],
    from: LOGS_FROM,
    order: 'log.id',
  },
  {
    file: 'contact_log_labels.csv',
    meaning: 'Labels (themes) of those logs with their minutes: the theme report per log',
    columns: [
      { name: 'log', meaning: 'Pseudonym of the log', kind: 'record', sql: 'log.id' },
      { name: 'label', meaning: 'Label of the codebook (English name)', sql: labelName('l') },
      { name: 'theme', meaning: 'The top label above it (the theme)', sql: labelName('root') },
      { name: 'minutes', meaning: 'Minutes of the log given to this label', sql: 'x.minutes' },
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
      { name: 'question', meaning: 'Pseudonym of the question', kind: 'record', sql: 'q.id' },
      {
        name: 'household',
        meaning: 'Pseudonym of the household (empty: none)',
        kind: 'household',
        sql: 'q.household_id',
      },
      { name: 'month', meaning: 'Month received', values: MONTH, sql: month('q.received_at') },
      { name: 'channel', meaning: 'Channel', sql: 'q.channel' },
      { name: 'language', meaning: 'Language', sql: 'q.language' },
      { name: 'minutes', meaning: 'Minutes spent', sql: 'q.minutes' },
      { name: 'status', meaning: 'Status', values: 'open, answered, referred', sql: 'q.status' },
      {
        name: 'labels',
        meaning: 'Labels (English names)',
        values: 'separated by ;',
        sql: `(SELECT string_agg(${labelName('l')}, ';' ORDER BY l.id) FROM helpdesk_question_labels x JOIN labels l ON l.id = x.label_id WHERE x.helpdesk_question_id = q.id)`,
      },
      {
        name: 'question_text',
        meaning: 'The question, only where cleared for research',
        sql: 'CASE WHEN q.cleared_for_research THEN q.question END',
      },
      {
        name: 'answer_text',
        meaning: 'The answer, only where cleared for research',
        sql: 'CASE WHEN q.cleared_for_research THEN q.answer END',
      },
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
      { name: 'placement', meaning: 'Pseudonym of the placement', kind: 'record', sql: 'pl.id' },
      { name: 'person', meaning: 'Pseudonym of the person', kind: 'person', sql: 'pl.person_id' },
      {
        name: 'type',
        meaning: 'Kind of placement',
        values: 'paid_job, internship, volunteer, one_off_gig',
        sql: 'pl.type',
      },
      {
        name: 'contract_type',
        meaning: 'Contract',
        values: 'permanent, fixed_term, on_call, agency, none',
        sql: 'pl.contract_type',
      },
      { name: 'hours_per_week', meaning: 'Hours per week', sql: 'pl.hours_per_week' },
      { name: 'sector', meaning: 'Sector', sql: 'pl.sector' },
      { name: 'status', meaning: 'Status', values: 'proposed, started, ended, extended', sql: 'pl.status' },
      { name: 'fit', meaning: 'Fit with the person', values: 'fits, partly, does_not_fit', sql: 'pl.fit' },
      {
        name: 'source',
        meaning: 'How it was found',
        values: 'matcher, informal_network, agency, municipality',
        sql: 'pl.source',
      },
      { name: 'start', meaning: 'Month started', values: MONTH, sql: month('pl.start_date') },
      { name: 'end', meaning: 'Month ended', values: MONTH, sql: month('pl.end_date') },
      { name: 'end_reason', meaning: 'Why it ended', sql: 'pl.end_reason' },
      {
        name: 'long_term',
        meaning: 'A contract that is not a one-off gig',
        values: 'true, false',
        sql: 'pl.long_term',
      },
    ],
    from: 'placements pl JOIN people ON people.id = pl.person_id WHERE pl.deleted_at IS NULL',
    order: 'pl.id',
  },
  {
    file: 'placement_status_changes.csv',
    meaning: 'The status history of those placements',
    columns: [
      { name: 'placement', meaning: 'Pseudonym of the placement', kind: 'record', sql: 's.placement_id' },
      { name: 'status', meaning: 'Status moved to', sql: 's.status' },
      { name: 'month', meaning: 'Month of the change', values: MONTH, sql: month('s.changed_on') },
    ],
    from: `placement_status_changes s JOIN placements pl ON pl.id = s.placement_id AND pl.deleted_at IS NULL
            JOIN people ON people.id = pl.person_id`,
    order: 's.placement_id, s.changed_on, s.changed_at',
  },
  {
    file: 'network_conversations.csv',
    meaning: 'Network conversations with employers in the period (contact and notes left out)',
    columns: [
      { name: 'conversation', meaning: 'Pseudonym of the conversation', kind: 'record', sql: 'c.id' },
      { name: 'person', meaning: 'Pseudonym of the person', kind: 'person', sql: 'c.person_id' },
      { name: 'month', meaning: 'Month of the conversation', values: MONTH, sql: month('c.date') },
      { name: 'sector', meaning: 'Sector', sql: 'c.sector' },
      { name: 'outcome', meaning: 'Outcome', values: 'lead, no_lead, follow_up', sql: 'c.outcome' },
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
