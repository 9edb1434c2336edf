import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiReport } from '../common/http/openapi-answers.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { sendCsv } from '../common/http/csv.js';
import { SHELTER_MOVE_REPORT_FILTER, ShelterMovesReportService } from './shelter-moves-report.service.js';
import { parseReportFilter } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ShelterMoveReportsController {
  constructor(private readonly reports: ShelterMovesReportService) {}

  /**
   * Moves, forced moves, the median notice and the placements that ended
   * within 30 days after a forced move, per municipality and in all.
   * CSV: one row per municipality and one for all; `ids=true` adds the municipality as a key column.
   */
  @Get('shelter-moves')
  @ApiReport('ShelterMoveReport', '`date_gte`, `date_lte` (dates of the move), `municipality` (one value or a list)')
  @Permission('reports', 'shelter-moves')
  async report(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, SHELTER_MOVE_REPORT_FILTER);
    const report = await this.reports.report(actor, filter);
    if (!answer.csv) return report;
    return sendCsv(res, 'shelter-moves-report', this.reports.csv(report, filter.sent, answer.locale, answer.ids));
  }
}
