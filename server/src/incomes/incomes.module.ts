import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { IncomesController } from './incomes.controller.js';
import { IncomesRepository } from './incomes.repository.js';
import { IncomesService } from './incomes.service.js';

@Module({
  imports: [PersonsModule],
  controllers: [IncomesController],
  providers: [IncomesRepository, IncomesService],
  exports: [IncomesRepository],
})
export class IncomesModule {}
