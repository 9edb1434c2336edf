import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateTaskDto, UpdateTaskDto } from './dto/task.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Permission('tasks', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'tasks', await this.tasks.list(actor, params));
  }

  @Get(':id')
  @Permission('tasks', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.tasks.get(actor, id);
  }

  @Post()
  @Permission('tasks', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateTaskDto) {
    return this.tasks.create(actor, body);
  }

  @Put(':id')
  @Permission('tasks', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateTaskDto) {
    return this.tasks.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('tasks', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.tasks.remove(actor, id);
  }
}
