import { Module } from '@nestjs/common';
import { IntegrationDomainsModule } from '../integration-domains/integration-domains.module.js';
import { ObstaclesModule } from '../obstacles/obstacles.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { ObstacleReportsController } from './obstacles.controller.js';
import { ObstacleReportsService } from './obstacle-reports.service.js';
import { PlacementReportsController } from './placements.controller.js';
import { PlacementsReportService } from './placements-report.service.js';
import { ThemesController } from './themes.controller.js';
import { ThemesService } from './themes.service.js';
import { ShelterMovesModule } from '../shelter-moves/shelter-moves.module.js';
import { ShelterMoveReportsController } from './shelter-moves.controller.js';
import { ShelterMovesReportService } from './shelter-moves-report.service.js';
import { CohortsController } from './cohorts/cohorts.controller.js';
import { CohortsService } from './cohorts/cohorts.service.js';
import { PolicySignalsModule } from '../policy-signals/policy-signals.module.js';
import { GroupAndPolicyReportsController } from './group-and-policy.controller.js';
import { ActivitiesReportService } from './activities-report.service.js';

/**
 * Every report under /api/reports: one filter dialect (report-filter.ts), one
 * way to answer JSON or CSV (report-request.ts, report-csv.ts). The queries
 * stay with the resources they read (obstacles, placements repositories),
 * except the theme report's, which reads labels, logs and helpdesk questions.
 */
@Module({
  imports: [IntegrationDomainsModule, ObstaclesModule, PlacementsModule, ShelterMovesModule, PolicySignalsModule],
  controllers: [
    ObstacleReportsController,
    PlacementReportsController,
    ThemesController,
    ShelterMoveReportsController,
    CohortsController,
    GroupAndPolicyReportsController,
  ],
  providers: [
    ObstacleReportsService,
    PlacementsReportService,
    ThemesService,
    ShelterMovesReportService,
    CohortsService,
    ActivitiesReportService,
  ],
})
export class ReportsModule {}
