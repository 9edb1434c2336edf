import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { SkillsModule } from '../skills/skills.module.js';
import { PersonSkillsController } from './person-skills.controller.js';
import { QualificationsController } from './qualifications.controller.js';
import { LanguageAssessmentsController } from './language-assessments.controller.js';
import { CoursesController } from './courses.controller.js';
import {
  CoursesRepository,
  LanguageAssessmentsRepository,
  PersonSkillsRepository,
  QualificationsRepository,
} from './learning.repositories.js';
import {
  CoursesService,
  LanguageAssessmentsService,
  PersonSkillsService,
  QualificationsService,
} from './learning.services.js';

/** What a person can do and learns: skills, qualifications, language assessments, courses. */
@Module({
  imports: [PersonsModule, SkillsModule],
  controllers: [PersonSkillsController, QualificationsController, LanguageAssessmentsController, CoursesController],
  providers: [
    PersonSkillsRepository,
    QualificationsRepository,
    LanguageAssessmentsRepository,
    CoursesRepository,
    PersonSkillsService,
    QualificationsService,
    LanguageAssessmentsService,
    CoursesService,
  ],
})
export class LearningModule {}
