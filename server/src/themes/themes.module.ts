import { Module } from '@nestjs/common';
import { ContactLogsModule } from '../contact-logs/contact-logs.module.js';
import { HelpdeskModule } from '../helpdesk/helpdesk.module.js';
import { ThemesController } from './themes.controller.js';
import { ThemesService } from './themes.service.js';

@Module({ imports: [ContactLogsModule, HelpdeskModule], controllers: [ThemesController], providers: [ThemesService] })
export class ThemesModule {}
