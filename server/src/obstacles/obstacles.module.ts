import { Module } from '@nestjs/common';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { PerspectivePlansRepository } from '../perspective-plans/perspective-plans.repository.js';
import { HouseholdObstaclesController, ObstaclesController } from './obstacles.controller.js';
import { ObstaclesRepository } from './obstacles.repository.js';
import { ObstaclesService } from './obstacles.service.js';

@Module({
  imports: [IntegrationDomainsModule, PersonsModule, HouseholdsModule],
  controllers: [ObstaclesController, HouseholdObstaclesController],
  providers: [ObstaclesRepository, ObstaclesService, PerspectivePlansRepository],
  exports: [ObstaclesRepository],
})
export class ObstaclesModule {}
