import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller.js';
import { CaseloadRepository } from './caseload.repository.js';

@Module({ controllers: [CaseloadController], providers: [CaseloadRepository], exports: [CaseloadRepository] })
export class CaseloadModule {}
