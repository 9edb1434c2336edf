import { Body, Controller, Delete, Get, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { sendCsv, toCsv, wantsCsv } from '../common/http/csv.js';
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
  constructor(private readonly placements: PlacementsService) {}

  /** The funnel, counts by type and contract, employers, and the perspective shift per quarter. */
  @Get('placements')
  @Permission('reports', 'placements')
  async report(
    @Actor() actor: ActingUser,
    @Query() params: RawListParams & { format?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.placements.report(actor, params);
    if (!wantsCsv(params.format, accept)) return report;
    const rows = [
      ...Object.entries(report.funnel).map(([k, v]) => ({ section: 'funnel', key: k, value: v })),
      ...Object.entries(report.byType).map(([k, v]) => ({ section: 'byType', key: k, value: v })),
      { section: 'matches', key: 'oneOffThenLongTerm', value: report.oneOffThenLongTerm },
      { section: 'employers', key: 'placed', value: report.employersPlaced },
      { section: 'employers', key: 'contacted', value: report.employersContacted },
      { section: 'hours', key: 'fullTimeShare', value: report.fullTimeShare },
      ...Object.entries((report.contractTypes ?? {}) as Record<string, number>).map(([k, v]) => ({ section: 'contractTypes', key: k, value: v })),
      ...((report.fitByQuarter ?? []) as { quarter: string; started: number; fits: number; share: number }[]).flatMap((q) =>
        (['started', 'fits', 'share'] as const).map((k) => ({ section: `fitByQuarter.${k}`, key: q.quarter, value: q[k] })),
      ),
    ];
    return sendCsv(res, 'placements-report', toCsv(rows as { section: string; key: string; value: unknown }[], ['section', 'key', 'value']));
  }
}
