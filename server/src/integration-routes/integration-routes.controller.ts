import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { isCalendarDate } from '../common/validation/validators.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateIntegrationRouteDto, UpdateIntegrationRouteDto } from './dto/integration-route.dto.js';
import { IntegrationRoutesService } from './integration-routes.service.js';

@ApiTags('integration-routes')
@ApiBearerAuth()
@Controller('integration-routes')
export class IntegrationRoutesController {
  constructor(private readonly routes: IntegrationRoutesService) {}

  @Get()
  @Permission('integration-routes', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'integration-routes', await this.routes.list(actor, params));
  }

  @Get(':id')
  @Permission('integration-routes', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.routes.get(actor, id);
  }

  /** Lesson hours plus the person's running placements' hours on `date` (default today), against the limit. */
  @Get(':id/weekly-hours')
  @Permission('integration-routes', 'show')
  @ApiQuery({ name: 'date', required: false, schema: { type: 'string', format: 'date' } })
  @ApiAnswer('WeeklyHours', { description: 'The week of lessons and work, and whether it passes the limit' })
  weeklyHours(@Actor() actor: ActingUser, @Param('id') id: string, @Query('date') date?: string) {
    if (date !== undefined && (typeof date !== 'string' || !isCalendarDate(date)))
      throw invalidQuery('date must be a date as YYYY-MM-DD');
    return this.routes.weeklyHours(actor, id, date);
  }

  @Post()
  @Permission('integration-routes', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateIntegrationRouteDto) {
    return this.routes.create(actor, body);
  }

  @Put(':id')
  @Permission('integration-routes', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateIntegrationRouteDto) {
    return this.routes.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('integration-routes', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.routes.remove(actor, id);
  }
}
