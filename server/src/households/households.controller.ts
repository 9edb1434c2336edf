import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateHouseholdDto, UpdateHouseholdDto } from './dto/household.dto.js';
import { HouseholdsService } from './households.service.js';

@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController {
  constructor(private readonly households: HouseholdsService) {}

  @Get()
  @Permission('households', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'households', await this.households.list(actor, params));
  }

  /** Distinct municipalities of the organisation's households, for the list's filter (before `:id`). */
  @Get('municipalities')
  @Permission('households', 'list')
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'string' }, example: ['Amsterdam', 'Zaanstad'] } })
  municipalities(@Actor() actor: ActingUser) {
    return this.households.municipalities(actor);
  }

  @Get(':id')
  @Permission('households', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.households.get(actor, id);
  }

  @Post()
  @Permission('households', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateHouseholdDto) {
    return this.households.create(actor, body);
  }

  @Put(':id')
  @Permission('households', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateHouseholdDto) {
    return this.households.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('households', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.households.remove(actor, id);
  }
}
