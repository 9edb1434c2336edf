import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';
import { Household } from '../households/household.entity.js';
import { Person } from '../persons/person.entity.js';
import { PerspectivePlan } from '../perspective-plans/perspective-plan.entity.js';
import { PlanReview } from '../perspective-plans/plan-review.entity.js';
import { Obstacle } from '../obstacles/obstacle.entity.js';
import { ObstacleLink } from '../obstacles/obstacle-link.entity.js';
import { Breakthrough } from '../breakthroughs/breakthrough.entity.js';
import { BreakthroughObstacle } from '../breakthroughs/breakthrough-obstacle.entity.js';
import { Employer } from '../employers/employer.entity.js';
import { NetworkConversation } from '../network-conversations/network-conversation.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { PlacementStatusChange } from '../placements/placement-status-change.entity.js';
import { AuditEvent } from '../audit-events/audit-event.entity.js';
import { Task } from '../tasks/task.entity.js';
import { PartnerOrganization } from '../partner-organizations/partner-organization.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { Label } from '../labels/label.entity.js';
import { LabelMerge } from '../labels/label-merge.entity.js';
import { ContactLog, ContactLogLabel } from '../contact-logs/contact-log.entity.js';
import { HelpdeskQuestion, HelpdeskQuestionLabel } from '../helpdesk/helpdesk-question.entity.js';
import { Coding, CodingSample } from '../coding-samples/coding-sample.entity.js';
import { IntegrationRoute } from '../integration-routes/integration-route.entity.js';
import { ShelterMove } from '../shelter-moves/shelter-move.entity.js';
import { PolicyParameter } from '../policy-parameters/policy-parameter.entity.js';
import { Income } from '../incomes/income.entity.js';
import { Skill } from '../skills/skill.entity.js';
import { PersonSkill } from '../learning/person-skill.entity.js';
import { Qualification } from '../learning/qualification.entity.js';
import { LanguageAssessment } from '../learning/language-assessment.entity.js';
import { Course } from '../learning/course.entity.js';
import { Vacancy } from '../vacancies/vacancy.entity.js';
import { Activity, ActivityLabel, ActivityPerson } from '../activities/activity.entity.js';
import { PolicySignal, PolicySignalObstacle } from '../policy-signals/policy-signal.entity.js';
import { SavedView } from '../saved-views/saved-view.entity.js';
import { NotificationRead } from '../notifications/notification-read.entity.js';

/** Every entity, listed once, for the app and the migration CLI alike. */
export const ENTITIES = [
  Organization,
  User,
  IntegrationDomain,
  Household,
  Person,
  PerspectivePlan,
  PlanReview,
  Obstacle,
  ObstacleLink,
  Breakthrough,
  BreakthroughObstacle,
  Employer,
  NetworkConversation,
  Placement,
  PlacementStatusChange,
  AuditEvent,
  Task,
  PartnerOrganization,
  Consent,
  Referral,
  Label,
  LabelMerge,
  ContactLog,
  ContactLogLabel,
  HelpdeskQuestion,
  HelpdeskQuestionLabel,
  CodingSample,
  Coding,
  IntegrationRoute,
  ShelterMove,
  PolicyParameter,
  Income,
  Skill,
  PersonSkill,
  Qualification,
  LanguageAssessment,
  Course,
  Vacancy,
  Activity,
  ActivityPerson,
  ActivityLabel,
  PolicySignal,
  PolicySignalObstacle,
  SavedView,
  NotificationRead,
];
