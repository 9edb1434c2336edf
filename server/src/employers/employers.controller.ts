import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateEmployerDto, UpdateEmployerDto } from './dto/employer.dto.js';
import { EmployersService } from './employers.service.js';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Get()
  @Permission('employers', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'employers', await this.employers.list(actor, params));
  }

  @Get(':id')
  @Permission('employers', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.employers.get(actor, id);
  }

  @Post()
  @Permission('employers', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateEmployerDto) {
    return this.employers.create(actor, body);
  }

  @Put(':id')
  @Permission('employers', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateEmployerDto) {
    return this.employers.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('employers', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.employers.remove(actor, id);
  }
}
