import { Module } from '@nestjs/common';
import { PersonDataController } from './person-data.controller.js';
import { PersonDataService } from './person-data.service.js';

@Module({
  controllers: [PersonDataController],
  providers: [PersonDataService],
  exports: [PersonDataService],
})
export class PersonDataModule {}
