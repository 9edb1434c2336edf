import { Module } from '@nestjs/common';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { UsersModule } from '../users/users.module.js';
import { ObstaclesModule } from '../obstacles/obstacles.module.js';
import { PerspectivePlansController } from './perspective-plans.controller.js';
import { PerspectivePlansRepository } from './perspective-plans.repository.js';
import { PerspectivePlansService } from './perspective-plans.service.js';

@Module({
  imports: [IntegrationDomainsModule, PersonsModule, UsersModule, ObstaclesModule],
  controllers: [PerspectivePlansController],
  providers: [PerspectivePlansRepository, PerspectivePlansService],
  exports: [PerspectivePlansRepository],
})
export class PerspectivePlansModule {}
