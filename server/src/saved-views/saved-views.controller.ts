import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateSavedViewDto, UpdateSavedViewDto } from './dto/saved-view.dto.js';
import { SavedViewsService } from './saved-views.service.js';

@ApiTags('saved-views')
@ApiBearerAuth()
@Controller('saved-views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @Permission('saved-views', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'saved-views', await this.views.list(actor, params));
  }

  @Get(':id')
  @Permission('saved-views', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.views.get(actor, id);
  }

  @Post()
  @Permission('saved-views', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateSavedViewDto) {
    return this.views.create(actor, body);
  }

  @Put(':id')
  @Permission('saved-views', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateSavedViewDto) {
    return this.views.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('saved-views', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.views.remove(actor, id);
  }
}
