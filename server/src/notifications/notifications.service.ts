import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { can } from '../common/auth/permissions.js';
import type { Role } from '../auth/roles.js';
import { notFound } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { CaseloadRepository } from '../caseload/caseload.repository.js';
import {
  DEADLINE_DAYS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SOURCES,
  type NotificationKind,
} from './notification-sources.js';

export interface Notification {
  key: string;
  kind: NotificationKind;
  /** The resource and record the notification links to. */
  resource: string;
  recordId: string;
  /** A task's title, a household's reference, a partner's, placement's or sample's name. */
  title: string;
  date: string | null;
  /** The deadline's kind, the referral's or placement's status; null for others. */
  detail: string | null;
  read: boolean;
}

export interface NotificationDigest {
  /** The day the digest is for (the server's date). */
  date: string;
  unread: number;
  items: Notification[];
}

interface Row {
  key: string;
  kind: NotificationKind;
  resource: string;
  record_id: string;
  title: string | null;
  date: string | null;
  detail: string | null;
}

/**
 * Notifications are derived, never stored: what the user's tasks, households,
 * referrals, placements and coding samples need today. Only the keys the user
 * marked read are kept (`notification_reads`), and only while they still
 * name a notification.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseload: CaseloadRepository,
  ) {}

  async digest(actor: ActingUser, onlyUnread = false): Promise<NotificationDigest> {
    const rows = await this.current(actor);
    const read = new Set(
      (
        await this.dataSource.query<{ key: string }[]>(
          `SELECT key FROM notification_reads WHERE user_id = $1 AND organization_id = $2`,
          [actor.id, actor.organizationId],
        )
      ).map((r) => r.key),
    );
    const items = rows
      .map((r) => ({ ...r, read: read.has(r.key) }))
      .filter((n) => !onlyUnread || !n.read)
      .sort(
        (a, b) =>
          NOTIFICATION_KINDS.indexOf(a.kind) - NOTIFICATION_KINDS.indexOf(b.kind) ||
          (a.date ?? '').localeCompare(b.date ?? '') ||
          a.title.localeCompare(b.title),
      );
    const [{ today }] = await this.dataSource.query<{ today: string }[]>(
      `SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS today`,
    );
    return { date: today, unread: items.filter((n) => !n.read).length, items };
  }

  /**
   * Another user's digest, for the mail job outside the app (issue 18): an
   * admin asks for each active user of their own organisation, so the job
   * needs no user's password. The digest is the user's own, read with the
   * user's role and id as if they asked; reading it is audited (another
   * person's work list says whom they help). A user of another organisation,
   * or one no longer active, is not found.
   */
  async digestOf(admin: ActingUser, userId: string, onlyUnread = false): Promise<NotificationDigest> {
    const [user] = await this.dataSource.query<
      { id: string; organizationId: string; role: Role; email: string; fullName: string }[]
    >(
      `SELECT id, organization_id AS "organizationId", role, email, full_name AS "fullName"
         FROM users WHERE id = $1 AND organization_id = $2 AND active`,
      [userId, admin.organizationId],
    );
    if (!user) throw notFound('users');
    const digest = await this.digest({ ...user, requestId: admin.requestId }, onlyUnread);
    await recordAudit(this.dataSource.manager, admin, {
      action: 'read',
      resource: 'notifications',
      recordId: user.id,
      detail: { kind: 'digest', unread: onlyUnread },
    });
    return digest;
  }

  /**
   * Marks read the given keys among the user's current notifications (others
   * are ignored), or all of them; forgets marks of notifications that are gone.
   */
  async markRead(actor: ActingUser, keys: string[] | 'all'): Promise<{ marked: number }> {
    return this.dataSource.transaction(async (manager) => {
      const current = (await this.current(actor)).map((n) => n.key);
      const wanted = keys === 'all' ? current : current.filter((key) => keys.includes(key));
      await manager.query(`DELETE FROM notification_reads WHERE user_id = $1 AND NOT (key = ANY($2::text[]))`, [
        actor.id,
        current,
      ]);
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO notification_reads (user_id, organization_id, key)
         SELECT $1, $2, k FROM unnest($3::text[]) k
         ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
        [actor.id, actor.organizationId, wanted],
      );
      return { marked: inserted.length };
    });
  }

  private async current(actor: ActingUser): Promise<Omit<Notification, 'read'>[]> {
    const sources = NOTIFICATION_SOURCES.filter((s) => can(actor.role, s.permission[0], s.permission[1]));
    const rows = sources.length
      ? await this.dataSource.query<Row[]>(
          `SELECT key, kind, resource, record_id, title, to_char(date, 'YYYY-MM-DD') AS date, detail
             FROM (${sources.map((s) => `(${s.sql(actor)})`).join(' UNION ALL ')}) n`,
        )
      : [];
    const notifications = rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      resource: r.resource,
      recordId: r.record_id,
      title: r.title ?? '',
      date: r.date,
      detail: r.detail,
    }));
    if (can(actor.role, 'caseload', 'deadlines')) {
      // Every kind of deadline the caseload knows, of the households assigned to the user.
      const deadlines = await this.caseload.deadlines(actor.organizationId, 1, actor.id);
      for (const d of deadlines.filter((d) => d.daysLeft <= DEADLINE_DAYS)) {
        notifications.push({
          key: `deadline:${d.kind}:${d.placementId ?? d.householdId}:${d.date}`,
          kind: 'deadline',
          resource: d.placementId ? 'placements' : 'households',
          recordId: d.placementId ?? d.householdId,
          title: d.householdReference,
          date: d.date,
          detail: d.kind,
        });
      }
    }
    return notifications;
  }
}
