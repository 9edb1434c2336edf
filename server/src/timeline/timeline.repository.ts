import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { researcherMayReadLog } from '../consents/research-consent.js';

export const TIMELINE_TYPES = [
  'contact',
  'review',
  'obstacle',
  'obstacle_resolved',
  'breakthrough',
  'placement',
  'conversation',
  'task',
  'referral',
  'consent',
  'activity',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

/**
 * One source per kind of event, each a SELECT of (at, type, title, resource,
 * record_id, person_id) for household $1 in organisation $2. A new feature
 * (contact logs) adds its SELECT here.
 */
const SOURCES: Record<TimelineType, string> = {
  contact: `SELECT cl.occurred_at, 'contact', left(cl.note, 120), 'contact-logs', cl.id, cl.person_ids[1]
             FROM contact_logs cl WHERE cl.household_id = $1 AND cl.organization_id = $2 AND cl.deleted_at IS NULL`,
  review: `SELECT r.reviewed_on::timestamptz, 'review', COALESCE(r.note, ''), 'perspective-plans', pp.id, pp.person_id
             FROM plan_reviews r JOIN perspective_plans pp ON pp.id = r.plan_id JOIN persons p ON p.id = pp.person_id
            WHERE p.household_id = $1 AND r.organization_id = $2`,
  obstacle: `SELECT o.identified_on::timestamptz, 'obstacle', o.title, 'obstacles', o.id, o.person_id
               FROM obstacles o WHERE o.household_id = $1 AND o.organization_id = $2 AND o.deleted_at IS NULL`,
  obstacle_resolved: `SELECT o.resolved_on::timestamptz, 'obstacle_resolved', o.title, 'obstacles', o.id, o.person_id
               FROM obstacles o WHERE o.household_id = $1 AND o.organization_id = $2 AND o.deleted_at IS NULL AND o.resolved_on IS NOT NULL`,
  breakthrough: `SELECT b.date::timestamptz, 'breakthrough', b.title, 'breakthroughs', b.id, NULL::uuid
               FROM breakthroughs b WHERE b.household_id = $1 AND b.organization_id = $2 AND b.deleted_at IS NULL`,
  placement: `SELECT c.changed_on::timestamptz, 'placement', pl.type || ': ' || c.status, 'placements', pl.id, pl.person_id
               FROM placement_status_changes c JOIN placements pl ON pl.id = c.placement_id JOIN persons p ON p.id = pl.person_id
              WHERE p.household_id = $1 AND pl.organization_id = $2 AND pl.deleted_at IS NULL`,
  conversation: `SELECT nc.date::timestamptz, 'conversation', COALESCE(nc.sector, nc.contact, ''), 'network-conversations', nc.id, nc.person_id
               FROM network_conversations nc JOIN persons p ON p.id = nc.person_id
              WHERE p.household_id = $1 AND nc.organization_id = $2 AND nc.deleted_at IS NULL`,
  task: `SELECT COALESCE(t.done_on, t.due_date)::timestamptz, 'task', t.title || ' (' || t.status || ')', 'tasks', t.id, t.person_id
               FROM tasks t WHERE t.household_id = $1 AND t.organization_id = $2 AND t.deleted_at IS NULL`,
  referral: `SELECT rf.date::timestamptz, 'referral', po.name || ' (' || rf.status || ')', 'referrals', rf.id, rf.person_id
               FROM referrals rf JOIN persons p ON p.id = rf.person_id JOIN partner_organizations po ON po.id = rf.partner_organization_id
              WHERE p.household_id = $1 AND rf.organization_id = $2 AND rf.deleted_at IS NULL`,
  consent: `SELECT cs.given_on::timestamptz, 'consent', cs.purpose || CASE WHEN cs.withdrawn_on IS NOT NULL THEN ' (withdrawn ' || cs.withdrawn_on || ')' ELSE '' END,
                    'consents', cs.id, cs.person_id
               FROM consents cs JOIN persons p ON p.id = cs.person_id
              WHERE p.household_id = $1 AND cs.organization_id = $2 AND cs.deleted_at IS NULL`,
  // One entry per member who attended (each member's own timeline line).
  activity: `SELECT a.date::timestamptz, 'activity', a.title, 'activities', a.id, ap.person_id
               FROM activity_persons ap JOIN activities a ON a.id = ap.activity_id JOIN persons p ON p.id = ap.person_id
              WHERE p.household_id = $1 AND a.organization_id = $2 AND a.deleted_at IS NULL`,
};

export interface TimelineEntry {
  at: string;
  type: TimelineType;
  title: string;
  resource: string;
  recordId: string;
  personId: string | null;
  /** A contact's labels (names in nl/en/uk: the client shows its language); absent for other kinds. */
  labels?: TimelineLabel[];
  /** A contact whose note the reader may not read (its title is then empty). */
  noteWithheld?: boolean;
}

export interface TimelineLabel {
  id: string;
  name: Record<string, string>;
  color: string | null;
}

@Injectable()
export class TimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `researcherId`: the reader is a researcher; a contact whose note they may
   * not read shows no text (title '' and `noteWithheld`), as in contact-logs.
   */
  async forHousehold(
    organizationId: string,
    householdId: string,
    types: TimelineType[],
    limit: number,
    researcherId: string | null = null,
  ): Promise<TimelineEntry[]> {
    const union = types.map((t) => SOURCES[t]).join('\nUNION ALL\n');
    const rows: TimelineEntry[] = await this.dataSource.query(
      `SELECT e.at, e.type, e.title, e.resource, e.record_id AS "recordId", e.person_id AS "personId"
         FROM (${union}) AS e(at, type, title, resource, record_id, person_id)
        ORDER BY e.at DESC, e.type LIMIT $3`,
      [householdId, organizationId, limit],
    );
    const contactIds = rows.filter((r) => r.type === 'contact').map((r) => r.recordId);
    const labels = await this.contactLabels(contactIds);
    const withheld = await this.withheldNotes(contactIds, researcherId);
    return rows.map((r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      ...(r.type === 'contact' ? { labels: labels.get(r.recordId) ?? [] } : {}),
      ...(withheld.has(r.recordId) ? { title: '', noteWithheld: true } : {}),
    }));
  }

  private async withheldNotes(contactLogIds: string[], researcherId: string | null): Promise<Set<string>> {
    if (!researcherId || contactLogIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT cl.id FROM contact_logs cl WHERE cl.id = ANY($1::uuid[]) AND NOT ${researcherMayReadLog('cl', '$2::uuid')}`,
      [contactLogIds, researcherId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The labels of the contacts shown, in one query. */
  private async contactLabels(contactLogIds: string[]): Promise<Map<string, TimelineLabel[]>> {
    if (contactLogIds.length === 0) return new Map();
    const rows: { contactLogId: string; labels: TimelineLabel[] }[] = await this.dataSource.query(
      `SELECT x.contact_log_id AS "contactLogId",
              json_agg(json_build_object('id', lb.id, 'name', lb.name, 'color', lb.color) ORDER BY lb.name->>'en') AS labels
         FROM contact_log_labels x JOIN labels lb ON lb.id = x.label_id
        WHERE x.contact_log_id = ANY($1::uuid[])
        GROUP BY x.contact_log_id`,
      [contactLogIds],
    );
    return new Map(rows.map((r) => [r.contactLogId, r.labels]));
  }
}
