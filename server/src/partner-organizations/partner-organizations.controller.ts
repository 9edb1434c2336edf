import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePartnerOrganizationDto, UpdatePartnerOrganizationDto } from './dto/partner-organization.dto.js';
import { PartnerOrganizationsService } from './partner-organizations.service.js';

@ApiTags('partner-organizations')
@ApiBearerAuth()
@Controller('partner-organizations')
export class PartnerOrganizationsController {
  constructor(private readonly partners: PartnerOrganizationsService) {}

  @Get()
  @Permission('partner-organizations', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'partner-organizations', await this.partners.list(actor, params));
  }

  @Get(':id')
  @Permission('partner-organizations', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.partners.get(actor, id);
  }

  @Post()
  @Permission('partner-organizations', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePartnerOrganizationDto) {
    return this.partners.create(actor, body);
  }

  @Put(':id')
  @Permission('partner-organizations', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePartnerOrganizationDto) {
    return this.partners.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('partner-organizations', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.partners.remove(actor, id);
  }
}
