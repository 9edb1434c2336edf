import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditEventsRepository } from './audit-events.repository.js';

@Module({ controllers: [AuditEventsController], providers: [AuditEventsRepository] })
export class AuditEventsModule {}
