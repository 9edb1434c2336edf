import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { IntegrationRoutesController } from './integration-routes.controller.js';
import { IntegrationRoutesRepository } from './integration-routes.repository.js';
import { IntegrationRoutesService } from './integration-routes.service.js';

@Module({
  imports: [PersonsModule],
  controllers: [IntegrationRoutesController],
  providers: [IntegrationRoutesRepository, IntegrationRoutesService],
  exports: [IntegrationRoutesRepository],
})
export class IntegrationRoutesModule {}
