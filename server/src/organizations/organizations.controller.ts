import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { Organization } from './organization.entity.js';

/** A user sees one organisation: their own. New ones are made with the operator's CLI. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Actor() actor: ActingUser, @Res({ passthrough: true }) res: Response) {
    const own = await this.dataSource.manager.findOneByOrFail(Organization, { id: actor.organizationId });
    return listResponse(res, 'organizations', { rows: [own], total: 1, range: [0, 0] });
  }

  @Get(':id')
  async get(@Actor() actor: ActingUser, @Param('id') id: string) {
    if (id !== actor.organizationId) throw notFound('Organization');
    return this.dataSource.manager.findOneByOrFail(Organization, { id });
  }
}
