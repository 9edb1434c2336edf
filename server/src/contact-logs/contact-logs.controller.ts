import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { BulkLabelsDto, CreateContactLogDto, UpdateContactLogDto } from './dto/contact-log.dto.js';
import { ContactLogsService } from './contact-logs.service.js';

@ApiTags('contact-logs')
@ApiBearerAuth()
@Controller('contact-logs')
export class ContactLogsController {
  constructor(private readonly logs: ContactLogsService) {}

  @Get()
  @Permission('contact-logs', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'contact-logs', await this.logs.list(actor, params));
  }

  @Get(':id')
  @Permission('contact-logs', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.logs.get(actor, id);
  }

  @Post()
  @Permission('contact-logs', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateContactLogDto) {
    return this.logs.create(actor, body);
  }

  /** Bulk labelling on a selection: `{ids, addLabelIds, removeLabelIds}`. */
  @Post('bulk-labels')
  @ApiAnswer('BulkLabelsAnswer', { description: 'How many records changed' })
  @Permission('contact-logs', 'bulk-label')
  @HttpCode(200)
  bulkLabels(@Actor() actor: ActingUser, @Body() body: BulkLabelsDto) {
    return this.logs.bulkLabels(actor, body);
  }

  @Put(':id')
  @Permission('contact-logs', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateContactLogDto) {
    return this.logs.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('contact-logs', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.logs.remove(actor, id);
  }
}
