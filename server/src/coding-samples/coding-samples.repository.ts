import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../common/validation/uuid.js';
import { logHasResearchConsent, researcherMayReadLog } from '../consents/research-consent.js';
import { Coding, CodingSample } from './coding-sample.entity.js';
import { openSampleCondition } from './open-sample.js';

/** A coder's view of one log of a sample. */
export interface SampleItem {
  contactLogId: string;
  occurredAt: Date;
  minutes: number;
  note: string | null;
  noteWithheld: boolean;
  labelIds: string[];
  coded: boolean;
}

/** A log the coders disagree on, named by its date and household reference (pseudonymous). */
export interface DisagreementLog {
  id: string;
  occurredAt: Date;
  householdId: string;
  householdReference: string | null;
}

/**
 * Samples, their codings and the logs they are drawn from. Every method
 * takes the caller's manager (the request's unit of work by default), so a
 * draw or a coding stays on its transaction.
 */
@Injectable()
export class CodingSamplesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<CodingSample[]> {
    return manager.find(CodingSample, { where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async findOneInOrg(
    organizationId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CodingSample | null> {
    return isUuid(id) ? manager.findOneBy(CodingSample, { id, organizationId }) : null;
  }

  /**
   * At most `size` logs at random that nobody has labelled, that are in no
   * open sample and whose every member present gave research consent.
   */
  async drawLogIds(
    organizationId: string,
    period: { from?: string | null; to?: string | null },
    size: number,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT cl.id FROM contact_logs cl
          WHERE cl.organization_id = $1 AND cl.deleted_at IS NULL AND NOT cl.labelled
            AND ($2::timestamptz IS NULL OR cl.occurred_at >= $2) AND ($3::timestamptz IS NULL OR cl.occurred_at <= $3)
            AND NOT ${openSampleCondition('cl.id')}
            AND ${logHasResearchConsent('cl')}
          ORDER BY random() LIMIT $4`,
      [organizationId, period.from ?? null, period.to ?? null, size],
    );
    return rows.map((r) => r.id);
  }

  create(manager: EntityManager, data: Partial<CodingSample>): Promise<CodingSample> {
    return manager.save(manager.create(CodingSample, data));
  }

  /** The sample's logs in its order, with this coder's own labels; the note only where `mayReadNotes` or the researcher may read it. */
  items(
    sample: CodingSample,
    coderId: string,
    mayReadNotes: boolean,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SampleItem[]> {
    const readable = `($4::boolean OR ${researcherMayReadLog('cl', '$3::uuid')})`;
    return manager.query(
      `SELECT cl.id AS "contactLogId", cl.occurred_at AS "occurredAt", cl.minutes,
              CASE WHEN ${readable} THEN cl.note END AS note, NOT ${readable} AS "noteWithheld",
              COALESCE(c.label_ids, '{}') AS "labelIds", c.coded_at IS NOT NULL AS coded
         FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)
         JOIN contact_logs cl ON cl.id = s.id AND cl.deleted_at IS NULL
         LEFT JOIN codings c ON c.sample_id = $2 AND c.contact_log_id = cl.id AND c.coder_id = $3
        ORDER BY s.n`,
      [sample.contactLogIds, sample.id, coderId, mayReadNotes],
    );
  }

  /** Whether a log of a sample is still there (not deleted since the draw). */
  async logExists(contactLogId: string, manager: EntityManager): Promise<boolean> {
    const [log] = await manager.query<unknown[]>('SELECT 1 FROM contact_logs WHERE id = $1 AND deleted_at IS NULL', [
      contactLogId,
    ]);
    return Boolean(log);
  }

  findCoding(
    manager: EntityManager,
    where: { sampleId: string; contactLogId: string; coderId: string },
  ): Promise<Coding | null> {
    return manager.findOneBy(Coding, where);
  }

  async saveCoding(
    manager: EntityManager,
    coding: { sampleId: string; contactLogId: string; coderId: string; labelIds: string[] },
  ): Promise<void> {
    await manager.upsert(Coding, coding, ['sampleId', 'contactLogId', 'coderId']);
  }

  codings(sampleId: string, manager: EntityManager = this.dataSource.manager): Promise<Coding[]> {
    return manager.find(Coding, { where: { sampleId } });
  }

  /** The logs (of the organisation, not deleted) with their date and household reference. */
  disagreementLogs(
    organizationId: string,
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DisagreementLog[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT cl.id, cl.occurred_at AS "occurredAt", cl.household_id AS "householdId", h.reference AS "householdReference"
             FROM contact_logs cl LEFT JOIN households h ON h.id = cl.household_id AND h.organization_id = cl.organization_id AND h.deleted_at IS NULL
            WHERE cl.organization_id = $1 AND cl.id = ANY($2::uuid[]) AND cl.deleted_at IS NULL`,
      [organizationId, ids],
    );
  }
}
