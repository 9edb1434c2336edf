import { Body, Controller, Delete, Get, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiReport } from '../common/http/openapi-answers.js';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { sendCsv, wantsCsv } from '../common/http/csv.js';
import { reportLocale, wantsIds } from '../common/reports/report-csv.js';
import { ObstacleReportCsv } from './obstacle-report-csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateObstacleDto, UpdateObstacleDto } from './dto/obstacle.dto.js';
import { ObstaclesService } from './obstacles.service.js';

/** The keys a report's `filter` takes (OBSTACLE_REPORT_SPEC). */
const OBSTACLE_REPORT_KEYS =
  "the obstacles list's keys (personId, householdId, planId, domainKey, status, severity, systemic, ownerId, `identifiedOn_gte/_lte`, `resolvedOn_gte/_lte`) and `municipality`, `track` (of the household)";

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
  @ApiAnswer('DomainCounts', { list: true, description: 'Per domain, only domains with obstacles' })
  @Permission('households', 'show')
  rollup(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.householdRollup(actor, id);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ObstacleReportsController {
  constructor(
    private readonly obstacles: ObstaclesService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Counts per domain and status, median days to resolve, share resolved; all 14 domains.
   * CSV: names in `lang` (nl, en, uk), shares in percent, `ids=true` adds domainKey.
   */
  @Get('obstacles')
  @ApiReport('ObstacleReport', OBSTACLE_REPORT_KEYS)
  @Permission('reports', 'obstacles')
  async byDomain(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(params.format, accept);
    const [locale, ids] = [reportLocale(params), wantsIds(params.ids)];
    const report = await this.obstacles.report(actor, params);
    if (!csv) return report;
    const out = await ObstacleReportCsv.prepare(this.dataSource, actor.organizationId, params.filter, locale, ids);
    return sendCsv(res, 'obstacles-by-domain', out.byDomain(report.byDomain));
  }

  /** Systemic obstacles grouped by domain and title, with the persons they hit. */
  @Get('systemic-obstacles')
  @ApiReport({ type: 'array', items: { $ref: '#/components/schemas/SystemicObstacleRow' } }, OBSTACLE_REPORT_KEYS)
  @Permission('reports', 'systemic-obstacles')
  async systemic(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(params.format, accept);
    const [locale, ids] = [reportLocale(params), wantsIds(params.ids)];
    const rows = await this.obstacles.systemicReport(actor, params);
    if (!csv) return rows;
    const out = await ObstacleReportCsv.prepare(this.dataSource, actor.organizationId, params.filter, locale, ids);
    return sendCsv(res, 'systemic-obstacles', out.systemic(rows));
  }
}

type ReportParams = RawListParams & { format?: string; lang?: string; locale?: string; ids?: string };
