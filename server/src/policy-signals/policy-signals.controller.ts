import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { AddSignalObstaclesDto, CreatePolicySignalDto, UpdatePolicySignalDto } from './dto/policy-signal.dto.js';
import { PolicySignalsService } from './policy-signals.service.js';

@ApiTags('policy-signals')
@ApiBearerAuth()
@Controller('policy-signals')
export class PolicySignalsController {
  constructor(private readonly signals: PolicySignalsService) {}

  @Get()
  @Permission('policy-signals', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'policy-signals', await this.signals.list(actor, params));
  }

  @Get(':id')
  @Permission('policy-signals', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.signals.get(actor, id);
  }

  /** Systemic obstacles of the signal's domains not yet linked to any signal: new evidence to consider. */
  @Get(':id/suggestions')
  @ApiAnswer('SuggestedObstacle', { list: true, description: 'Newest first, at most 200' })
  @Permission('policy-signals', 'show')
  suggestions(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.signals.suggestions(actor, id);
  }

  @Post()
  @Permission('policy-signals', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePolicySignalDto) {
    return this.signals.create(actor, body);
  }

  /** Extends the signal with systemic obstacles (from the systemic-obstacles report); those linked already stay. */
  @Post(':id/obstacles')
  @ApiAnswer('PolicySignal', { description: 'The signal with its links and evidence' })
  @Permission('policy-signals', 'update')
  @HttpCode(200)
  addObstacles(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: AddSignalObstaclesDto) {
    return this.signals.addObstacles(actor, id, body);
  }

  @Put(':id')
  @Permission('policy-signals', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePolicySignalDto) {
    return this.signals.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('policy-signals', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.signals.remove(actor, id);
  }
}
