import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateLabelDto, MergeLabelDto, UpdateLabelDto } from './dto/label.dto.js';
import { LabelsService } from './labels.service.js';

/** The codebook: who reads and who keeps it is in the permission table. */
@ApiTags('labels')
@ApiBearerAuth()
@Controller('labels')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get()
  @Permission('labels', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'labels', await this.labels.list(actor, params));
  }

  @Get(':id')
  @Permission('labels', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.labels.get(actor, id);
  }

  @Post()
  @Permission('labels', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateLabelDto) {
    return this.labels.create(actor, body);
  }

  @Put(':id')
  @Permission('labels', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateLabelDto) {
    return this.labels.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('labels', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.labels.remove(actor, id);
  }

  /** Returns the surviving label. */
  @Post(':id/merge')
  @ApiAnswer('Label', { description: 'The label merged into (the survivor)' })
  @Permission('labels', 'merge')
  @HttpCode(200)
  merge(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: MergeLabelDto) {
    return this.labels.merge(actor, id, body.intoId);
  }
}
