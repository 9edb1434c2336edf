import { Module } from '@nestjs/common';
import { PolicySignalsController } from './policy-signals.controller.js';
import { PolicySignalsRepository } from './policy-signals.repository.js';
import { PolicySignalsService } from './policy-signals.service.js';

@Module({
  controllers: [PolicySignalsController],
  providers: [PolicySignalsRepository, PolicySignalsService],
  exports: [PolicySignalsRepository],
})
export class PolicySignalsModule {}
