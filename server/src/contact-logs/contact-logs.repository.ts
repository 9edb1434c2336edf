import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { TRACKS } from '../households/household.enums.js';
import { openSampleCondition } from '../coding-samples/open-sample.js';
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

}
