import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { UsersModule } from '../users/users.module.js';
import { EmployersModule } from '../employers/employers.module.js';
import { VacanciesModule } from '../vacancies/vacancies.module.js';
import { PlacementsController } from './placements.controller.js';
import { PlacementsRepository } from './placements.repository.js';
import { PlacementsService } from './placements.service.js';

@Module({
  imports: [PersonsModule, UsersModule, EmployersModule, VacanciesModule],
  controllers: [PlacementsController],
  providers: [PlacementsRepository, PlacementsService],
  exports: [PlacementsRepository],
})
export class PlacementsModule {}
