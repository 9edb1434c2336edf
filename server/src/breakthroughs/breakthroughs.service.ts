import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { Breakthrough } from './breakthrough.entity.js';
import { BreakthroughsRepository } from './breakthroughs.repository.js';
import type { CreateBreakthroughDto, UpdateBreakthroughDto } from './dto/breakthrough.dto.js';

@Injectable()
export class BreakthroughsService extends CaseRecordService<Breakthrough, CreateBreakthroughDto, UpdateBreakthroughDto> {
  constructor(
    dataSource: DataSource,
    private readonly breakthroughs: BreakthroughsRepository,
    private readonly households: HouseholdsRepository,
    private readonly obstacles: ObstaclesRepository,
  ) {
    super(dataSource, breakthroughs, 'Breakthrough');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateBreakthroughDto>,
    existing: Breakthrough | undefined,
    manager: EntityManager,
  ): Promise<Partial<Breakthrough>> {
    const { obstacleIds: _ids, resolveObstacles: _resolve, ...rest } = input;
    const fields = { ...rest } as Partial<Breakthrough>;
    if (input.householdId !== undefined && input.householdId !== existing?.householdId) {
      if (existing && existing.obstacleIds.length && input.obstacleIds === undefined) {
        throw fieldError('householdId', 'cannot change while obstacles of the household are linked');
      }
      await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
    }
    if (input.title !== undefined) fields.title = input.title.trim();
    return fields;
  }

  /**
   * Links the obstacles it removed (same household only) and, unless told
   * otherwise, marks them resolved on the breakthrough's date.
   */
  protected async afterSave(actor: ActingUser, breakthrough: Breakthrough, input: Partial<CreateBreakthroughDto>, manager: EntityManager) {
    if (input.obstacleIds === undefined) return;
    const ids = [...new Set(input.obstacleIds ?? [])];
    const linked = await this.obstacles.findManyInOrg(actor.organizationId, ids, manager);
    if (linked.length !== ids.length) throw fieldError('obstacleIds', 'refers to obstacles that do not exist');
    if (linked.some((o) => o.householdId !== breakthrough.householdId)) {
      throw fieldError('obstacleIds', 'must be obstacles of the same household');
    }
    await this.breakthroughs.replaceObstacles(breakthrough.id, ids, manager);
    if (input.resolveObstacles === false) return;
    for (const obstacle of linked) {
      if (obstacle.status === 'resolved') continue;
      if (breakthrough.date < obstacle.identifiedOn) {
        throw fieldError('date', `is before "${obstacle.title}" was identified (${obstacle.identifiedOn}); it cannot have resolved it`);
      }
      obstacle.status = 'resolved';
      obstacle.resolvedOn = breakthrough.date;
      await this.obstacles.save(manager, obstacle);
    }
  }
}
