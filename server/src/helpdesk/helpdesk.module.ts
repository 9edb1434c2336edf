import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { UsersModule } from '../users/users.module.js';
import { LabelsModule } from '../labels/labels.module.js';
import { HelpdeskController } from './helpdesk.controller.js';
import { HelpdeskRepository } from './helpdesk.repository.js';
import { HelpdeskService } from './helpdesk.service.js';

@Module({
  imports: [HouseholdsModule, UsersModule, LabelsModule],
  controllers: [HelpdeskController],
  providers: [HelpdeskRepository, HelpdeskService],
  exports: [HelpdeskRepository],
})
export class HelpdeskModule {}
