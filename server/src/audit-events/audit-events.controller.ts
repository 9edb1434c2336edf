import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import { AUDIT_EVENTS_SPEC, AuditEventsRepository } from './audit-events.repository.js';

/** Read-only: there is no route to change or delete an audit event. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsRepository) {}

  @Get()
  @Permission('audit-events', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(params, AUDIT_EVENTS_SPEC);
    return listResponse(res, 'audit-events', await this.events.findForList(actor.organizationId, query));
  }

  @Get(':id')
  @Permission('audit-events', 'show')
  async get(@Actor() actor: ActingUser, @Param('id') id: string) {
    const event = await this.events.findOneInOrg(actor.organizationId, id);
    if (!event) throw notFound('Audit event');
    return event;
  }
}
