import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { SkillsModule } from '../skills/skills.module.js';
import { VacanciesController } from './vacancies.controller.js';
import { VacanciesRepository } from './vacancies.repository.js';
import { VacanciesService } from './vacancies.service.js';

@Module({
  imports: [EmployersModule, PersonsModule, SkillsModule],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService],
  exports: [VacanciesRepository],
})
export class VacanciesModule {}
