import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { EmployersModule } from '../employers/employers.module.js';
import { NetworkConversationsController } from './network-conversations.controller.js';
import { NetworkConversationsRepository } from './network-conversations.repository.js';
import { NetworkConversationsService } from './network-conversations.service.js';

@Module({
  imports: [PersonsModule, EmployersModule],
  controllers: [NetworkConversationsController],
  providers: [NetworkConversationsRepository, NetworkConversationsService],
})
export class NetworkConversationsModule {}
