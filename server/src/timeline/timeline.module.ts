import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { TimelineController } from './timeline.controller.js';
import { TimelineRepository } from './timeline.repository.js';

@Module({ imports: [HouseholdsModule], controllers: [TimelineController], providers: [TimelineRepository] })
export class TimelineModule {}
