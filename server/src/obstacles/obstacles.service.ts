import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError, notFound } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { PerspectivePlansRepository } from '../perspective-plans/perspective-plans.repository.js';
import { Obstacle } from './obstacle.entity.js';
import { ObstaclesRepository } from './obstacles.repository.js';
import type { CreateObstacleDto, UpdateObstacleDto } from './dto/obstacle.dto.js';
import { findCycle } from './cycle.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { lockHouseholdObstacles } from './household-lock.js';
import { OPEN_OBSTACLE_SQL, personInMatching } from '../persons/in-matching.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { today } from '../common/time/today.js';

@Injectable()
export class ObstaclesService extends CaseRecordService<Obstacle, CreateObstacleDto, UpdateObstacleDto> {
  constructor(
    dataSource: DataSource,
    private readonly obstacles: ObstaclesRepository,
    private readonly persons: PersonsRepository,
    private readonly households: HouseholdsRepository,
    private readonly plans: PerspectivePlansRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {
    super(dataSource, obstacles, 'Obstacle');
  }

  /** A matcher reads only what stands in the way of work now: open obstacles of persons in matching. */
  protected override rowScope(actor: ActingUser): string | undefined {
    return actor.role === 'matcher'
      ? `o.status IN ${OPEN_OBSTACLE_SQL} AND ${personInMatching('o.person_id')}`
      : undefined;
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateObstacleDto>,
    existing: Obstacle | undefined,
    manager: EntityManager,
  ): Promise<Partial<Obstacle>> {
    const { blocksIds: _links, ...rest } = input;
    const fields: Partial<Obstacle> = { ...(rest as Partial<Obstacle>) };
    for (const readOnly of ['blockedByIds', 'activeBlocksIds', 'activeBlockedByIds'])
      delete (fields as Record<string, unknown>)[readOnly];
    delete (fields as Record<string, unknown>).householdId;

    await this.assignPerson(actor, input, existing, fields, manager);

    if (input.domainKey !== undefined) await this.domains.assertDomainKey(input.domainKey, manager);
    if (input.title !== undefined) fields.title = input.title.trim();
    if (!existing && !input.identifiedOn) fields.identifiedOn = today();
    refuseFutureDates(input);

    this.applyStatusRules(input, existing, fields);
    // Links live in their own table; touching the row bumps the version, so a
    // concurrent edit of the same obstacle's links gets a 409, not a lost update.
    if (existing && input.blocksIds !== undefined && !sameIds(input.blocksIds ?? [], existing.blocksIds)) {
      fields.updatedAt = new Date();
    }
    return fields;
  }

  /** The person comes from the plan when there is one; an obstacle never moves to another person. */
  private async assignPerson(
    actor: ActingUser,
    input: Partial<CreateObstacleDto>,
    existing: Obstacle | undefined,
    fields: Partial<Obstacle>,
    manager: EntityManager,
  ): Promise<void> {
    let personId = existing?.personId ?? input.personId;
    if (input.planId) {
      const plan = await this.plans.findOneInOrg(actor.organizationId, input.planId, { manager });
      if (!plan) throw fieldError('planId', 'record_missing', 'refers to a record that does not exist');
      if (personId && plan.personId !== personId)
        throw fieldError('planId', 'not_in_household', "must be a plan of the obstacle's person", { kind: 'plan' });
      personId = plan.personId;
    }
    if (existing && input.personId !== undefined && input.personId !== existing.personId) {
      throw fieldError('personId', 'cannot_change', 'cannot change; record a new obstacle for the other person');
    }
    if (!personId) throw fieldError('personId', 'person_or_plan_required', 'is required (or give a planId)');
    if (!existing) {
      const person = await this.persons.findOneInOrg(actor.organizationId, personId, { manager });
      if (!person) throw fieldError('personId', 'record_missing', 'refers to a record that does not exist');
      fields.personId = person.id;
      fields.householdId = person.householdId;
    }
  }

  /** Resolved needs a resolved-on date not before identified-on; any other status clears it. */
  private applyStatusRules(
    input: Partial<CreateObstacleDto>,
    existing: Obstacle | undefined,
    fields: Partial<Obstacle>,
  ): void {
    const status = input.status ?? existing?.status ?? 'open';
    const identifiedOn = fields.identifiedOn ?? existing?.identifiedOn ?? today();
    if (status === 'resolved') {
      const resolvedOn = input.resolvedOn !== undefined ? input.resolvedOn : (existing?.resolvedOn ?? null);
      if (!resolvedOn)
        throw fieldError('resolvedOn', 'resolved_on_required', 'is required when the obstacle is resolved');
      if (resolvedOn < identifiedOn)
        throw fieldError(
          'resolvedOn',
          'before_identified',
          `cannot be before the date it was identified (${identifiedOn})`,
          { date: identifiedOn },
        );
      fields.resolvedOn = resolvedOn;
    } else {
      // Reopening clears it, whatever the form sent back.
      fields.resolvedOn = null;
    }
  }

  protected async afterSave(
    actor: ActingUser,
    obstacle: Obstacle,
    input: Partial<CreateObstacleDto>,
    manager: EntityManager,
  ): Promise<void> {
    if (input.blocksIds === undefined) return;
    // Read households and links only once no other edit of this household's links is in flight.
    await lockHouseholdObstacles(manager, [obstacle.householdId]);
    const targets = [...new Set(input.blocksIds ?? [])];
    if (targets.includes(obstacle.id))
      throw fieldError('blocksIds', 'blocks_itself', 'an obstacle cannot block itself');
    const found = await this.obstacles.findManyInOrg(actor.organizationId, targets, manager);
    if (found.length !== targets.length)
      throw fieldError('blocksIds', 'record_missing', 'refers to obstacles that do not exist');
    if (found.some((o) => o.householdId !== obstacle.householdId)) {
      throw fieldError('blocksIds', 'not_same_household', 'can only link obstacles within the same household');
    }
    const edges = (await this.obstacles.linksInHousehold(obstacle.householdId, manager)).filter(
      (l) => l.blockerId !== obstacle.id,
    );
    const cycle = findCycle(
      [...edges.map((l) => [l.blockerId, l.blockedId] as const), ...targets.map((t) => [obstacle.id, t] as const)],
      obstacle.id,
    );
    if (cycle) {
      const titles = await this.titles(actor, cycle, manager);
      const path = cycle.map((id) => titles.get(id) ?? id).join(' → ');
      throw fieldError('blocksIds', 'blocks_cycle', `would create a cycle: ${path}`, { path });
    }
    await this.obstacles.replaceBlocks(obstacle.id, targets, manager);
  }

  private async titles(actor: ActingUser, ids: string[], manager: EntityManager): Promise<Map<string, string>> {
    const rows = await this.obstacles.findManyInOrg(actor.organizationId, [...new Set(ids)], manager);
    return new Map(rows.map((o) => [o.id, `"${o.title}"`]));
  }

  protected async beforeRemove(_actor: ActingUser, obstacle: Obstacle, manager: EntityManager): Promise<void> {
    await this.obstacles.removeLinks(obstacle.id, manager);
  }

  async householdRollup(actor: ActingUser, householdId: string) {
    const household = await this.households.findOneInOrg(actor.organizationId, householdId);
    if (!household) throw notFound('Household');
    return this.obstacles.countByDomainForHousehold(actor.organizationId, householdId);
  }
}

/** An obstacle is recorded when it is seen and resolved when it was: neither in the future. */
function refuseFutureDates(input: Partial<CreateObstacleDto>): void {
  refuseFuture({ identifiedOn: input.identifiedOn, resolvedOn: input.resolvedOn });
}

const sameIds = (a: string[], b: string[]) => {
  const [x, y] = [new Set(a), new Set(b)];
  return x.size === y.size && [...x].every((id) => y.has(id));
};
