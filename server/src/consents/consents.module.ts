import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { PartnerOrganizationsModule } from '../partner-organizations/partner-organizations.module.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentsRepository } from './consents.repository.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [PersonsModule, PartnerOrganizationsModule],
  controllers: [ConsentsController],
  providers: [ConsentsRepository, ConsentsService],
  exports: [ConsentsRepository],
})
export class ConsentsModule {}
