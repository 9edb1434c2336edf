import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto.js';
import { PersonsService } from './persons.service.js';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  @Permission('persons', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'persons', await this.persons.list(actor, params));
  }

  @Get(':id')
  @Permission('persons', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.persons.get(actor, id);
  }

  @Post()
  @Permission('persons', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePersonDto) {
    return this.persons.create(actor, body);
  }

  @Put(':id')
  @Permission('persons', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePersonDto) {
    return this.persons.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('persons', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.persons.remove(actor, id);
  }
}
