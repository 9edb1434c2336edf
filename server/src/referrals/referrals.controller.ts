import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateReferralDto, UpdateReferralDto } from './dto/referral.dto.js';
import { ReferralsService } from './referrals.service.js';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @Permission('referrals', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'referrals', await this.referrals.list(actor, params));
  }

  @Get(':id')
  @Permission('referrals', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.referrals.get(actor, id);
  }

  @Post()
  @Permission('referrals', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateReferralDto) {
    return this.referrals.create(actor, body);
  }

  @Put(':id')
  @Permission('referrals', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateReferralDto) {
    return this.referrals.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('referrals', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.referrals.remove(actor, id);
  }
}
