import { Module } from '@nestjs/common';
import { IntegrationDomainsController } from './integration-domains.controller.js';

@Module({ controllers: [IntegrationDomainsController] })
export class IntegrationDomainsModule {}
