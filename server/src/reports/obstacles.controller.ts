import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { sendCsv } from '../common/http/csv.js';
import { OBSTACLE_REPORT_FILTER, ObstacleReportsService } from './obstacle-reports.service.js';
import { parseReportFilter } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';

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
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en', 'uk'] })
  @ApiQuery({ name: 'ids', required: false, enum: ['true', 'false'] })
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

  /** Systemic obstacles grouped by domain and title, with the persons they hit. */
  @Get('systemic-obstacles')
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en', 'uk'] })
  @ApiQuery({ name: 'ids', required: false, enum: ['true', 'false'] })
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
