import { Module } from '@nestjs/common';
import { IntegrationDomainsController } from './integration-domains.controller.js';
import { IntegrationDomainsRepository } from './integration-domains.repository.js';

@Module({
  controllers: [IntegrationDomainsController],
  providers: [IntegrationDomainsRepository],
  exports: [IntegrationDomainsRepository],
})
export class IntegrationDomainsModule {}
