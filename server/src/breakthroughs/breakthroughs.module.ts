import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { ObstaclesModule } from '../obstacles/obstacles.module.js';
import { PartnerOrganizationsModule } from '../partner-organizations/partner-organizations.module.js';
import { BreakthroughsController } from './breakthroughs.controller.js';
import { BreakthroughsRepository } from './breakthroughs.repository.js';
import { BreakthroughsService } from './breakthroughs.service.js';

@Module({
  imports: [HouseholdsModule, ObstaclesModule, PartnerOrganizationsModule],
  controllers: [BreakthroughsController],
  providers: [BreakthroughsRepository, BreakthroughsService],
})
export class BreakthroughsModule {}
