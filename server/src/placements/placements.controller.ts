import { Body, Controller, Delete, Get, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiReport } from '../common/http/openapi-answers.js';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { sendCsv, wantsCsv } from '../common/http/csv.js';
import { reportLocale, wantsIds } from '../common/reports/report-csv.js';
import { placementReportCsv, type PlacementReport } from './placement-report-csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePlacementDto, UpdatePlacementDto } from './dto/placement.dto.js';
import { PlacementsService } from './placements.service.js';

@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  @Permission('placements', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'placements', await this.placements.list(actor, params));
  }

  /** The sectors in use, for the board's filter: a sector filter matches the exact text. */
  @Get('sectors')
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'string' }, example: ['Zorg', 'Horeca'] } })
  @Permission('placements', 'list')
  sectors(@Actor() actor: ActingUser): Promise<string[]> {
    return this.placements.sectors(actor);
  }

  @Get(':id')
  @Permission('placements', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.placements.get(actor, id);
  }

  @Post()
  @Permission('placements', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePlacementDto) {
    return this.placements.create(actor, body);
  }

  @Put(':id')
  @Permission('placements', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePlacementDto) {
    return this.placements.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('placements', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.placements.remove(actor, id);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class PlacementReportsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The funnel, counts by type and contract, employers, and the perspective shift per quarter.
   * CSV: names in `lang` (nl, en, uk), shares in percent, `ids=true` adds the section and item keys.
   */
  @Get('placements')
  @ApiReport('PlacementReport', '`startDate_gte`, `startDate_lte` (dates), `matcherId`, `municipality` (each one value or a list: one of)')
  @Permission('reports', 'placements')
  async report(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string; lang?: string; locale?: string; ids?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(params.format, accept);
    const [locale, ids] = [reportLocale(params), wantsIds(params.ids)];
    const report = await this.placements.report(actor, params);
    if (!csv) return report;
    const filter = params.filter ? (JSON.parse(params.filter as string) as Record<string, unknown>) : {};
    return sendCsv(res, 'placements-report', await placementReportCsv(this.dataSource, actor.organizationId, report as unknown as PlacementReport, filter, locale, ids));
  }
}
