import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { ConfigModule } from './config/config.module.js';
import type { RuntimeConfig } from './config/runtime-config.js';
import { AllExceptionsFilter } from './common/errors/exception.filter.js';
import { UnitOfWorkInterceptor } from './common/database/unit-of-work.interceptor.js';
import { bindToUnitOfWork } from './common/database/unit-of-work.js';
import { AuthModule } from './auth/auth.module.js';
import { HealthModule } from './health/health.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { UsersModule } from './users/users.module.js';
import { IntegrationDomainsModule } from './integration-domains/integration-domains.module.js';
import { HouseholdsModule } from './households/households.module.js';
import { PersonsModule } from './persons/persons.module.js';
import { PerspectivePlansModule } from './perspective-plans/perspective-plans.module.js';
import { ObstaclesModule } from './obstacles/obstacles.module.js';
import { BreakthroughsModule } from './breakthroughs/breakthroughs.module.js';
import { EmployersModule } from './employers/employers.module.js';
import { NetworkConversationsModule } from './network-conversations/network-conversations.module.js';
import { PlacementsModule } from './placements/placements.module.js';
import { AuditEventsModule } from './audit-events/audit-events.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { PartnerOrganizationsModule } from './partner-organizations/partner-organizations.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { ReferralsModule } from './referrals/referrals.module.js';
import { CaseloadModule } from './caseload/caseload.module.js';
import { SearchModule } from './search/search.module.js';
import { SavedViewsModule } from './saved-views/saved-views.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { TimelineModule } from './timeline/timeline.module.js';
import { LabelsModule } from './labels/labels.module.js';
import { ContactLogsModule } from './contact-logs/contact-logs.module.js';
import { HelpdeskModule } from './helpdesk/helpdesk.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { CodingSamplesModule } from './coding-samples/coding-samples.module.js';
import { ImportsModule } from './imports/imports.module.js';
// Issue 14: integration routes and shelter moves.
import { IntegrationRoutesModule } from './integration-routes/integration-routes.module.js';
import { ShelterMovesModule } from './shelter-moves/shelter-moves.module.js';
import { PersonDataModule } from './person-data/person-data.module.js';
import { ResearchExportsModule } from './research-exports/research-exports.module.js';
import { PolicyParametersModule } from './policy-parameters/policy-parameters.module.js';
import { IncomesModule } from './incomes/incomes.module.js';
import { ContributionsModule } from './contributions/contributions.module.js';
import { SkillsModule } from './skills/skills.module.js';
import { LearningModule } from './learning/learning.module.js';
import { VacanciesModule } from './vacancies/vacancies.module.js';
import { ActivitiesModule } from './activities/activities.module.js';
import { PolicySignalsModule } from './policy-signals/policy-signals.module.js';

@Module({})
export class AppModule {
  /** The data source arrives initialised and migrated: start-up order is explicit in bootstrap. */
  static forRoot(config: RuntimeConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    // Inside a request, the data source answers with the request's transaction (row-level security).
    bindToUnitOfWork(dataSource);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
        HealthModule,
        AuthModule,
        OrganizationsModule,
        UsersModule,
        IntegrationDomainsModule,
        HouseholdsModule,
        PersonsModule,
        PerspectivePlansModule,
        ObstaclesModule,
        BreakthroughsModule,
        EmployersModule,
        NetworkConversationsModule,
        PlacementsModule,
        AuditEventsModule,
        TasksModule,
        PartnerOrganizationsModule,
        ConsentsModule,
        ReferralsModule,
        CaseloadModule,
        SearchModule,
        SavedViewsModule,
        NotificationsModule,
        TimelineModule,
        LabelsModule,
        ContactLogsModule,
        HelpdeskModule,
        ReportsModule,
        CodingSamplesModule,
        ImportsModule,
        IntegrationRoutesModule,
        ShelterMovesModule,
        PersonDataModule,
        ResearchExportsModule,
        PolicyParametersModule,
        IncomesModule,
        ContributionsModule,
        SkillsModule,
        LearningModule,
        VacanciesModule,
        ActivitiesModule,
        PolicySignalsModule,
      ],
      providers: [
        { provide: APP_FILTER, useValue: new AllExceptionsFilter(logger) },
        { provide: APP_INTERCEPTOR, useClass: UnitOfWorkInterceptor },
      ],
    };
  }
}
