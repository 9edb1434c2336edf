import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateHelpdeskQuestionDto, UpdateHelpdeskQuestionDto } from './dto/helpdesk-question.dto.js';
import { BulkLabelsDto } from '../labels/bulk-labels.js';
import { HelpdeskService } from './helpdesk.service.js';

@ApiTags('helpdesk-questions')
@ApiBearerAuth()
@Controller('helpdesk-questions')
export class HelpdeskController {
  constructor(private readonly questions: HelpdeskService) {}

  @Get()
  @Permission('helpdesk-questions', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'helpdesk-questions', await this.questions.list(actor, params));
  }

  @Get(':id')
  @Permission('helpdesk-questions', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.questions.get(actor, id);
  }

  @Post()
  @Permission('helpdesk-questions', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateHelpdeskQuestionDto) {
    return this.questions.create(actor, body);
  }

  /** Bulk labelling on a selection: `{ids, addLabelIds, removeLabelIds}`. */
  @Post('bulk-labels')
  @ApiAnswer('BulkLabelsAnswer', { description: 'How many records changed' })
  @Permission('helpdesk-questions', 'bulk-label')
  @HttpCode(200)
  bulkLabels(@Actor() actor: ActingUser, @Body() body: BulkLabelsDto) {
    return this.questions.bulkLabels(actor, body);
  }

  @Put(':id')
  @Permission('helpdesk-questions', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateHelpdeskQuestionDto) {
    return this.questions.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('helpdesk-questions', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.questions.remove(actor, id);
  }
}
