import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Roles } from '../common/auth/decorators.js';
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
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'perspective-plans', await this.plans.list(actor, params));
  }

  @Get(':id')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.get(actor, id);
  }

  @Post()
  create(@Actor() actor: ActingUser, @Body() body: CreatePerspectivePlanDto) {
    return this.plans.create(actor, body);
  }

  @Put(':id')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdatePerspectivePlanDto) {
    return this.plans.update(actor, id, body);
  }

  @Delete(':id')
  @Roles('admin', 'coordinator', 'caseworker', 'researcher')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.remove(actor, id);
  }

  /** A review: a snapshot of the plan now, never changed afterwards. */
  @Post(':id/reviews')
  createReview(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: CreateReviewDto) {
    return this.plans.createReview(actor, id, body);
  }

  @Get(':id/reviews')
  reviews(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.plans.listReviews(actor, id);
  }
}
