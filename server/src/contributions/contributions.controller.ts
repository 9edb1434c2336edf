import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { ApiAnswer, ApiReport } from '../common/http/openapi-answers.js';
import { sendCsv } from '../common/http/csv.js';
import { reportAnswer, type ReportParams } from '../reports/report-request.js';
import { contributionReportCsv } from '../reports/contributions-csv.js';
import { householdFilters, oneOf, parseReportFilter, type ReportFilterSpec } from '../reports/report-filter.js';

/** The report can be narrowed to the households of one or more municipalities (one invoice per municipality). */
const CONTRIBUTION_REPORT_FILTER: ReportFilterSpec = {
  filters: { municipality: householdFilters().municipality },
  nulls: 'refused',
};
import { ContributionsService } from './contributions.service.js';

@ApiTags('contributions')
@ApiBearerAuth()
@Controller()
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  /** The household's contribution for one month, with the lines and parameter versions that produced it. */
  @Get('households/:id/contributions')
  @ApiQuery({ name: 'month', required: true, description: 'YYYY-MM', schema: { type: 'string', example: '2024-10' } })
  @ApiAnswer('HouseholdContribution')
  @Permission('contributions', 'show')
  household(@Actor() actor: ActingUser, @Param('id') id: string, @Query('month') month: unknown) {
    return this.contributions.forHousehold(actor, id, month);
  }

  /** Every household of the organisation for one month, for invoicing. */
  @Get('reports/contributions')
  @ApiQuery({ name: 'month', required: true, description: 'YYYY-MM', schema: { type: 'string', example: '2024-10' } })
  @ApiReport('ContributionReport', '`municipality` (one value or a list: one of)')
  @Permission('contributions', 'report')
  async report(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams & { month?: unknown },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const { filter } = parseReportFilter(params.filter, CONTRIBUTION_REPORT_FILTER);
    const report = await this.contributions.report(actor, params.month, oneOf(filter.municipality));
    if (!answer.csv) return report;
    return sendCsv(
      res,
      `contributions-${report.month}`,
      contributionReportCsv(report, filter, answer.locale, answer.ids),
    );
  }
}
