import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { PartnerOrganizationsModule } from '../partner-organizations/partner-organizations.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { BreakthroughsRepository } from '../breakthroughs/breakthroughs.repository.js';
import { ReferralsController } from './referrals.controller.js';
import { ReferralsRepository } from './referrals.repository.js';
import { ReferralsService } from './referrals.service.js';

@Module({
  imports: [PersonsModule, PartnerOrganizationsModule, ConsentsModule, IntegrationDomainsModule],
  controllers: [ReferralsController],
  providers: [ReferralsRepository, ReferralsService, BreakthroughsRepository],
})
export class ReferralsModule {}
