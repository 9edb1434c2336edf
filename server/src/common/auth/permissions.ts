import { ROLES, type Role } from '../../auth/roles.js';

/**
 * The permission table: per resource, the actions its routes declare and,
 * per role, the actions that role may take. It is the only source of truth:
 * every route names its (resource, action) with @Permission, one guard checks
 * it, `GET /api/auth/me` hands the caller's row to the client, and
 * docs/api.md shows it (a test keeps the doc equal to this table).
 *
 * What the table cannot say per route, the services say per row (the
 * "rows" note of a resource): a matcher sees only persons in matching, a
 * researcher reads a contact log's note only where everyone on it consented
 * to research (see docs/security.md).
 */
const CRUD = ['list', 'show', 'create', 'update', 'delete'] as const;
const READ = ['list', 'show'] as const;
const WRITE_NO_DELETE = ['list', 'show', 'create', 'update'] as const;
/** The reports casework reads (everything but matching's placement report is casework too). */
const REPORTS = [
  'obstacles',
  'systemic-obstacles',
  'themes',
  'placements',
  'shelter-moves',
  'cohorts',
  'theme-trend',
  'obstacle-trend',
  'activities',
  'policy-signals',
] as const;

export interface ResourceRule {
  /** Every action this resource's routes declare, in the order the docs show them. */
  actions: readonly string[];
  /** Per role, the actions allowed (a subset of `actions`). */
  roles: Record<Role, readonly string[]>;
  /** Why: one sentence a data-protection officer would sign. */
  reason: string;
  /** Limits inside an allowed action, enforced by the service. */
  rows?: string;
}

const none: readonly string[] = [];

export const PERMISSIONS = {
  account: {
    actions: ['show', 'change-password'],
    roles: everyone(['show', 'change-password']),
    reason: 'Every signed-in user reads their own account and permissions and changes their own password.',
  },
  households: {
    actions: [...CRUD, 'timeline'],
    roles: {
      admin: [...CRUD, 'timeline'],
      coordinator: [...CRUD, 'timeline'],
      caseworker: [...CRUD, 'timeline'],
      researcher: [...WRITE_NO_DELETE, 'timeline'],
      matcher: none,
    },
    reason:
      'Casework. Removing a household is for those who keep the caseload; action researchers give support, so they read and write but do not remove. Matching needs the person, not the household.',
    rows: 'A researcher sees the notes of contact logs on the timeline only where they may read the log (see contact-logs).',
  },
  persons: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: READ },
    reason:
      'Casework keeps the person record. A matcher reads the profile of the persons they match and records their work in placements and network conversations.',
    rows: 'A matcher sees only persons in matching (matchingSince set, or a placement or network conversation); any other person is a 404.',
  },
  'perspective-plans': {
    actions: [...CRUD, 'review'],
    roles: {
      admin: [...CRUD, 'review'],
      coordinator: [...CRUD, 'review'],
      caseworker: [...CRUD, 'review'],
      researcher: [...CRUD, 'review'],
      matcher: READ,
    },
    reason:
      "Casework and action research. A matcher reads the plan's goals of the persons they match; reviews are casework.",
    rows: 'A matcher sees only plans of persons in matching.',
  },
  obstacles: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: CRUD, matcher: READ },
    reason:
      'Casework and action research. Obstacles can hold health and residence details; a matcher needs only what stands in the way of work now.',
    rows: 'A matcher sees only open obstacles (open, in progress) of persons in matching.',
  },
  breakthroughs: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: CRUD, matcher: none },
    reason: 'Casework and action research; matching does not need them.',
  },
  'contact-logs': {
    actions: [...CRUD, 'bulk-label'],
    roles: {
      admin: [...CRUD, 'bulk-label'],
      coordinator: [...CRUD, 'bulk-label'],
      caseworker: CRUD,
      researcher: [...CRUD, 'bulk-label'],
      matcher: none,
    },
    reason:
      'Contact notes are the most sensitive casework text: for those who give support. Labelling many logs at once is research work. Matchers never read them.',
    rows: 'A researcher reads a note only where every person on the log has active research consent, or they wrote the log, or they are assigned to its household; otherwise `note` is null and `noteWithheld` true, and the labelling queue (unlabelled filter) leaves the log out. Reports count every log.',
  },
  'helpdesk-questions': {
    actions: [...CRUD, 'bulk-label'],
    roles: {
      admin: [...CRUD, 'bulk-label'],
      coordinator: [...CRUD, 'bulk-label'],
      caseworker: WRITE_NO_DELETE,
      researcher: [...CRUD, 'bulk-label'],
      matcher: none,
    },
    reason: 'Questions from partners about households: support and research work, not matching.',
  },
  labels: {
    actions: [...CRUD, 'merge'],
    roles: {
      admin: [...CRUD, 'merge'],
      coordinator: [...CRUD, 'merge'],
      caseworker: READ,
      researcher: [...CRUD, 'merge'],
      matcher: none,
    },
    reason:
      'The codebook: kept by research (admins, coordinators, researchers), used by caseworkers when they label their logs.',
  },
  'coding-samples': {
    actions: ['list', 'show', 'draw-sample', 'code', 'agreement'],
    roles: {
      admin: ['list', 'show', 'draw-sample', 'code', 'agreement'],
      coordinator: ['list', 'show', 'draw-sample', 'code', 'agreement'],
      caseworker: ['list', 'show', 'code'],
      researcher: ['list', 'show', 'code', 'agreement'],
      matcher: none,
    },
    reason:
      'Double coding shows contact notes: a coordinator draws a sample and names two coders (researchers or caseworkers); only those two code it. Coders see the agreement once a coordinator shares it.',
    rows: 'Only the two named coders read and code the items; a sample holds only logs every person on which consented to research.',
  },
  employers: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: READ, researcher: READ, matcher: CRUD },
    reason:
      'Matching records: matchers keep them; caseworkers and researchers read them to follow their households, but do not change them.',
  },
  'network-conversations': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: READ, researcher: READ, matcher: CRUD },
    reason: 'Matching records: matchers keep them; caseworkers and researchers read them, but do not change them.',
  },
  placements: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: READ, researcher: READ, matcher: CRUD },
    reason: 'Matching records: matchers keep them; caseworkers and researchers read them, but do not change them.',
  },
  // Issue 16: what a person can do and learns, vacancies and suggestions.
  skills: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: READ, matcher: CRUD },
    reason:
      "A shared list of occupations and skills, no personal data. Those who record skills add their own organisation's; the shared list is read-only.",
    rows: "Everyone sees the shared list and their organisation's own skills; only the latter can be changed or removed.",
  },
  'person-skills': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: CRUD },
    reason:
      'What a person can do is casework and the heart of matching: matchers record the skills they see in practice.',
    rows: 'A matcher sees and records only skills of persons in matching.',
  },
  qualifications: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: READ },
    reason: 'Diplomas, their evaluation and recognition are casework; a matcher reads them to match on training.',
    rows: 'A matcher sees only qualifications of persons in matching.',
  },
  'language-assessments': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: READ },
    reason: 'Language levels over time are casework; a matcher reads them to match on the language a job needs.',
    rows: 'A matcher sees only assessments of persons in matching.',
  },
  courses: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: READ },
    reason: 'Lessons and training are casework; a matcher reads them to match on training.',
    rows: 'A matcher sees only courses of persons in matching.',
  },
  vacancies: {
    actions: [...CRUD, 'suggestions'],
    roles: {
      admin: [...CRUD, 'suggestions'],
      coordinator: [...CRUD, 'suggestions'],
      caseworker: [...READ, 'suggestions'],
      researcher: READ,
      matcher: [...CRUD, 'suggestions'],
    },
    reason:
      'Matching records: matchers keep vacancies; suggestions rank persons in matching for a vacancy and open vacancies for a person, for those who match or follow the person.',
    rows: 'Suggestions for a vacancy list only persons in matching; a matcher asks suggestions only for a person in matching.',
  },
  tasks: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: CRUD, matcher: CRUD },
    reason: 'Everybody plans their own work.',
    rows: "A matcher sees tasks assigned to them, tasks about a placement or a person in matching, and tasks of no household; not a household's casework.",
  },
  'partner-organizations': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: WRITE_NO_DELETE, researcher: WRITE_NO_DELETE, matcher: none },
    reason: 'Referral partners: casework adds them; removing one is for coordinators. Matching uses employers instead.',
  },
  consents: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: WRITE_NO_DELETE, researcher: WRITE_NO_DELETE, matcher: none },
    reason:
      'Consent is recorded by those who support the person; a consent is withdrawn (dated), never removed, except by a coordinator correcting a mistake. Matching does not need it.',
  },
  referrals: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: CRUD, matcher: none },
    reason: 'Referrals to partners say what a household needs help with: casework only.',
  },
  users: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: READ, caseworker: READ, researcher: READ, matcher: READ },
    reason: 'Everyone sees their colleagues (names on records, assignees); only an admin manages accounts.',
  },
  organizations: {
    actions: READ,
    roles: everyone(READ),
    reason: 'Every user sees their own organisation.',
  },
  'integration-domains': {
    actions: READ,
    roles: everyone(READ),
    reason: 'Shared reference data, no personal data.',
  },
  'audit-events': {
    actions: READ,
    roles: { admin: READ, coordinator: READ, caseworker: none, researcher: none, matcher: none },
    reason:
      'Who looked at and changed what: for those who answer for the organisation (a subject access request, a suspected breach).',
  },
  caseload: {
    actions: ['list', 'deadlines'],
    roles: {
      admin: ['list', 'deadlines'],
      coordinator: ['list', 'deadlines'],
      caseworker: ['list', 'deadlines'],
      researcher: ['list', 'deadlines'],
      matcher: none,
    },
    reason: "Households assigned to the user and the households' coming deadlines (shelter, protection): casework.",
  },
  imports: {
    actions: ['list', 'show', 'create', 'update', 'delete'],
    roles: everyone(['list', 'show', 'create', 'update', 'delete']),
    reason:
      'Bringing in records from spreadsheets is the same work as entering them: each kind of import is open to the roles that may create and change what it writes (households and persons, contact logs, employers, placements).',
    rows: 'A user sees and runs only imports of kinds whose records their role may create and change; rows are written through those resources, with their rules and audit.',
  },
  reports: {
    actions: REPORTS,
    roles: {
      admin: REPORTS,
      coordinator: REPORTS,
      caseworker: REPORTS,
      researcher: REPORTS,
      matcher: ['placements'],
    },
    reason:
      'Aggregates without personal data, groups under 5 persons not shown in the cohort and trend reports. The obstacle, theme, trend, cohort, shelter-move, activity and policy-signal reports describe casework (health, residence, protection basis, contact themes, housing, group work, policy): not for matching; the placement report is.',
  },
  // Issue 14: the integration route of status holders and shelter moves.
  'integration-routes': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: none },
    reason:
      "A status holder's civic-integration obligations and lessons: casework. Removing one is for those who keep the caseload.",
  },
  'shelter-moves': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: WRITE_NO_DELETE, matcher: none },
    reason:
      'Where a household lived and how it had to move: casework and the evidence on forced moves; matching does not need it.',
  },
  // Issue 13: a person's rights over their data, retention, and the pseudonymised research export.
  'person-data': {
    actions: ['export', 'erase'],
    roles: {
      admin: ['export', 'erase'],
      coordinator: ['export', 'erase'],
      caseworker: none,
      researcher: none,
      matcher: none,
    },
    reason:
      "Answering a person's request for all their data, and erasing it for good, is for those who answer for the organisation: one export holds every note; an erasure cannot be undone.",
  },
  retention: {
    actions: ['list', 'erase', 'settings'],
    roles: {
      admin: ['list', 'erase', 'settings'],
      coordinator: ['list', 'erase'],
      caseworker: none,
      researcher: none,
      matcher: none,
    },
    reason:
      'Coordinators apply the retention period to closed households; the period itself is a policy of the organisation, set by an admin.',
  },
  'research-exports': {
    actions: ['list', 'show', 'create', 'download', 'rotate-key'],
    roles: {
      admin: ['list', 'show', 'create', 'download', 'rotate-key'],
      coordinator: ['list', 'show', 'create', 'download'],
      caseworker: none,
      researcher: ['list', 'show', 'create', 'download'],
      matcher: none,
    },
    reason:
      'Pseudonymised data of persons who consented to research, for the research: researchers and coordinators. Rotating the pseudonym key breaks the link with earlier exports: an admin decision.',
    rows: 'Only persons with active research consent on the export date, and logs every person on which has it; no names, no internal ids; notes only where cleared for research.',
  },
  // Issue 14: the municipality's rules (policy parameters, incomes, the contribution of displaced people).
  'policy-parameters': {
    actions: ['list', 'show', 'create'],
    roles: {
      admin: ['list', 'show', 'create'],
      coordinator: READ,
      caseworker: READ,
      researcher: READ,
      matcher: READ,
    },
    reason:
      'The amounts of public rules (letters to parliament): everyone reads them; admins add a version from a date when a rule changes, and nothing is overwritten.',
  },
  incomes: {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: CRUD, researcher: none, matcher: none },
    reason:
      'Income decides the contribution and the end of living allowance: casework that invoices and advises. Research and matching do not need what a person earns.',
  },
  contributions: {
    actions: ['show', 'report'],
    roles: {
      admin: ['show', 'report'],
      coordinator: ['show', 'report'],
      caseworker: ['show', 'report'],
      researcher: none,
      matcher: none,
    },
    reason:
      "A household's contribution is computed from its members' incomes: for those who keep the casework and invoice it, per household and for the organisation.",
  },
  // Issue 17: group work and policy work.
  activities: {
    actions: [...CRUD, 'bulk-label'],
    roles: {
      admin: [...CRUD, 'bulk-label'],
      coordinator: [...CRUD, 'bulk-label'],
      caseworker: CRUD,
      researcher: [...CRUD, 'bulk-label'],
      matcher: none,
    },
    reason:
      'Group work (workshops, webinars, focus groups) is given by those who support households; its attendance lists name persons and shows on their timelines. Labelling many at once is research work, as for contact logs. Matching does not need it.',
  },
  'policy-signals': {
    actions: CRUD,
    roles: { admin: CRUD, coordinator: CRUD, caseworker: READ, researcher: WRITE_NO_DELETE, matcher: none },
    reason:
      'Carrying systemic obstacles to policy is the work of coordinators and action researchers; caseworkers follow what became of the obstacles they flagged. Signals hold counts, no personal data; linking obstacles needs no more than reading them.',
  },
  search: {
    actions: ['list'],
    roles: everyone(['list']),
    reason:
      'Finding a record by its name or text: every role, and it finds only what the role may list (the rows notes of each resource apply).',
    rows: "Each kind of record only for a role that may list it, with that resource's row rules; a researcher finds a contact log by its note only where they may read the note.",
  },
  'saved-views': {
    actions: CRUD,
    roles: everyone(CRUD),
    reason:
      'Everybody saves the filters, sort and columns of the lists and reports they use, for themselves or their organisation; a view holds no more than a filter names.',
    rows: 'A user sees their own views and those shared in the organisation; only the owner changes a view, and an admin or coordinator may also remove a shared one. A view is saved only for a list or report the role may open.',
  },
  notifications: {
    actions: ['list', 'mark-read'],
    roles: everyone(['list', 'mark-read']),
    reason:
      'Everybody is told what needs them: their own tasks, the deadlines of the households assigned to them, their referrals, placements and coding samples; each kind only for a role that may read it.',
    rows: "Only the caller's own: tasks assigned to them, households they are assigned to, placements they follow, samples they code.",
  },
} satisfies Record<string, ResourceRule>;

export type Resource = keyof typeof PERMISSIONS;

function everyone(actions: readonly string[]): Record<Role, readonly string[]> {
  return Object.fromEntries(ROLES.map((role) => [role, actions])) as Record<Role, readonly string[]>;
}

export function isKnownPermission(resource: string, action: string): boolean {
  const rule = (PERMISSIONS as Record<string, ResourceRule>)[resource];
  return rule !== undefined && rule.actions.includes(action);
}

export function can(role: Role, resource: Resource, action: string): boolean {
  return (PERMISSIONS[resource] as ResourceRule).roles[role].includes(action);
}

/** The caller's permissions as `GET /api/auth/me` answers them: every resource, with the actions allowed (possibly none). */
export function permissionsOf(role: Role): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(PERMISSIONS as Record<string, ResourceRule>).map(([resource, rule]) => [
      resource,
      [...rule.roles[role]],
    ]),
  );
}

/** Checks the table itself: every granted action is one the resource declares. Run at start-up. */
export function assertTableConsistent(): void {
  for (const [resource, rule] of Object.entries(PERMISSIONS as Record<string, ResourceRule>)) {
    for (const role of ROLES) {
      for (const action of rule.roles[role]) {
        if (!rule.actions.includes(action))
          throw new Error(
            `Permission table: ${role} is granted ${resource}:${action}, which the resource does not declare`,
          );
      }
    }
  }
}
