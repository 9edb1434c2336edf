import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { OrganizationsRepository } from './organizations.repository.js';

export const SPEC: ListSpec = {
  resource: 'organizations',
  sortable: { name: 'name' },
  filters: {},
  search: [],
  defaultSort: ['name', 'ASC'],
};

/** A user sees one organisation: their own. New ones are made with the operator's CLI. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @Get()
  @Permission('organizations', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    const { filter } = parseListQuery(params, SPEC);
    const ids = filter.id === undefined ? undefined : ([] as unknown[]).concat(filter.id);
    const rows =
      ids && !ids.includes(actor.organizationId) ? [] : [await this.organizations.findOwn(actor.organizationId)];
    return listResponse(res, 'organizations', { rows, total: rows.length, range: [0, 0] });
  }

  @Get(':id')
  @Permission('organizations', 'show')
  async get(@Actor() actor: ActingUser, @Param('id') id: string) {
    if (id !== actor.organizationId) throw notFound('Organization');
    return this.organizations.findOwn(id);
  }
}
