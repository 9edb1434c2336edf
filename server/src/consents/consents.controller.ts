import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateConsentDto, UpdateConsentDto } from './dto/consent.dto.js';
import { ConsentsService } from './consents.service.js';

@ApiTags('consents')
@ApiBearerAuth()
@Controller('consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Permission('consents', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'consents', await this.consents.list(actor, params));
  }

  @Get(':id')
  @Permission('consents', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.consents.get(actor, id);
  }

  @Post()
  @Permission('consents', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateConsentDto) {
    return this.consents.create(actor, body);
  }

  @Put(':id')
  @Permission('consents', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateConsentDto) {
    return this.consents.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('consents', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.consents.remove(actor, id);
  }
}
