import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Roles } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateLabelDto, MergeLabelDto, UpdateLabelDto } from './dto/label.dto.js';
import { LabelsService } from './labels.service.js';

const CODEBOOK_KEEPERS = ['admin', 'coordinator', 'researcher'] as const;

/** The codebook: everyone uses it; admins, coordinators and researchers keep it. */
@ApiTags('labels')
@ApiBearerAuth()
@Controller('labels')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get()
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'labels', await this.labels.list(actor, params));
  }

  @Get(':id')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.labels.get(actor, id);
  }

  @Post()
  @Roles(...CODEBOOK_KEEPERS)
  create(@Actor() actor: ActingUser, @Body() body: CreateLabelDto) {
    return this.labels.create(actor, body);
  }

  @Put(':id')
  @Roles(...CODEBOOK_KEEPERS)
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateLabelDto) {
    return this.labels.update(actor, id, body);
  }

  @Delete(':id')
  @Roles(...CODEBOOK_KEEPERS)
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.labels.remove(actor, id);
  }

  /** Returns the surviving label. */
  @Post(':id/merge')
  @HttpCode(200)
  @Roles(...CODEBOOK_KEEPERS)
  merge(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: MergeLabelDto) {
    return this.labels.merge(actor, id, body.intoId);
  }
}
