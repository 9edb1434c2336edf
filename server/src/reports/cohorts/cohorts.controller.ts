import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../../common/auth/decorators.js';
import { Actor, type ActingUser } from '../../common/auth/acting-user.js';
import { sendCsv } from '../../common/http/csv.js';
import { ApiReport } from '../../common/http/openapi-answers.js';
import { parseReportFilter } from '../report-filter.js';
import { reportAnswer, type ReportParams } from '../report-request.js';
import { COHORT_GROUPS } from './cohort.enums.js';
import { COHORT_REPORT_FILTER, CohortsService, cohortGroupBy } from './cohorts.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  /**
   * Time to work: the Kaplan–Meier share of persons who reached the event by
   * each month since the start, per group, with Greenwood 95% intervals.
   * CSV: one row per group and month, shares in percent.
   */
  @Get('cohorts')
  @Permission('reports', 'cohorts')
  @ApiQuery({ name: 'groupBy', required: false, enum: COHORT_GROUPS, enumName: 'CohortGroupBy' })
  @ApiReport(
    'CohortReport',
    '`event` ("first_paid_job" | "first_long_term_placement"), `start` ("arrival" | "status"), `municipality`, `track`, `protectionBasis`, `gender`, `ageBand` (each one value or a list: one of)',
  )
  async report(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams & { groupBy?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, COHORT_REPORT_FILTER);
    const report = await this.cohorts.report(actor, filter, cohortGroupBy(params.groupBy));
    if (!answer.csv) return report;
    return sendCsv(res, 'cohorts', this.cohorts.csv(actor, report, filter, answer));
  }
}
