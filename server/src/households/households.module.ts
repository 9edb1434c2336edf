import { Module } from '@nestjs/common';
import { HouseholdsController } from './households.controller.js';
import { HouseholdsRepository } from './households.repository.js';
import { HouseholdsService } from './households.service.js';
import { UsersModule } from '../users/users.module.js';

@Module({
  imports: [UsersModule],
  controllers: [HouseholdsController],
  providers: [HouseholdsRepository, HouseholdsService],
  exports: [HouseholdsRepository, HouseholdsService],
})
export class HouseholdsModule {}
