import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { PersonsController } from './persons.controller.js';
import { PersonsRepository } from './persons.repository.js';
import { PersonsService } from './persons.service.js';

@Module({
  imports: [HouseholdsModule],
  controllers: [PersonsController],
  providers: [PersonsRepository, PersonsService],
  exports: [PersonsRepository, PersonsService],
})
export class PersonsModule {}
