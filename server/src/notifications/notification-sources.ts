import type { ActingUser } from '../common/auth/acting-user.js';
import { actorIdSql } from '../common/auth/row-scope.js';
import type { Resource } from '../common/auth/permissions.js';

/** What needs the user, in the order the bell and the digest show it. */
export const NOTIFICATION_KINDS = [
  'task_overdue',
  'task_due_today',
  'deadline',
  'referral_answered',
  'placement_assigned',
  'coding_sample_ready',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Days a deadline is announced ahead. */
export const DEADLINE_DAYS = 7;
/** Days an answered referral stays news. */
export const REFERRAL_NEWS_DAYS = 14;

/**
 * One source of notifications: SQL selecting `key, kind, resource,
 * record_id, title, date, detail` for the acting user, asked only of a role
 * holding `permission`. The key names what is new (a task with a moved due
 * date is a new key, so it notifies again once read). Deadlines are not
 * here: they come from the caseload's deadlines (every kind it knows,
 * see notifications.service.ts), so a new kind of deadline needs no change here.
 */
export interface NotificationSource {
  kind: NotificationKind;
  permission: [Resource, string];
  sql: (actor: ActingUser) => string;
}

export const NOTIFICATION_SOURCES: NotificationSource[] = [
  {
    kind: 'task_overdue',
    permission: ['tasks', 'list'],
    sql: (actor) => `
      SELECT 'task:' || t.id || ':' || t.due_date AS key, 'task_overdue' AS kind, 'tasks' AS resource, t.id AS record_id,
             t.title, t.due_date AS date, NULL::text AS detail
        FROM tasks t
       WHERE t.assignee_id = ${actorIdSql(actor)} AND t.status = 'open' AND t.due_date < CURRENT_DATE AND t.deleted_at IS NULL`,
  },
  {
    kind: 'task_due_today',
    permission: ['tasks', 'list'],
    sql: (actor) => `
      SELECT 'task:' || t.id || ':' || t.due_date, 'task_due_today', 'tasks', t.id, t.title, t.due_date, NULL
        FROM tasks t
       WHERE t.assignee_id = ${actorIdSql(actor)} AND t.status = 'open' AND t.due_date = CURRENT_DATE AND t.deleted_at IS NULL`,
  },
  {
    // Referrals of the households one supports that a partner answered lately.
    kind: 'referral_answered',
    permission: ['referrals', 'list'],
    sql: (actor) => `
      SELECT 'referral:' || r.id || ':' || r.status, 'referral_answered', 'referrals', r.id, po.name, r.updated_at::date, r.status
        FROM referrals r
        JOIN persons p ON p.id = r.person_id
        JOIN households h ON h.id = p.household_id
        JOIN partner_organizations po ON po.id = r.partner_organization_id
       WHERE r.status IN ('accepted', 'declined', 'completed') AND r.deleted_at IS NULL
         AND r.updated_at >= CURRENT_DATE - ${REFERRAL_NEWS_DAYS}
         AND ${actorIdSql(actor)} = ANY(h.assignee_ids) AND h.deleted_at IS NULL`,
  },
  {
    kind: 'placement_assigned',
    permission: ['placements', 'list'],
    sql: (actor) => `
      SELECT 'placement:' || pl.id || ':' || pl.matcher_id, 'placement_assigned', 'placements', pl.id,
             coalesce(NULLIF(pl.job_title, ''), e.name, ''), pl.start_date, pl.status
        FROM placements pl LEFT JOIN employers e ON e.id = pl.employer_id
       WHERE pl.matcher_id = ${actorIdSql(actor)} AND pl.status <> 'ended' AND pl.deleted_at IS NULL`,
  },
  {
    // A double-coding sample in which the user is a coder and has items left to code.
    kind: 'coding_sample_ready',
    permission: ['coding-samples', 'code'],
    sql: (actor) => `
      SELECT 'coding-sample:' || s.id, 'coding_sample_ready', 'coding-samples', s.id, s.name, s.created_at::date, NULL
        FROM coding_samples s
       WHERE ${actorIdSql(actor)} IN (s.first_coder_id, s.second_coder_id)
         AND (SELECT count(*) FROM codings c WHERE c.sample_id = s.id AND c.coder_id = ${actorIdSql(actor)}) < cardinality(s.contact_log_ids)`,
  },
];
