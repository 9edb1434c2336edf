import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { TRACKS } from '../households/household.enums.js';
import { openSampleCondition } from '../coding-samples/open-sample.js';
import { researcherMayReadLog } from '../consents/research-consent.js';
import { CHANNELS, ContactLog } from './contact-log.entity.js';

/** A new log as `insertMany` writes it (snake_case: the statement's JSON record). */
export interface NewLogRow {
  id: string;
  household_id: string;
  person_ids: string[];
  occurred_at: string;
  minutes: number;
  channel: string;
  language: string | null;
  author_id: string;
  note: string;
  labelled: boolean;
}

/** What references() finds of the ids a log names. */
interface ReferenceCheck {
  authorActive: boolean;
  householdExists: boolean;
  members: number;
  obstacles: number;
  breakthroughs: number;
}

@Injectable()
export class ContactLogsRepository extends OrgScopedRepository<ContactLog> {
  constructor(dataSource: DataSource) {
    super(dataSource, ContactLog, 'cl', {
      resource: 'contact-logs',
      sortable: {
        occurredAt: 'cl.occurredAt',
        minutes: 'cl.minutes',
        channel: 'cl.channel',
        createdAt: 'cl.createdAt',
      },
      filters: {
        householdId: { column: 'cl.householdId', type: 'uuid' },
        authorId: { column: 'cl.authorId', type: 'uuid' },
        channel: { column: 'cl.channel', type: 'enum', values: CHANNELS },
        language: { column: 'cl.language', type: 'text' },
        personIds: { column: 'cl.personIds', type: 'uuidArrayContains' },
        occurredAt: { column: 'cl.occurredAt', type: 'timestamp', range: true },
        followUpOn: { column: 'cl.followUpOn', type: 'date', range: true },
        minutes: { column: 'cl.minutes', type: 'number', range: true },
        labelIds: { column: 'x.label_id', type: 'uuid', exists: 'contact_log_labels x WHERE x.contact_log_id = cl.id' },
        // The queue leaves out logs waiting for their double coding (nobody labels those yet).
        unlabelled: { column: `(NOT cl.labelled AND NOT ${openSampleCondition('cl.id')})`, type: 'boolean' },
        municipality: {
          column: '(SELECT h.municipality FROM households h WHERE h.id = cl.household_id)',
          type: 'text',
        },
        track: {
          column: '(SELECT h.track FROM households h WHERE h.id = cl.household_id)',
          type: 'enum',
          values: TRACKS,
        },
      },
      search: ['cl.note', 'cl.language'],
      defaultSort: ['occurredAt', 'DESC'],
    });
  }

  /**
   * What a log's references need, in one statement instead of one per kind:
   * whether the author is an active user and the household a live one of
   * the organisation, and how many of the members, obstacles and
   * breakthroughs named are live records of `ofHousehold` (compared as the
   * text sent, as the checks always did).
   */
  async references(
    manager: EntityManager,
    organizationId: string,
    refs: {
      authorId?: string;
      householdId?: string;
      ofHousehold?: string;
      personIds: string[];
      obstacleIds: string[];
      breakthroughIds: string[];
    },
  ): Promise<ReferenceCheck> {
    const [row] = await manager.query<ReferenceCheck[]>(
      `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.organization_id = $1 AND u.id = $2 AND u.active)) AS "authorActive",
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM households h WHERE h.organization_id = $1 AND h.id = $3 AND h.deleted_at IS NULL)) AS "householdExists",
              (SELECT count(*) FROM persons p WHERE p.organization_id = $1 AND p.id = ANY($5::uuid[]) AND p.deleted_at IS NULL AND p.household_id::text = $4)::int AS members,
              (SELECT count(*) FROM obstacles o WHERE o.organization_id = $1 AND o.id = ANY($6::uuid[]) AND o.deleted_at IS NULL AND o.household_id::text = $4)::int AS obstacles,
              (SELECT count(*) FROM breakthroughs b WHERE b.organization_id = $1 AND b.id = ANY($7::uuid[]) AND b.deleted_at IS NULL AND b.household_id::text = $4)::int AS breakthroughs`,
      [
        organizationId,
        refs.authorId ?? null,
        refs.householdId ?? null,
        refs.ofHousehold ?? null,
        refs.personIds,
        refs.obstacleIds,
        refs.breakthroughIds,
      ],
    );
    return row;
  }

  findManyInOrg(organizationId: string, ids: string[], manager: EntityManager): Promise<ContactLog[]> {
    if (ids.length === 0 || !ids.every(isUuid)) return Promise.resolve([]);
    return this.scoped(organizationId, manager).andWhere('cl.id IN (:...ids)', { ids }).getMany();
  }

  /** Of these logs, the ones whose note this researcher may not read (consents/research-consent.ts). */
  async notesWithheldFrom(researcherId: string, ids: string[], manager: EntityManager): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT cl.id FROM contact_logs cl WHERE cl.id = ANY($1::uuid[]) AND NOT ${researcherMayReadLog('cl', '$2::uuid')}`,
      [ids, researcherId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The label rows carry their log's date, household and author (for the theme report): kept in step here. */
  /**
   * Inserts many new logs with their label rows in two statements, each log
   * only where its household is the organisation's and every person on it a
   * member (those checks as create makes them, done by the database for all
   * rows at once). Answers how many logs went in: fewer than given means
   * some failed a check, and the caller rolls back.
   */
  async insertMany(
    manager: EntityManager,
    organizationId: string,
    logs: NewLogRow[],
    shares: { logId: string; labelId: string; minutes: number; explicit: boolean }[],
  ): Promise<number> {
    const [inserted] = await manager.query<{ n: number }[]>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, household_id uuid, person_ids uuid[],
           occurred_at timestamptz, minutes int, channel text, language text, author_id uuid, note text, labelled boolean)),
       valid AS (
         SELECT i.* FROM input i
          WHERE EXISTS (SELECT 1 FROM households h WHERE h.id = i.household_id AND h.organization_id = $1 AND h.deleted_at IS NULL)
            AND (SELECT count(*) FROM persons p WHERE p.id = ANY(i.person_ids) AND p.household_id = i.household_id
                   AND p.organization_id = $1 AND p.deleted_at IS NULL) = cardinality(i.person_ids)),
       written AS (
         INSERT INTO contact_logs (id, organization_id, household_id, person_ids, occurred_at, minutes, channel, language, author_id, note, labelled)
         SELECT id, $1, household_id, person_ids, occurred_at, minutes, channel, language, author_id, note, labelled FROM valid
         RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      [organizationId, JSON.stringify(logs)],
    );
    if (inserted.n !== logs.length || shares.length === 0) return inserted.n;
    await manager.query(
      `WITH RECURSIVE tree(id, root) AS (
         SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
         UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id)
       INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit, primary_in_root)
       SELECT n.log_id, n.label_id, $1, cl.occurred_at, cl.household_id, cl.author_id, n.minutes, n.explicit,
              CASE WHEN t.root IS NULL THEN true
                   ELSE row_number() OVER (PARTITION BY n.log_id, t.root ORDER BY n.label_id) = 1 END
         FROM unnest($2::uuid[], $3::uuid[], $4::numeric[], $5::boolean[]) AS n(log_id, label_id, minutes, explicit)
         JOIN contact_logs cl ON cl.id = n.log_id
         LEFT JOIN tree t ON t.id = n.label_id`,
      [
        organizationId,
        shares.map((s) => s.logId),
        shares.map((s) => s.labelId),
        shares.map((s) => s.minutes),
        shares.map((s) => s.explicit),
      ],
    );
    return inserted.n;
  }

  async copyToLabelRows(log: ContactLog, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE contact_log_labels SET occurred_at = $2, household_id = $3, author_id = $4 WHERE contact_log_id = $1',
      [log.id, log.occurredAt, log.householdId, log.authorId],
    );
  }

  async removeLabelRows(contactLogId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM contact_log_labels WHERE contact_log_id = $1', [contactLogId]);
  }

  /** Whether the log is in a double-coding sample that is not closed yet. */
  async inOpenSample(contactLogId: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query<{ open: boolean }[]>(`SELECT ${openSampleCondition('$1::uuid')} AS open`, [
      contactLogId,
    ]);
    return Boolean(row.open);
  }
}
