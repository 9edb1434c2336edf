import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { applyListQuery } from '../common/list/list-query.js';
import type { ListQuery, ListResult, ListSpec } from '../common/list/list-spec.js';
import { isUuid } from '../common/validation/uuid.js';
import { AUDIT_ACTIONS, AuditEvent } from './audit-event.entity.js';

export const AUDIT_EVENTS_SPEC: ListSpec = {
  resource: 'audit-events',
  sortable: { at: 'a.at', action: 'a.action', resource: 'a.resource' },
  filters: {
    userId: { column: 'a.userId', type: 'uuid' },
    recordId: { column: 'a.recordId', type: 'uuid' },
    resource: { column: 'a.resource', type: 'text' },
    action: { column: 'a.action', type: 'enum', values: AUDIT_ACTIONS },
    at: { column: 'a.at', type: 'timestamp', range: true },
  },
  // Field names only are stored, so the text to search is which resource, which action and the request id.
  search: ['a.resource', 'a.action', 'a.request_id'],
  defaultSort: ['at', 'DESC'],
};

/** Reads the organisation's audit trail (it is written by record-audit.ts, in each write's transaction). */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findForList(
    organizationId: string,
    query: ListQuery,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ListResult<AuditEvent>> {
    const qb = manager.createQueryBuilder(AuditEvent, 'a').where('a.organizationId = :org', { org: organizationId });
    const [rows, total] = await applyListQuery(qb, query, AUDIT_EVENTS_SPEC).getManyAndCount();
    return { rows, total, range: query.range };
  }

  async findOneInOrg(
    organizationId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AuditEvent | null> {
    return isUuid(id) ? manager.findOneBy(AuditEvent, { id, organizationId }) : null;
  }
}
