import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import { CodingDto, CreateCodingSampleDto } from './dto/coding-sample.dto.js';
import { CodingSamplesService } from './coding-samples.service.js';

@ApiTags('coding-samples')
@ApiBearerAuth()
@Controller('coding-samples')
export class CodingSamplesController {
  constructor(private readonly samples: CodingSamplesService) {}

  @Get()
  @Permission('coding-samples', 'list')
  async list(@Actor() actor: ActingUser, @Res({ passthrough: true }) res: Response) {
    const rows = await this.samples.list(actor);
    return listResponse(res, 'coding-samples', { rows, total: rows.length, range: [0, Math.max(rows.length - 1, 0)] });
  }

  /** Who may draw a sample: the roles and the active colleagues who hold them (a researcher without a sample asks them). */
  @Get('drawers')
  @ApiAnswer('SampleDrawers')
  @Permission('coding-samples', 'list')
  drawers(@Actor() actor: ActingUser) {
    return this.samples.drawers(actor);
  }

  @Get(':id')
  @Permission('coding-samples', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.samples.get(actor, id);
  }

  /** A coordinator draws a random sample for two coders. */
  @Post()
  @Permission('coding-samples', 'draw-sample')
  create(@Actor() actor: ActingUser, @Body() body: CreateCodingSampleDto) {
    return this.samples.create(actor, body);
  }

  @Get(':id/items')
  @ApiAnswer('CodingItem', {
    list: true,
    description: "The sample's logs in drawing order, with the caller's own coding",
  })
  @Permission('coding-samples', 'code')
  items(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.samples.items(actor, id);
  }

  @Put(':id/items/:contactLogId')
  @ApiAnswer('CodingAnswer')
  @Permission('coding-samples', 'code')
  code(
    @Actor() actor: ActingUser,
    @Param('id') id: string,
    @Param('contactLogId') contactLogId: string,
    @Body() body: CodingDto,
  ) {
    return this.samples.code(actor, id, contactLogId, body);
  }

  @Get(':id/agreement')
  @ApiAnswer('CodingAgreement')
  @Permission('coding-samples', 'agreement')
  agreement(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.samples.agreement(actor, id);
  }
}
