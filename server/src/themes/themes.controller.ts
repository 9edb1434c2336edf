import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { sendCsv, toCsv, wantsCsv } from '../common/http/csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { ThemesService } from './themes.service.js';
import type { ThemeRow } from './theme-minutes.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  /**
   * Minutes per label and share of the total, contact logs and helpdesk side
   * by side. filter: occurredAt_gte/_lte (also bounds helpdesk receivedAt),
   * authorId, municipality, track, householdId (each one value or a list: "one of"),
   * level ("top" | "all"). A date-only occurredAt_lte includes that whole day.
   */
  @Get('themes')
  @Permission('reports', 'themes')
  @ApiQuery({ name: 'filter', required: false })
  async report(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.themes.report(actor, params);
    if (!wantsCsv(params.format, accept)) return report;
    const label = (r: ThemeRow) => [r.parentName, r.name].filter((n) => n).map((n) => n!.en ?? n!.nl ?? n!.uk ?? '').join(' › ');
    const rows = [
      ...report.rows.map((r) => ({ source: 'contact-logs', label: label(r), labelId: r.labelId, minutes: r.minutes, share: r.share, count: r.logs })),
      ...report.helpdesk.rows.map((r) => ({ source: 'helpdesk', label: label(r), labelId: r.labelId, minutes: r.minutes, share: r.share, count: r.logs })),
    ];
    return sendCsv(res, 'themes', toCsv(rows, ['source', 'label', 'labelId', 'minutes', 'share', 'count']));
  }
}
