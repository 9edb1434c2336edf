import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePersonSkillDto, UpdatePersonSkillDto } from './dto/learning.dto.js';
import { PersonSkillsService } from './learning.services.js';

@ApiTags('person-skills')
@ApiBearerAuth()
@Controller('person-skills')
export class PersonSkillsController {
  constructor(private readonly service: PersonSkillsService) {}

  @Get()
  @Permission('person-skills', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'person-skills', await this.service.list(actor, params));
  }

  @Get(':id')
  @Permission('person-skills', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post()
  @Permission('person-skills', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePersonSkillDto) {
    return this.service.create(actor, body);
  }

  @Put(':id')
  @Permission('person-skills', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePersonSkillDto) {
    return this.service.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('person-skills', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.remove(actor, id);
  }
}
