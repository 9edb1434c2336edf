/**
 * Where each enum of the API has its texts, checked by the type checker: a
 * value the server adds to an enum (after `npm run openapi -w server` and a
 * rebuild) is a type error here until en.ts has its text, and nl.ts and uk.ts
 * must then follow (they have en's shape). An enum the server adds is an
 * error until it has a line in this table.
 */
import type { EnumName, EnumValue } from '../api/types';
import type { DoorbraakMessages } from './en';

export const ENUM_TRANSLATIONS = {
  AuditAction: 'resources.audit-events.action',
  ErasureReason: 'app.personData.reasons',
  ResearchExportStatus: 'app.researchExports.status',
  AgeBand: 'app.cohorts.ageBand',
  CohortEvent: 'app.cohorts.event',
  CohortGroupBy: 'app.cohorts.groupBy',
  CohortStart: 'app.cohorts.start',
  Gender: 'app.cohorts.gender',
  TrendInterval: 'app.cohorts.interval',
  Channel: 'resources.contact-logs.channel',
  ConsentMethod: 'resources.consents.givenHow',
  ConsentPurpose: 'resources.consents.purpose',
  ContractType: 'resources.placements.contractType',
  DeadlineKind: 'app.deadlines.kind',
  DiplomaEvaluation: 'resources.persons.diplomaEvaluation',
  DomainGroup: 'resources.integration-domains.group',
  EducationLevel: 'resources.persons.educationLevel',
  EmployerStatus: 'resources.employers.status',
  EndReason: 'app.guards.endReasons',
  SignalKind: 'resources.placements.signalKind',
  StartBlocker: 'app.placementRules.startBlocker',
  SubsidyCondition: 'app.placementRules.subsidy.condition',
  TwvStatus: 'resources.placements.twvStatus',
  WorkPermitRequirement: 'app.placementRules.requirement',
  ErrorCode: 'app.errorCodes.answer',
  FieldErrorCode: 'app.errorCodes.field',
  Fit: 'resources.placements.fit',
  HelpdeskStatus: 'resources.helpdesk-questions.status',
  HouseholdRole: 'resources.persons.householdRole',
  HouseholdStatus: 'resources.households.status',
  ImportKind: 'resources.imports.kind',
  ImportStatus: 'resources.imports.status',
  LanguageLevel: 'resources.persons.languageLevel',
  LevelLanguage: 'resources.persons.fields.languageLevels',
  ObstacleStatus: 'resources.obstacles.status',
  Outcome: 'resources.network-conversations.outcome',
  PlacementStatus: 'resources.placements.status',
  PlacementType: 'resources.placements.type',
  PlanStatus: 'resources.perspective-plans.status',
  ProtectionBasis: 'resources.households.protectionBasis',
  ReferralStatus: 'resources.referrals.status',
  Role: 'resources.users.role',
  Severity: 'resources.obstacles.severity',
  ShelterType: 'resources.households.shelterType',
  Source: 'resources.placements.source',
  TaskStatus: 'resources.tasks.status',
  ThemeLevel: 'app.themesReport',
  TimelineType: 'app.timeline.type',
  Track: 'resources.households.track',
  IntegrationRouteKind: 'resources.integration-routes.route',
  IntegrationPart: 'resources.integration-routes.part',
  IntegrationPartStatus: 'resources.integration-routes.partStatus',
  PolicyParameterKey: 'resources.policy-parameters.key',
  PolicyParameterUnit: 'resources.policy-parameters.unit',
  IncomeSource: 'resources.incomes.source',
  ContributionComponent: 'app.contributions.component',
  ContributionExemption: 'app.contributions.exemption',
  // Issue 16.
  AssessmentMethod: 'resources.language-assessments.method',
  CourseKind: 'resources.courses.kind',
  DutchLevel: 'resources.qualifications.result',
  QualificationEvaluator: 'resources.qualifications.evaluatedBy',
  RecognitionStatus: 'resources.qualifications.recognitionStatus',
  RegulatedProfession: 'resources.qualifications.regulatedProfession',
  SkillKind: 'resources.skills.kind',
  SkillLevel: 'resources.person-skills.level',
  SuggestionFactor: 'app.suggestions.factor',
  SuggestionOutcome: 'app.suggestions.outcome',
  VacancyStatus: 'resources.vacancies.status',
  WorkPermission: 'app.suggestions.workPermission',
  // Issue 17.
  ActivityType: 'resources.activities.type',
  ActivityMinutesBasis: 'app.groupWork.activityMinutes',
  ActivityPeriod: 'app.groupWork.period',
  PolicyTheme: 'resources.policy-signals.theme',
  PolicyAudience: 'resources.policy-signals.raisedWith',
  PolicySignalStatus: 'resources.policy-signals.status',
  // Issue 18.
  SearchKind: 'app.search.kind',
  NotificationKind: 'app.notifications.kind',
  SortOrder: 'app.savedViews.order',
} as const satisfies Record<EnumName, string>;

/** The text of a dotted key (a key may itself hold dots, as `languageLevels.nl` does). */
type At<T, Key extends string> = Key extends keyof T
  ? T[Key]
  : Key extends `${infer Head}.${infer Rest}`
    ? Head extends keyof T
      ? At<T[Head], Rest>
      : undefined
    : undefined;

/** `Enum.value` for every value without a text in en. */
type Untranslated = {
  [E in EnumName]: EnumValue<E> extends infer V extends string
    ? V extends unknown
      ? At<DoorbraakMessages, `${(typeof ENUM_TRANSLATIONS)[E]}.${V}`> extends string
        ? never
        : `${E}.${V}`
      : never
    : never;
}[EnumName];

/** A type error naming the first value without a text, e.g. `Type '"none"' is not assignable to type '"ShelterType.tent"'`. */
export const everyEnumValueTranslated: [Untranslated] extends [never] ? 'none' : `${Untranslated}` = 'none';

/** The translation key of an enum value. */
export const enumLabel = <E extends EnumName>(name: E, value: EnumValue<E>): string =>
  `${ENUM_TRANSLATIONS[name]}.${value}`;
