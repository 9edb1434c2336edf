import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateShelterMoveDto, UpdateShelterMoveDto } from './dto/shelter-move.dto.js';
import { ShelterMovesService } from './shelter-moves.service.js';

@ApiTags('shelter-moves')
@ApiBearerAuth()
@Controller('shelter-moves')
export class ShelterMovesController {
  constructor(private readonly moves: ShelterMovesService) {}

  @Get()
  @Permission('shelter-moves', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'shelter-moves', await this.moves.list(actor, params));
  }

  @Get(':id')
  @Permission('shelter-moves', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.moves.get(actor, id);
  }

  @Post()
  @Permission('shelter-moves', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateShelterMoveDto) {
    return this.moves.create(actor, body);
  }

  @Put(':id')
  @Permission('shelter-moves', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateShelterMoveDto) {
    return this.moves.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('shelter-moves', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.moves.remove(actor, id);
  }
}
