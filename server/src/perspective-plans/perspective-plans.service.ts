import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import {
  conflict,
  fieldError,
  notFound,
  problem,
  validationFailed,
  type FieldErrors,
} from '../common/errors/app-error.js';
import { assertActiveUsersInOrg, assertReferencesInOrg } from '../common/database/references.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { PerspectivePlan } from './perspective-plan.entity.js';
import { PerspectivePlansRepository } from './perspective-plans.repository.js';
import type { PlanReview } from './plan-review.entity.js';
import type {
  CreatePerspectivePlanDto,
  CreateReviewDto,
  UpdatePerspectivePlanDto,
} from './dto/perspective-plan.dto.js';
import { personInMatching } from '../persons/in-matching.js';
import { today } from '../common/time/today.js';

@Injectable()
export class PerspectivePlansService extends CaseRecordService<
  PerspectivePlan,
  CreatePerspectivePlanDto,
  UpdatePerspectivePlanDto
> {
  constructor(
    dataSource: DataSource,
    private readonly plans: PerspectivePlansRepository,
    private readonly persons: PersonsRepository,
    private readonly users: UsersRepository,
    private readonly obstacles: ObstaclesRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {
    super(dataSource, plans, 'Perspective plan');
  }

  /** A matcher reads the plans (their goals) of persons in matching only. */
  protected override rowScope(actor: ActingUser): string | undefined {
    return actor.role === 'matcher' ? personInMatching('pp.person_id') : undefined;
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePerspectivePlanDto>,
    existing: PerspectivePlan | undefined,
    manager: EntityManager,
  ): Promise<Partial<PerspectivePlan>> {
    const fields = { ...input } as Partial<PerspectivePlan>;
    if (existing && input.personId !== undefined && input.personId !== existing.personId) {
      throw fieldError('personId', 'cannot_change', 'cannot change; a plan belongs to one person');
    }
    if (!existing) {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId!], 'personId', manager);
      if (input.ownerId === undefined) fields.ownerId = actor.id;
    }
    if (input.ownerId)
      await assertActiveUsersInOrg(this.users, actor.organizationId, input.ownerId, 'ownerId', manager);
    if (input.goals !== undefined) fields.goals = await this.checkGoals(input.goals ?? {}, manager);
    if (input.perspective !== undefined) fields.perspective = input.perspective ?? '';

    let startDate = input.startDate !== undefined ? input.startDate : existing?.startDate;
    const status = input.status ?? existing?.status ?? 'draft';
    // Checked against the start date as it will be stored, the default included (else the database refuses it unnamed).
    if (status === 'active' && !startDate) startDate = fields.startDate = today();
    const nextReview = input.nextReviewDate !== undefined ? input.nextReviewDate : existing?.nextReviewDate;
    if (startDate && nextReview && nextReview < startDate) {
      throw fieldError('nextReviewDate', 'before_start_date', `cannot be before the start date (${startDate})`, {
        date: startDate,
      });
    }
    if (status === 'active') {
      const closed = await this.plans.closeOtherActivePlans(
        actor.organizationId,
        existing?.personId ?? input.personId!,
        existing?.id,
        manager,
      );
      for (const other of closed) {
        await recordAudit(manager, actor, {
          action: 'update',
          resource: 'perspective-plans',
          recordId: other.id,
          fields: ['status'],
        });
      }
    }
    return fields;
  }

  /** A plan's obstacles keep their history: they are closed or moved, not orphaned. */
  protected async beforeRemove(actor: ActingUser, plan: PerspectivePlan, manager: EntityManager): Promise<void> {
    const obstacles = await this.obstacles.findForPlan(actor.organizationId, plan.id, manager);
    if (obstacles.length > 0) {
      throw conflict(
        'plan_has_obstacles',
        `This plan still has ${obstacles.length} obstacle(s); close the plan instead of deleting it`,
        { count: obstacles.length },
      );
    }
  }

  /** Goals are keyed by integration domain; each a short text. */
  private async checkGoals(goals: Record<string, unknown>, manager: EntityManager): Promise<Record<string, string>> {
    const keys = await this.domains.keys(manager);
    const errors: FieldErrors = {};
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(goals)) {
      if (!keys.includes(key))
        errors[`goals.${key}`] = problem('not_integration_domain', 'is not an integration domain');
      else if (value === null || value === '') continue;
      else if (typeof value !== 'string' || value.length > 1000)
        errors[`goals.${key}`] = problem('too_long', 'must be text of at most 1000 characters', { max: 1000 });
      else clean[key] = value.trim();
    }
    if (Object.keys(errors).length) throw validationFailed(errors);
    return clean;
  }

  /** Freezes what the plan says now: perspective, goals and its obstacles' states. */
  async createReview(actor: ActingUser, planId: string, input: CreateReviewDto): Promise<PlanReview> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.findOneInOrg(actor.organizationId, planId, { manager, lock: true });
      if (!plan) throw notFound('Perspective plan');
      refuseFuture({ reviewedOn: input.reviewedOn });
      const obstacles = await this.obstacles.findForPlan(actor.organizationId, plan.id, manager);
      const review = await this.plans.insertReview(manager, {
        organizationId: actor.organizationId,
        planId: plan.id,
        reviewedOn: input.reviewedOn ?? today(),
        reviewerId: actor.id,
        note: input.note?.trim() || null,
        snapshot: {
          perspective: plan.perspective,
          goals: plan.goals,
          status: plan.status,
          obstacles: obstacles.map((o) => ({
            id: o.id,
            title: o.title,
            domainKey: o.domainKey,
            status: o.status,
            severity: o.severity,
            systemic: o.systemic,
          })),
        },
      });
      await recordAudit(manager, actor, {
        action: 'create',
        resource: 'plan-reviews',
        recordId: review.id,
        fields: ['planId', 'reviewedOn', 'note', 'snapshot'],
      });
      return review;
    });
  }

  async listReviews(actor: ActingUser, planId: string): Promise<PlanReview[]> {
    const plan = await this.plans.findOneInOrg(actor.organizationId, planId);
    if (!plan) throw notFound('Perspective plan');
    return this.plans.reviews(actor.organizationId, plan.id);
  }
}
