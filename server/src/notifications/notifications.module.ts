import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

@Module({ imports: [CaseloadModule], controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsModule {}
