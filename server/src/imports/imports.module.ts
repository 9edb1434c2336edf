import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { ContactLogsModule } from '../contact-logs/contact-logs.module.js';
import { EmployersModule } from '../employers/employers.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { ImportJobs } from './import-job.js';
import { ImportRows } from './import-rows.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

@Module({
  imports: [HouseholdsModule, PersonsModule, ContactLogsModule, EmployersModule, PlacementsModule],
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportsService, ImportJobs, ImportRows],
})
export class ImportsModule {}
