import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateObstacleDto, UpdateObstacleDto } from './dto/obstacle.dto.js';
import { ObstaclesService } from './obstacles.service.js';

@ApiTags('obstacles')
@ApiBearerAuth()
@Controller('obstacles')
export class ObstaclesController {
  constructor(private readonly obstacles: ObstaclesService) {}

  @Get()
  @Permission('obstacles', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'obstacles', await this.obstacles.list(actor, params));
  }

  @Get(':id')
  @Permission('obstacles', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.get(actor, id);
  }

  @Post()
  @Permission('obstacles', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateObstacleDto) {
    return this.obstacles.create(actor, body);
  }

  @Put(':id')
  @Permission('obstacles', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateObstacleDto) {
    return this.obstacles.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('obstacles', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.remove(actor, id);
  }
}

/** A household's open obstacles by domain, across all its members. */
@ApiTags('obstacles')
@ApiBearerAuth()
@Controller('households')
export class HouseholdObstaclesController {
  constructor(private readonly obstacles: ObstaclesService) {}

  @Get(':id/obstacles-by-domain')
  @ApiAnswer('DomainCounts', { list: true, description: 'Per domain, only domains with obstacles' })
  @Permission('households', 'show')
  rollup(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.obstacles.householdRollup(actor, id);
  }
}
