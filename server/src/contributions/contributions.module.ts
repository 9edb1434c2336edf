import { Module } from '@nestjs/common';
import { PolicyParametersModule } from '../policy-parameters/policy-parameters.module.js';
import { ContributionsController } from './contributions.controller.js';
import { ContributionsRepository } from './contributions.repository.js';
import { ContributionsService } from './contributions.service.js';

@Module({
  imports: [PolicyParametersModule],
  controllers: [ContributionsController],
  providers: [ContributionsRepository, ContributionsService],
})
export class ContributionsModule {}
