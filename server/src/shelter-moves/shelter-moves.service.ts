import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { Household } from '../households/household.entity.js';
import type { ShelterType } from '../households/household.enums.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { ShelterMove } from './shelter-move.entity.js';
import { ShelterMovesRepository } from './shelter-moves.repository.js';
import type { CreateShelterMoveDto, UpdateShelterMoveDto } from './dto/shelter-move.dto.js';

@Injectable()
export class ShelterMovesService extends CaseRecordService<ShelterMove, CreateShelterMoveDto, UpdateShelterMoveDto> {
  constructor(
    dataSource: DataSource,
    private readonly moves: ShelterMovesRepository,
    private readonly households: HouseholdsRepository,
  ) {
    super(dataSource, moves, 'Shelter move');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateShelterMoveDto>,
    existing: ShelterMove | undefined,
    manager: EntityManager,
  ): Promise<Partial<ShelterMove>> {
    const fields: Partial<ShelterMove> = { ...input };
    if (existing) {
      if (input.householdId !== undefined && input.householdId !== existing.householdId)
        throw fieldError('householdId', 'cannot_change', 'cannot change; record the move for the other household');
      // The household's row is locked before the moves are read, so two writes never both think they are the latest.
      await this.lockHousehold(actor, existing.householdId, manager);
    } else {
      const household = await this.lockHousehold(actor, input.householdId!, manager);
      if (!household) throw fieldError('householdId', 'record_missing', 'refers to a record that does not exist');
      // A move recorded late starts where the household was then, not where it lives now.
      fields.fromShelterType =
        input.fromShelterType ??
        (await this.moves.shelterBefore(actor.organizationId, household.id, input.date!, manager)) ??
        household.shelterType;
    }
    // A move is recorded when it happened: the household's shelter is where it lives now, not where it will.
    refuseFuture({ date: input.date });
    return fields;
  }

  protected async afterSave(actor: ActingUser, move: ShelterMove, _input: unknown, manager: EntityManager) {
    await this.followLatestMove(actor, move.householdId, null, move.fromShelterType, manager);
  }

  /** Deleting the latest move puts the household back where the move before it left it. */
  protected async beforeRemove(actor: ActingUser, move: ShelterMove, manager: EntityManager) {
    await this.lockHousehold(actor, move.householdId, manager);
    await this.followLatestMove(actor, move.householdId, move.id, move.fromShelterType, manager);
  }

  private lockHousehold(actor: ActingUser, householdId: string, manager: EntityManager): Promise<Household | null> {
    return this.households.findOneInOrg(actor.organizationId, householdId, { manager, lock: true });
  }

  /**
   * The household's shelter type becomes its latest move's destination (the
   * move `exceptId` left out, when it is being deleted; with no move left,
   * `fallback`: where the household was before it). Its shelter end date
   * described the shelter it left when it falls on or before that move, so
   * it is cleared then; a later one may be the new shelter's and stays.
   * A change is the household's change: version, updated_at and audit.
   */
  private async followLatestMove(
    actor: ActingUser,
    householdId: string,
    exceptId: string | null,
    fallback: ShelterType,
    manager: EntityManager,
  ): Promise<void> {
    const household = await this.households.findOneInOrg(actor.organizationId, householdId, { manager });
    if (!household) return;
    const latest = await this.moves.latest(actor.organizationId, householdId, exceptId, manager);
    const shelterType = latest?.toShelterType ?? fallback;
    const shelterEndDate =
      latest && household.shelterEndDate && household.shelterEndDate <= latest.date ? null : household.shelterEndDate;
    const changed: string[] = [];
    if (shelterType !== household.shelterType) changed.push('shelterType');
    if (shelterEndDate !== household.shelterEndDate) changed.push('shelterEndDate');
    if (changed.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(Household)
      .set({ shelterType, shelterEndDate, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND organization_id = :org', { id: householdId, org: actor.organizationId })
      .execute();
    await recordAudit(manager, actor, {
      action: 'update',
      resource: 'households',
      recordId: householdId,
      fields: changed,
    });
  }
}
