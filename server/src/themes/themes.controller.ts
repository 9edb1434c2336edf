import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiReport } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { sendCsv, wantsCsv } from '../common/http/csv.js';
import { reportLocale, wantsIds } from '../common/reports/report-csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { ThemesService } from './themes.service.js';

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
   * CSV: names in `lang` (nl, en, uk), shares in percent, `ids=true` adds labelId.
   */
  @Get('themes')
  @Permission('reports', 'themes')
  @ApiReport(
    'ThemeReport',
    '`level` ("top" | "all"), `occurredAt_gte`, `occurredAt_lte` (dates or ISO timestamps), `authorId`, `municipality`, `track`, `householdId` (each one value or a list: one of)',
  )
  async report(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string; lang?: string; locale?: string; ids?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!wantsCsv(params.format, accept)) {
      reportLocale(params); // a misspelt language is a 400 in JSON too, so the CSV link is not the first to fail
      wantsIds(params.ids);
      return this.themes.report(actor, params);
    }
    return sendCsv(res, 'themes', await this.themes.csv(actor, params));
  }
}
