import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

/** Everyone may look colleagues up (assignees, authors); only admins manage them. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Permission('users', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'users', await this.users.list(actor, params));
  }

  @Get(':id')
  @Permission('users', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  @Permission('users', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Put(':id')
  @Permission('users', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateUserDto) {
    return this.users.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('users', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.users.deactivate(actor, id);
  }
}
