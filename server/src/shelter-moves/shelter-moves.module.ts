import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { ShelterMovesController } from './shelter-moves.controller.js';
import { ShelterMovesRepository } from './shelter-moves.repository.js';
import { ShelterMovesService } from './shelter-moves.service.js';

@Module({
  imports: [HouseholdsModule],
  controllers: [ShelterMovesController],
  providers: [ShelterMovesRepository, ShelterMovesService],
  exports: [ShelterMovesRepository],
})
export class ShelterMovesModule {}
