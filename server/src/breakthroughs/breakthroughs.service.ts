import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import type { Obstacle } from '../obstacles/obstacle.entity.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { PartnerOrganizationsRepository } from '../partner-organizations/partner-organizations.repository.js';
import { Breakthrough } from './breakthrough.entity.js';
import { BreakthroughsRepository } from './breakthroughs.repository.js';
import type { CreateBreakthroughDto, UpdateBreakthroughDto } from './dto/breakthrough.dto.js';

/** What a breakthrough was before this update: its links are compared against it. */
interface Before {
  date: string;
  householdId: string;
  obstacleIds: string[];
}

const AT_LEAST_ONE = 'must name at least one obstacle the breakthrough removes';

@Injectable()
export class BreakthroughsService extends CaseRecordService<
  Breakthrough,
  CreateBreakthroughDto,
  UpdateBreakthroughDto
> {
  constructor(
    dataSource: DataSource,
    private readonly breakthroughs: BreakthroughsRepository,
    private readonly households: HouseholdsRepository,
    private readonly obstacles: ObstaclesRepository,
    private readonly partners: PartnerOrganizationsRepository,
  ) {
    super(dataSource, breakthroughs, 'Breakthrough');
  }

  /**
   * The locked record as `prepare` saw it, for `afterSave` of the same update
   * (both get the same entity object; `prepare`'s fields overwrite its date).
   */
  private readonly before = new WeakMap<Breakthrough, Before>();

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateBreakthroughDto>,
    existing: Breakthrough | undefined,
    manager: EntityManager,
  ): Promise<Partial<Breakthrough>> {
    const { obstacleIds: _ids, resolveObstacles: _resolve, ...rest } = input;
    const fields = { ...rest } as Partial<Breakthrough>;
    if (!existing && !input.obstacleIds?.length) throw fieldError('obstacleIds', 'obstacle_required', AT_LEAST_ONE);
    // One whose every obstacle was deleted since can still be edited; it cannot be emptied.
    if (existing && input.obstacleIds?.length === 0 && existing.obstacleIds.length > 0)
      throw fieldError('obstacleIds', 'obstacle_required', AT_LEAST_ONE);
    if (input.householdId !== undefined && input.householdId !== existing?.householdId) {
      if (existing && existing.obstacleIds.length && input.obstacleIds === undefined) {
        throw fieldError('householdId', 'cannot_change', 'cannot change while obstacles of the household are linked');
      }
      await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
    }
    if (input.partnerOrganizationId) {
      await assertReferencesInOrg(
        this.partners,
        actor.organizationId,
        [input.partnerOrganizationId],
        'partnerOrganizationId',
        manager,
      );
    }
    refuseFuture({ date: input.date });
    if (input.title !== undefined) fields.title = input.title.trim();
    if (existing)
      this.before.set(existing, {
        date: existing.date,
        householdId: existing.householdId,
        obstacleIds: existing.obstacleIds,
      });
    return fields;
  }

  /**
   * Links the obstacles it removed (same household) and, unless told
   * otherwise, marks the newly linked ones resolved on its date. Obstacles
   * linked before are left as they are: someone may have reopened one since.
   * A changed date moves along the resolved-on date of linked obstacles it
   * resolved (those resolved on its old date). Unlinking reopens nothing.
   */
  protected async afterSave(
    actor: ActingUser,
    breakthrough: Breakthrough,
    input: Partial<CreateBreakthroughDto>,
    manager: EntityManager,
  ) {
    const before = this.before.get(breakthrough);
    this.before.delete(breakthrough);
    const previous = before?.obstacleIds ?? [];
    const ids = input.obstacleIds === undefined ? previous : [...new Set(input.obstacleIds)];
    const added = ids.filter((id) => !previous.includes(id));
    const removed = previous.filter((id) => !ids.includes(id));

    const linked = await this.obstacles.findManyInOrg(actor.organizationId, ids, manager, true);
    if (linked.length !== ids.length)
      throw fieldError('obstacleIds', 'record_missing', 'refers to obstacles that do not exist');
    // Links made earlier stay valid when a person later moved household; a move of the breakthrough checks them all.
    const householdChanged = before !== undefined && before.householdId !== breakthrough.householdId;
    const toCheck = householdChanged ? linked : linked.filter((o) => added.includes(o.id));
    if (toCheck.some((o) => o.householdId !== breakthrough.householdId)) {
      throw fieldError('obstacleIds', 'not_same_household', 'must be obstacles of the same household');
    }
    await this.breakthroughs.changeObstacles(breakthrough.id, added, removed, manager);

    for (const obstacle of linked) {
      const isNew = added.includes(obstacle.id);
      if (isNew && input.resolveObstacles !== false && obstacle.status !== 'resolved') {
        await this.resolve(actor, obstacle, breakthrough, manager);
      } else if (
        !isNew &&
        before &&
        before.date !== breakthrough.date &&
        obstacle.status === 'resolved' &&
        obstacle.resolvedOn === before.date
      ) {
        await this.resolve(actor, obstacle, breakthrough, manager);
      }
    }
  }

  private async resolve(
    actor: ActingUser,
    obstacle: Obstacle,
    breakthrough: Breakthrough,
    manager: EntityManager,
  ): Promise<void> {
    if (breakthrough.date < obstacle.identifiedOn) {
      throw fieldError(
        'date',
        'before_identified',
        `is before "${obstacle.title}" was identified (${obstacle.identifiedOn}); it cannot have resolved it`,
        {
          date: obstacle.identifiedOn,
          title: obstacle.title,
        },
      );
    }
    const fields = obstacle.status === 'resolved' ? ['resolvedOn'] : ['status', 'resolvedOn'];
    obstacle.status = 'resolved';
    obstacle.resolvedOn = breakthrough.date;
    await this.obstacles.save(manager, obstacle);
    await recordAudit(manager, actor, { action: 'update', resource: 'obstacles', recordId: obstacle.id, fields });
  }
}
