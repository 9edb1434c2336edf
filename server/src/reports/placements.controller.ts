import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiReport } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { sendCsv } from '../common/http/csv.js';
import { PLACEMENT_REPORT_FILTER, PlacementsReportService } from './placements-report.service.js';
import { parseReportFilter } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class PlacementReportsController {
  constructor(private readonly reports: PlacementsReportService) {}

  /**
   * The funnel, counts by type and contract, employers, and the perspective shift per quarter.
   * CSV: names in `lang` (nl, en, uk), shares in percent, `ids=true` adds the section and item keys.
   */
  @Get('placements')
  @ApiReport(
    'PlacementReport',
    '`startDate_gte`, `startDate_lte` (dates), `matcherId`, `municipality`, `protectionBasis`, `gender`, `ageBand` (each one value or a list: one of)',
  )
  @Permission('reports', 'placements')
  async report(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, PLACEMENT_REPORT_FILTER);
    const report = await this.reports.report(actor, filter);
    if (!answer.csv) return report;
    return sendCsv(res, 'placements-report', await this.reports.csv(actor, report, filter, answer));
  }
}
