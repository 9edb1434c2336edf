import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
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
