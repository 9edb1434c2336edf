import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateIncomeDto, UpdateIncomeDto } from './dto/income.dto.js';
import { IncomesService } from './incomes.service.js';

@ApiTags('incomes')
@ApiBearerAuth()
@Controller('incomes')
export class IncomesController {
  constructor(private readonly incomes: IncomesService) {}

  @Get()
  @Permission('incomes', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'incomes', await this.incomes.list(actor, params));
  }

  @Get(':id')
  @Permission('incomes', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.incomes.get(actor, id);
  }

  @Post()
  @Permission('incomes', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateIncomeDto) {
    return this.incomes.create(actor, body);
  }

  @Put(':id')
  @Permission('incomes', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateIncomeDto) {
    return this.incomes.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('incomes', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.incomes.remove(actor, id);
  }
}
