import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { TRACKS } from '../households/household.enums.js';
import { openSampleCondition } from '../coding-samples/open-sample.js';
import { researcherMayReadLog } from '../consents/research-consent.js';
import { CHANNELS, ContactLog } from './contact-log.entity.js';

@Injectable()
export class ContactLogsRepository extends OrgScopedRepository<ContactLog> {
  constructor(dataSource: DataSource) {
    super(dataSource, ContactLog, 'cl', {
      resource: 'contact-logs',
      sortable: { occurredAt: 'cl.occurredAt', minutes: 'cl.minutes', channel: 'cl.channel', createdAt: 'cl.createdAt' },
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
        municipality: { column: '(SELECT h.municipality FROM households h WHERE h.id = cl.household_id)', type: 'text' },
        track: { column: '(SELECT h.track FROM households h WHERE h.id = cl.household_id)', type: 'enum', values: TRACKS },
      },
      search: ['cl.note', 'cl.language'],
      defaultSort: ['occurredAt', 'DESC'],
    });
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
  async copyToLabelRows(log: ContactLog, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE contact_log_labels SET occurred_at = $2, household_id = $3, author_id = $4 WHERE contact_log_id = $1', [
      log.id,
      log.occurredAt,
      log.householdId,
      log.authorId,
    ]);
  }

  async removeLabelRows(contactLogId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM contact_log_labels WHERE contact_log_id = $1', [contactLogId]);
  }

  /** Whether the log is in a double-coding sample that is not closed yet. */
  async inOpenSample(contactLogId: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(`SELECT ${openSampleCondition('$1::uuid')} AS open`, [contactLogId]);
    return Boolean(row.open);
  }
}
