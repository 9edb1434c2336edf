import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateSkillDto, UpdateSkillDto } from './dto/skill.dto.js';
import { SkillsService } from './skills.service.js';

@ApiTags('skills')
@ApiBearerAuth()
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Get()
  @Permission('skills', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'skills', await this.skills.list(actor, params));
  }

  @Get(':id')
  @Permission('skills', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.skills.get(actor, id);
  }

  @Post()
  @Permission('skills', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateSkillDto) {
    return this.skills.create(actor, body);
  }

  @Put(':id')
  @Permission('skills', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateSkillDto) {
    return this.skills.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('skills', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.skills.remove(actor, id);
  }
}
