import { Body, Controller, Delete, Get, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { sendCsv, toCsv, wantsCsv } from '../common/http/csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateObstacleDto, UpdateObstacleDto } from './dto/obstacle.dto.js';
import { ObstaclesService } from './obstacles.service.js';

@ApiTags('obstacles')
@ApiBearerAuth()
@Controller('obstacles')
export class ObstaclesController {
  constructor(private readonly obstacles: ObstaclesService) {}

  @Get()
  @Permission('obstacles', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'obstacles', await this.obstacles.list(actor, params));
  }

  @Get(':id')
  @Permission('obstacles', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.get(actor, id);
  }

  @Post()
  @Permission('obstacles', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateObstacleDto) {
    return this.obstacles.create(actor, body);
  }

  @Put(':id')
  @Permission('obstacles', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateObstacleDto) {
    return this.obstacles.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('obstacles', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.remove(actor, id);
  }
}

/** A household's open obstacles by domain, across all its members. */
@ApiTags('obstacles')
@ApiBearerAuth()
@Controller('households')
export class HouseholdObstaclesController {
  constructor(private readonly obstacles: ObstaclesService) {}

  @Get(':id/obstacles-by-domain')
  @Permission('households', 'show')
  rollup(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.householdRollup(actor, id);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ObstacleReportsController {
  constructor(private readonly obstacles: ObstaclesService) {}

  /** Counts per domain and status, median days to resolve, share resolved; all 14 domains. */
  @Get('obstacles')
  @Permission('reports', 'obstacles')
  async byDomain(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string; lang?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.obstacles.report(actor, params);
    if (!wantsCsv(params.format, accept)) return report;
    const rows = await this.obstacles.withDomainNames(report.byDomain, params.lang);
    return sendCsv(
      res,
      'obstacles-by-domain',
      toCsv(rows, ['domainKey', 'domainName', 'open', 'inProgress', 'resolved', 'notResolvable', 'total', 'medianDaysToResolve', 'shareResolved']),
    );
  }

  /** Systemic obstacles grouped by domain and title, with the persons they hit. */
  @Get('systemic-obstacles')
  @Permission('reports', 'systemic-obstacles')
  async systemic(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string; lang?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const rows = await this.obstacles.systemicReport(actor, params);
    if (!wantsCsv(params.format, accept)) return rows;
    return sendCsv(
      res,
      'systemic-obstacles',
      toCsv(await this.obstacles.withDomainNames(rows, params.lang), ['domainKey', 'domainName', 'title', 'systemicNote', 'persons', 'households', 'unresolved', 'firstIdentifiedOn']),
    );
  }
}
