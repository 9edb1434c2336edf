import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateLanguageAssessmentDto, UpdateLanguageAssessmentDto } from './dto/learning.dto.js';
import { LanguageAssessmentsService } from './learning.services.js';

@ApiTags('language-assessments')
@ApiBearerAuth()
@Controller('language-assessments')
export class LanguageAssessmentsController {
  constructor(private readonly service: LanguageAssessmentsService) {}

  @Get()
  @Permission('language-assessments', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'language-assessments', await this.service.list(actor, params));
  }

  @Get(':id')
  @Permission('language-assessments', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post()
  @Permission('language-assessments', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateLanguageAssessmentDto) {
    return this.service.create(actor, body);
  }

  @Put(':id')
  @Permission('language-assessments', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateLanguageAssessmentDto) {
    return this.service.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('language-assessments', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.remove(actor, id);
  }
}
