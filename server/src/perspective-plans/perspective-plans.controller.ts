import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreatePerspectivePlanDto, CreateReviewDto, UpdatePerspectivePlanDto } from './dto/perspective-plan.dto.js';
import { PerspectivePlansService } from './perspective-plans.service.js';

@ApiTags('perspective-plans')
@ApiBearerAuth()
@Controller('perspective-plans')
export class PerspectivePlansController {
  constructor(private readonly plans: PerspectivePlansService) {}

  @Get()
  @Permission('perspective-plans', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'perspective-plans', await this.plans.list(actor, params));
  }

  @Get(':id')
  @Permission('perspective-plans', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.get(actor, id);
  }

  @Post()
  @Permission('perspective-plans', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreatePerspectivePlanDto) {
    return this.plans.create(actor, body);
  }

  @Put(':id')
  @Permission('perspective-plans', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePerspectivePlanDto) {
    return this.plans.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('perspective-plans', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.remove(actor, id);
  }

  /** A review: a snapshot of the plan now, never changed afterwards. */
  @Post(':id/reviews')
  @ApiAnswer('PlanReview', { status: 201, description: 'The review, with the plan as it was' })
  @Permission('perspective-plans', 'review')
  createReview(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: CreateReviewDto) {
    return this.plans.createReview(actor, id, body);
  }

  @Get(':id/reviews')
  @ApiAnswer('PlanReview', { list: true, description: 'Newest first' })
  @Permission('perspective-plans', 'review')
  reviews(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.listReviews(actor, id);
  }
}
