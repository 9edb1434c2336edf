import { Module } from '@nestjs/common';
import { ObstaclesModule } from '../obstacles/obstacles.module.js';
import { LabelsController } from './labels.controller.js';
import { LabelsRepository } from './labels.repository.js';
import { LabelsService } from './labels.service.js';

@Module({
  imports: [ObstaclesModule],
  controllers: [LabelsController],
  providers: [LabelsRepository, LabelsService],
  exports: [LabelsRepository],
})
export class LabelsModule {}
