import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateQualificationDto, UpdateQualificationDto } from './dto/learning.dto.js';
import { QualificationsService } from './learning.services.js';

@ApiTags('qualifications')
@ApiBearerAuth()
@Controller('qualifications')
export class QualificationsController {
  constructor(private readonly service: QualificationsService) {}

  @Get()
  @Permission('qualifications', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'qualifications', await this.service.list(actor, params));
  }

  @Get(':id')
  @Permission('qualifications', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post()
  @Permission('qualifications', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateQualificationDto) {
    return this.service.create(actor, body);
  }

  @Put(':id')
  @Permission('qualifications', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateQualificationDto) {
    return this.service.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('qualifications', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.remove(actor, id);
  }
}
