import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiReport } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { sendCsv } from '../common/http/csv.js';
import { parseReportFilter } from './report-filter.js';
import { reportAnswer, type ReportParams } from './report-request.js';
import { THEME_REPORT_FILTER, THEME_TREND_FILTER, ThemesService, activityMinutesBasis } from './themes.service.js';
import { TREND_INTERVALS } from './theme-trend.js';
import { trendInterval } from './trend-periods.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  /**
   * Minutes per label and share of the total, contact logs and helpdesk side
   * by side. filter: occurredAt_gte/_lte (also bounds helpdesk receivedAt),
   * authorId, municipality, track, householdId, protectionBasis, gender, ageBand (each one value or a list: "one of"),
   * level ("top" | "all"). A date-only occurredAt_lte includes that whole day.
   * CSV: names in `lang` (nl, en, uk), shares in percent, `ids=true` adds labelId.
   */
  /**
   * Minutes and share per top-level theme and period (`interval` month or
   * quarter), contact logs and helpdesk apart; the theme report's filter
   * (without `level`). A cell of fewer than 5 households has no figures.
   */
  @Get('themes/trend')
  @Permission('reports', 'theme-trend')
  @ApiQuery({ name: 'interval', required: false, enum: TREND_INTERVALS, enumName: 'TrendInterval' })
  @ApiReport(
    'ThemeTrend',
    '`occurredAt_gte`, `occurredAt_lte`, `authorId`, `municipality`, `track`, `householdId`, `protectionBasis`, `gender`, `ageBand` (each one value or a list: one of)',
  )
  async trend(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams & { interval?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, THEME_TREND_FILTER);
    const report = await this.themes.trend(actor, filter, trendInterval(params.interval));
    if (!answer.csv) return report;
    return sendCsv(res, 'theme-trend', this.themes.trendCsv(report, filter, answer));
  }

  @Get('themes')
  @Permission('reports', 'themes')
  @ApiQuery({
    name: 'activityMinutes',
    required: false,
    description:
      "Adds activities as a third source (`activities` in the answer): `attendance` counts duration × attendees (known and anonymous), `organiser` the organiser's time (organiserMinutes, else the duration). Absent or `none`: no activity side, the answer unchanged.",
    schema: { $ref: '#/components/schemas/ActivityMinutesBasis' },
  })
  @ApiReport(
    'ThemeReport',
    '`level` ("top" | "all"), `occurredAt_gte`, `occurredAt_lte` (dates or ISO timestamps), `authorId`, `municipality`, `track`, `householdId`, `protectionBasis`, `gender`, `ageBand` (each one value or a list: one of)',
  )
  async report(
    @Actor() actor: ActingUser,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = reportAnswer(params, accept);
    const filter = parseReportFilter(params.filter, THEME_REPORT_FILTER);
    const basis = activityMinutesBasis((params as { activityMinutes?: unknown }).activityMinutes);
    const report = await this.themes.themes(actor, filter, basis);
    if (!answer.csv) return report;
    return sendCsv(res, 'themes', await this.themes.csv(actor, report, filter, answer));
  }
}
