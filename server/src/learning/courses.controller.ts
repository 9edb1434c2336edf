import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateCourseDto, UpdateCourseDto } from './dto/learning.dto.js';
import { CoursesService } from './learning.services.js';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(private readonly service: CoursesService) {}

  @Get()
  @Permission('courses', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'courses', await this.service.list(actor, params));
  }

  @Get(':id')
  @Permission('courses', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post()
  @Permission('courses', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateCourseDto) {
    return this.service.create(actor, body);
  }

  @Put(':id')
  @Permission('courses', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateCourseDto) {
    return this.service.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('courses', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.service.remove(actor, id);
  }
}
