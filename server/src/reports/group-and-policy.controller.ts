import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiReport } from '../common/http/openapi-answers.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { sendCsv } from '../common/http/csv.js';
import { POLICY_AUDIENCES, POLICY_SIGNAL_STATUSES, POLICY_THEMES } from '../policy-signals/policy-signal.entity.js';
import { PolicySignalsRepository } from '../policy-signals/policy-signals.repository.js';
import { ACTIVITY_REPORT_FILTER, ActivitiesReportService } from './activities-report.service.js';
import { activitiesCsv, policySignalsCsv } from './group-and-policy-csv.js';
import { oneOf, parseReportFilter, type ReportFilterSpec } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';

export const POLICY_SIGNAL_REPORT_FILTER: ReportFilterSpec = {
  filters: {
    status: { column: '', type: 'enum', values: POLICY_SIGNAL_STATUSES },
    theme: { column: '', type: 'enum', values: POLICY_THEMES },
    raisedWith: { column: '', type: 'enum', values: POLICY_AUDIENCES },
  },
  nulls: 'refused',
};

/** Group work and policy work (issue 17): the activities' reach and the policy signals. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class GroupAndPolicyReportsController {
  constructor(
    private readonly activities: ActivitiesReportService,
    private readonly signals: PolicySignalsRepository,
  ) {}

  /**
   * Per period (`period`: month, quarter, year) and top-level theme: activities,
   * attendance (known + anonymous), unique known persons reached and how many
   * of them are in individual support or matching; `totals` counts each person once.
   * CSV: names in `lang`, `ids=true` adds labelId.
   */
  @Get('activities')
  @ApiReport(
    'ActivityReport',
    '`period` ("month" | "quarter" | "year"), `date_gte`, `date_lte` (dates), `type`, `online`, `municipality` (where it took place; each one value or a list: one of)',
  )
  @Permission('reports', 'activities')
  async activityReport(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, ACTIVITY_REPORT_FILTER);
    const report = await this.activities.report(actor, filter);
    if (!answer.csv) return report;
    return sendCsv(res, 'activities', activitiesCsv(report, filter.sent, answer.locale, answer.ids));
  }

  /**
   * The signals with their evidence counts and status. No personal data: counts
   * of obstacles, households and municipalities, never which.
   */
  @Get('policy-signals')
  @ApiReport(
    { type: 'array', items: { $ref: '#/components/schemas/PolicySignalReportRow' } },
    '`status`, `theme`, `raisedWith` (each one value or a list: one of)',
  )
  @Permission('reports', 'policy-signals')
  async policySignals(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const { filter } = parseReportFilter(params.filter, POLICY_SIGNAL_REPORT_FILTER);
    const rows = await this.signals.report(actor.organizationId, {
      status: oneOf(filter.status),
      theme: oneOf(filter.theme),
      raisedWith: oneOf(filter.raisedWith),
    });
    if (!answer.csv) return rows;
    return sendCsv(res, 'policy-signals', policySignalsCsv(rows, filter, answer.locale, answer.ids));
  }
}
