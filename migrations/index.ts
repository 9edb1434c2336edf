import type { MigrationInterface } from 'typeorm';
import { Initial1795403192313 } from './1795403192313-Initial.js';
import { LoadIntegrationDomains1795403193313 } from './1795403193313-LoadIntegrationDomains.js';
import { PlansObstaclesBreakthroughs1795405138783 } from './1795405138783-PlansObstaclesBreakthroughs.js';
import { Placements1795406077346 } from './1795406077346-Placements.js';
import { CaseloadConsentAudit1795406787411 } from './1795406787411-CaseloadConsentAudit.js';
import { ContactLogsLabelsHelpdesk1795407422579 } from './1795407422579-ContactLogsLabelsHelpdesk.js';
import { ThemeReportAtScale1795408261375 } from './1795408261375-ThemeReportAtScale.js';
import { LabelRowsCarryTheirPeriod1795409150405 } from './1795409150405-LabelRowsCarryTheirPeriod.js';
import { LabelRowsCarryTheirHousehold1795409785870 } from './1795409785870-LabelRowsCarryTheirHousehold.js';
import { TasksCarryTheirDeadlineDate1795437438074 } from './1795437438074-TasksCarryTheirDeadlineDate.js';
import { BreakthroughPartnerOrganization1795437526386 } from './1795437526386-BreakthroughPartnerOrganization.js';
import { ContactLogBreakthroughsAndPrimaryFlags1795437878156 } from './1795437878156-ContactLogBreakthroughsAndPrimaryFlags.js';
import { RowLevelSecurity1795450000001 } from './1795450000001-RowLevelSecurity.js';
import { EmployerNamesUniqueWhateverTheCase1795438848752 } from './1795438848752-EmployerNamesUniqueWhateverTheCase.js';
import { PlacementEndReason1796285326505 } from './1796285326505-PlacementEndReason.js';
import { SessionsAndPerOrganizationEmails1796285958616 } from './1796285958616-SessionsAndPerOrganizationEmails.js';
import { SessionsUnderRowLevelSecurity1796290000000 } from './1796290000000-SessionsUnderRowLevelSecurity.js';
import { PlacementWorkPermitsAndOutcomes1796311844980 } from './1796311844980-PlacementWorkPermitsAndOutcomes.js';
import { IndexesForNationalScale1796302288674 } from './1796302288674-IndexesForNationalScale.js';
import { SpreadsheetImports1796400000500 } from './1796400000500-SpreadsheetImports.js';
import { IntegrationRoutesAndShelterMoves1796400000000 } from './1796400000000-IntegrationRoutesAndShelterMoves.js';
import { PersonRightsAndResearchExport1796400000200 } from './1796400000200-PersonRightsAndResearchExport.js';
import { MunicipalRulesContributions1796312171772 } from './1796312171772-MunicipalRulesContributions.js';
import { PersonArrivalProtectionGender1796400000300 } from './1796400000300-PersonArrivalProtectionGender.js';
import { ActivitiesAndPolicySignals1796312228017 } from './1796312228017-ActivitiesAndPolicySignals.js';
import { GlobalSearch1796311819319 } from './1796311819319-GlobalSearch.js';
import { ContactLogThemeMonths1796419000000 } from './1796419000000-ContactLogThemeMonths.js';
import { SavedViewsAndNotificationReads1796312119126 } from './1796312119126-SavedViewsAndNotificationReads.js';
import { ReadingInTheReadersLanguage1795441600000 } from './1795441600000-ReadingInTheReadersLanguage.js';
import { SkillsLearningVacancies1796316000000 } from './1796316000000-SkillsLearningVacancies.js';
import { SearchWithinOrganization1796400018000 } from './1796400018000-SearchWithinOrganization.js';

/**
 * Every migration, oldest first. Listed explicitly (not globbed) so the same
 * list works compiled, under ts-jest and from the CLI.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795403192313,
  LoadIntegrationDomains1795403193313,
  PlansObstaclesBreakthroughs1795405138783,
  Placements1795406077346,
  CaseloadConsentAudit1795406787411,
  ContactLogsLabelsHelpdesk1795407422579,
  ThemeReportAtScale1795408261375,
  LabelRowsCarryTheirPeriod1795409150405,
  LabelRowsCarryTheirHousehold1795409785870,
  TasksCarryTheirDeadlineDate1795437438074,
  BreakthroughPartnerOrganization1795437526386,
  ContactLogBreakthroughsAndPrimaryFlags1795437878156,
  EmployerNamesUniqueWhateverTheCase1795438848752,
  ReadingInTheReadersLanguage1795441600000,
  RowLevelSecurity1795450000001,
  PlacementEndReason1796285326505,
  SessionsAndPerOrganizationEmails1796285958616,
  SessionsUnderRowLevelSecurity1796290000000,
  IndexesForNationalScale1796302288674,
  SpreadsheetImports1796400000500,
  IntegrationRoutesAndShelterMoves1796400000000,
  PersonRightsAndResearchExport1796400000200,
  PlacementWorkPermitsAndOutcomes1796311844980,
  MunicipalRulesContributions1796312171772,
  PersonArrivalProtectionGender1796400000300,
  SkillsLearningVacancies1796316000000,
  ActivitiesAndPolicySignals1796312228017,
  GlobalSearch1796311819319,
  SavedViewsAndNotificationReads1796312119126,
  ContactLogThemeMonths1796419000000,
  SearchWithinOrganization1796400018000,
];
