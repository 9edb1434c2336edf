import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { HouseholdsModule } from '../households/households.module.js';
import { PerspectivePlansRepository } from '../perspective-plans/perspective-plans.repository.js';
import { HouseholdObstaclesController, ObstacleReportsController, ObstaclesController } from './obstacles.controller.js';
import { ObstaclesRepository } from './obstacles.repository.js';
import { ObstaclesService } from './obstacles.service.js';

@Module({
  imports: [PersonsModule, HouseholdsModule],
  controllers: [ObstaclesController, HouseholdObstaclesController, ObstacleReportsController],
  providers: [ObstaclesRepository, ObstaclesService, PerspectivePlansRepository],
  exports: [ObstaclesRepository],
})
export class ObstaclesModule {}
