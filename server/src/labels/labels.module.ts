import { Module } from '@nestjs/common';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { LabelsController } from './labels.controller.js';
import { LabelsRepository } from './labels.repository.js';
import { LabelsService } from './labels.service.js';

@Module({
  imports: [IntegrationDomainsModule],
  controllers: [LabelsController],
  providers: [LabelsRepository, LabelsService],
  exports: [LabelsRepository],
})
export class LabelsModule {}
