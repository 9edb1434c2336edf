import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { PerspectivePlan } from './perspective-plan.entity.js';
import { PlanReview } from './plan-review.entity.js';
import { PLAN_STATUSES } from './plan.enums.js';

@Injectable()
export class PerspectivePlansRepository extends OrgScopedRepository<PerspectivePlan> {
  constructor(dataSource: DataSource) {
    super(dataSource, PerspectivePlan, 'pp', {
      resource: 'perspective-plans',
      sortable: {
        status: 'pp.status',
        startDate: 'pp.startDate',
        nextReviewDate: 'pp.nextReviewDate',
        createdAt: 'pp.createdAt',
        updatedAt: 'pp.updatedAt',
      },
      filters: {
        personId: { column: 'pp.personId', type: 'uuid' },
        ownerId: { column: 'pp.ownerId', type: 'uuid' },
        status: { column: 'pp.status', type: 'enum', values: PLAN_STATUSES },
        startDate: { column: 'pp.startDate', type: 'date', range: true },
        nextReviewDate: { column: 'pp.nextReviewDate', type: 'date', range: true },
      },
      search: ['pp.perspective', 'pp.goals::text'],
      defaultSort: ['createdAt', 'DESC'],
    });
  }

  /** Closes the person's other active plan: one active plan per person, older ones kept. Returns those closed. */
  async closeOtherActivePlans(
    organizationId: string,
    personId: string,
    exceptId: string | undefined,
    manager: EntityManager,
  ): Promise<PerspectivePlan[]> {
    const others = await this.scoped(organizationId, manager)
      .andWhere("pp.personId = :personId AND pp.status = 'active'", { personId })
      .andWhere(exceptId ? 'pp.id <> :exceptId' : 'TRUE', { exceptId })
      .setLock('pessimistic_write')
      .getMany();
    for (const plan of others) {
      plan.status = 'closed';
      await manager.save(plan);
    }
    return others;
  }

  insertReview(manager: EntityManager, review: Partial<PlanReview>): Promise<PlanReview> {
    return manager.save(manager.create(PlanReview, review));
  }

  reviews(organizationId: string, planId: string): Promise<PlanReview[]> {
    return this.dataSource.manager.find(PlanReview, {
      where: { organizationId, planId },
      order: { reviewedOn: 'DESC', createdAt: 'DESC' },
    });
  }
}
