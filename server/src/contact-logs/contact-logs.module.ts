import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { ObstaclesModule } from '../obstacles/obstacles.module.js';
import { UsersModule } from '../users/users.module.js';
import { LabelsModule } from '../labels/labels.module.js';
import { BreakthroughsRepository } from '../breakthroughs/breakthroughs.repository.js';
import { ContactLogsController } from './contact-logs.controller.js';
import { ContactLogsRepository } from './contact-logs.repository.js';
import { ContactLogsService } from './contact-logs.service.js';

@Module({
  imports: [HouseholdsModule, PersonsModule, ObstaclesModule, UsersModule, LabelsModule],
  controllers: [ContactLogsController],
  providers: [ContactLogsRepository, ContactLogsService, BreakthroughsRepository],
  exports: [ContactLogsRepository, ContactLogsService],
})
export class ContactLogsModule {}
