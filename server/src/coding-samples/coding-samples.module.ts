import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { LabelsModule } from '../labels/labels.module.js';
import { CodingSamplesController } from './coding-samples.controller.js';
import { CodingSamplesRepository } from './coding-samples.repository.js';
import { CodingSamplesService } from './coding-samples.service.js';

@Module({
  imports: [UsersModule, LabelsModule],
  controllers: [CodingSamplesController],
  providers: [CodingSamplesRepository, CodingSamplesService],
})
export class CodingSamplesModule {}
