import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateVacancyDto, UpdateVacancyDto } from './dto/vacancy.dto.js';
import { MAX_SUGGESTIONS, parseLimit, VacanciesService } from './vacancies.service.js';

const LimitQuery = () =>
  ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: MAX_SUGGESTIONS, default: 20 },
    description: 'How many suggestions, best first',
  });

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller()
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Get('vacancies')
  @Permission('vacancies', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'vacancies', await this.vacancies.list(actor, params));
  }

  @Get('vacancies/:id')
  @Permission('vacancies', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.vacancies.get(actor, id);
  }

  @Post('vacancies')
  @Permission('vacancies', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateVacancyDto) {
    return this.vacancies.create(actor, body);
  }

  @Put('vacancies/:id')
  @Permission('vacancies', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateVacancyDto) {
    return this.vacancies.update(actor, id, body);
  }

  @Delete('vacancies/:id')
  @Permission('vacancies', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.vacancies.remove(actor, id);
  }

  /** Persons in matching ranked for the vacancy, each with its score and reasons (docs/matching.md). */
  @Get('vacancies/:id/suggestions')
  @Permission('vacancies', 'suggestions')
  @LimitQuery()
  @ApiAnswer('PersonSuggestion', { list: true, description: 'Best first' })
  suggestionsForVacancy(@Actor() actor: ActingUser, @Param('id') id: string, @Query('limit') limit: unknown) {
    return this.vacancies.suggestionsForVacancy(actor, id, parseLimit(limit));
  }

  /** Open vacancies ranked for the person, each with its score and reasons. */
  @Get('persons/:id/suggestions')
  @Permission('vacancies', 'suggestions')
  @LimitQuery()
  @ApiAnswer('VacancySuggestion', { list: true, description: 'Best first' })
  suggestionsForPerson(@Actor() actor: ActingUser, @Param('id') id: string, @Query('limit') limit: unknown) {
    return this.vacancies.suggestionsForPerson(actor, id, parseLimit(limit));
  }
}
