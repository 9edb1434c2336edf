import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { applyListQuery, parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { isUuid } from '../common/database/org-scoped.repository.js';
import { AUDIT_ACTIONS, AuditEvent } from './audit-event.entity.js';

export const SPEC: ListSpec = {
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

/** Read-only: there is no route to change or delete an audit event. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Permission('audit-events', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(params, SPEC);
    const qb = this.dataSource.manager.createQueryBuilder(AuditEvent, 'a').where('a.organizationId = :org', { org: actor.organizationId });
    const [rows, total] = await applyListQuery(qb, query, SPEC).getManyAndCount();
    return listResponse(res, 'audit-events', { rows, total, range: query.range });
  }

  @Get(':id')
  @Permission('audit-events', 'show')
  async get(@Actor() actor: ActingUser, @Param('id') id: string) {
    const event = isUuid(id) ? await this.dataSource.manager.findOneBy(AuditEvent, { id, organizationId: actor.organizationId }) : null;
    if (!event) throw notFound('Audit event');
    return event;
  }
}
