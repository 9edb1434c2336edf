import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { PartnerOrganizationsModule } from '../partner-organizations/partner-organizations.module.js';
import { LabelsModule } from '../labels/labels.module.js';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesService } from './activities.service.js';

@Module({
  imports: [PersonsModule, PartnerOrganizationsModule, LabelsModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesRepository, ActivitiesService],
  exports: [ActivitiesRepository],
})
export class ActivitiesModule {}
