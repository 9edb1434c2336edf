import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateBreakthroughDto, UpdateBreakthroughDto } from './dto/breakthrough.dto.js';
import { BreakthroughsService } from './breakthroughs.service.js';

@ApiTags('breakthroughs')
@ApiBearerAuth()
@Controller('breakthroughs')
export class BreakthroughsController {
  constructor(private readonly breakthroughs: BreakthroughsService) {}

  @Get()
  @Permission('breakthroughs', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'breakthroughs', await this.breakthroughs.list(actor, params));
  }

  @Get(':id')
  @Permission('breakthroughs', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.breakthroughs.get(actor, id);
  }

  @Post()
  @Permission('breakthroughs', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateBreakthroughDto) {
    return this.breakthroughs.create(actor, body);
  }

  @Put(':id')
  @Permission('breakthroughs', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateBreakthroughDto) {
    return this.breakthroughs.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('breakthroughs', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.breakthroughs.remove(actor, id);
  }
}
