import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { BulkLabelsDto } from '../labels/bulk-labels.js';
import { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto.js';
import { ActivitiesService } from './activities.service.js';

@ApiTags('activities')
@ApiBearerAuth()
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @Permission('activities', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'activities', await this.activities.list(actor, params));
  }

  @Get(':id')
  @Permission('activities', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.activities.get(actor, id);
  }

  @Post()
  @Permission('activities', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateActivityDto) {
    return this.activities.create(actor, body);
  }

  /** Bulk labelling on a selection: `{ids, addLabelIds, removeLabelIds}`. */
  @Post('bulk-labels')
  @ApiAnswer('BulkLabelsAnswer', { description: 'How many records changed' })
  @Permission('activities', 'bulk-label')
  @HttpCode(200)
  bulkLabels(@Actor() actor: ActingUser, @Body() body: BulkLabelsDto) {
    return this.activities.bulkLabels(actor, body);
  }

  @Put(':id')
  @Permission('activities', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateActivityDto) {
    return this.activities.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('activities', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.activities.remove(actor, id);
  }
}
