import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiReport } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { sendCsv } from '../common/http/csv.js';
import { OBSTACLE_REPORT_FILTER, ObstacleReportsService } from './obstacle-reports.service.js';
import { parseReportFilter } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';
import { TREND_INTERVALS } from './theme-trend.js';
import { trendInterval } from './trend-periods.js';

/** The keys a report's `filter` takes (OBSTACLE_REPORT_SPEC). */
const OBSTACLE_REPORT_KEYS =
  "the obstacles list's keys (personId, householdId, planId, domainKey, status, severity, systemic, ownerId, `identifiedOn_gte/_lte`, `resolvedOn_gte/_lte`) and `municipality`, `track` (of the household), `protectionBasis`, `gender`, `ageBand` (of the person)";

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ObstacleReportsController {
  constructor(private readonly reports: ObstacleReportsService) {}

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
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, OBSTACLE_REPORT_FILTER);
    const report = await this.reports.byDomain(actor, filter);
    if (!answer.csv) return report;
    const out = await this.reports.csv(actor, filter, answer);
    return sendCsv(res, 'obstacles-by-domain', out.byDomain(report.byDomain));
  }

  /**
   * New, resolved and open obstacles per domain and period (`interval`
   * month or quarter); the obstacle reports' filter. A cell of fewer than 5
   * persons has no figures.
   */
  @Get('obstacles/trend')
  @ApiQuery({ name: 'interval', required: false, enum: TREND_INTERVALS, enumName: 'TrendInterval' })
  @ApiReport('ObstacleTrend', OBSTACLE_REPORT_KEYS)
  @Permission('reports', 'obstacle-trend')
  async trend(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams & { interval?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, OBSTACLE_REPORT_FILTER);
    const report = await this.reports.trend(actor, filter, trendInterval(params.interval));
    if (!answer.csv) return report;
    const out = await this.reports.csv(actor, filter, answer);
    return sendCsv(res, 'obstacle-trend', out.trend(report));
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
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, OBSTACLE_REPORT_FILTER);
    const rows = await this.reports.systemic(actor, filter);
    if (!answer.csv) return rows;
    const out = await this.reports.csv(actor, filter, answer);
    return sendCsv(res, 'systemic-obstacles', out.systemic(rows));
  }
}
