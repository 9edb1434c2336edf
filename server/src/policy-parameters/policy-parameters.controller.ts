import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePolicyParameterDto } from './dto/policy-parameter.dto.js';
import { PolicyParametersService } from './policy-parameters.service.js';

/** Versions are added, never edited or deleted: no PUT or DELETE. */
@ApiTags('policy-parameters')
@ApiBearerAuth()
@Controller('policy-parameters')
export class PolicyParametersController {
  constructor(private readonly parameters: PolicyParametersService) {}

  @Get()
  @Permission('policy-parameters', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'policy-parameters', await this.parameters.list(actor, params));
  }

  @Get(':id')
  @Permission('policy-parameters', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.parameters.get(actor, id);
  }

  @Post()
  @Permission('policy-parameters', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePolicyParameterDto) {
    return this.parameters.create(actor, body);
  }
}
