import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { UsersModule } from '../users/users.module.js';
import { EmployersModule } from '../employers/employers.module.js';
import { PartnerOrganizationsModule } from '../partner-organizations/partner-organizations.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { ReferralsRepository } from '../referrals/referrals.repository.js';
import { VacanciesModule } from '../vacancies/vacancies.module.js';
import { PlacementsController } from './placements.controller.js';
import { EmployerSubsidyController } from './employer-subsidy.controller.js';
import { PlacementsRepository } from './placements.repository.js';
import { PlacementsService } from './placements.service.js';

@Module({
  imports: [PersonsModule, UsersModule, EmployersModule, PartnerOrganizationsModule, ConsentsModule, VacanciesModule],
  controllers: [PlacementsController, EmployerSubsidyController],
  // Referrals made by a reported labour-rights signal are written with the referrals' repository.
  providers: [PlacementsRepository, PlacementsService, ReferralsRepository],
  exports: [PlacementsRepository, PlacementsService],
})
export class PlacementsModule {}
