import { Module } from '@nestjs/common';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { PartnerOrganizationsController } from './partner-organizations.controller.js';
import { PartnerOrganizationsRepository } from './partner-organizations.repository.js';
import { PartnerOrganizationsService } from './partner-organizations.service.js';

@Module({
  imports: [IntegrationDomainsModule],
  controllers: [PartnerOrganizationsController],
  providers: [PartnerOrganizationsRepository, PartnerOrganizationsService],
  exports: [PartnerOrganizationsRepository],
})
export class PartnerOrganizationsModule {}
