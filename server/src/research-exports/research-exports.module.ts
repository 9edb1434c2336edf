import { Module } from '@nestjs/common';
import { ResearchExportsController } from './research-exports.controller.js';
import { ResearchExportsService } from './research-exports.service.js';

@Module({
  controllers: [ResearchExportsController],
  providers: [ResearchExportsService],
})
export class ResearchExportsModule {}
