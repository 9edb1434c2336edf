import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { listResponse } from '../common/http/list-response.js';
import type { RawListParams } from '../common/list/list-query.js';
import { CreateNetworkConversationDto, UpdateNetworkConversationDto } from './dto/network-conversation.dto.js';
import { NetworkConversationsService } from './network-conversations.service.js';

@ApiTags('network-conversations')
@ApiBearerAuth()
@Controller('network-conversations')
export class NetworkConversationsController {
  constructor(private readonly conversations: NetworkConversationsService) {}

  @Get()
  @Permission('network-conversations', 'list')
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'network-conversations', await this.conversations.list(actor, params));
  }

  @Get(':id')
  @Permission('network-conversations', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.conversations.get(actor, id);
  }

  @Post()
  @Permission('network-conversations', 'create')
  create(@Actor() actor: ActingUser, @Body() body: CreateNetworkConversationDto) {
    return this.conversations.create(actor, body);
  }

  @Put(':id')
  @Permission('network-conversations', 'update')
  update(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: UpdateNetworkConversationDto) {
    return this.conversations.update(actor, id, body);
  }

  @Delete(':id')
  @Permission('network-conversations', 'delete')
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.conversations.remove(actor, id);
  }
}
