import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertActiveUsersInOrg, assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { EmployersRepository } from '../employers/employers.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { VacanciesRepository } from '../vacancies/vacancies.repository.js';
import { Placement } from './placement.entity.js';
import { PlacementsRepository } from './placements.repository.js';
import type { CreatePlacementDto, UpdatePlacementDto } from './dto/placement.dto.js';
import { MATCHED_STATUSES, type PlacementStatus } from './placement.enums.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { checkTransition, type Transition } from './transitions.js';
import { today } from '../common/time/today.js';

/**
 * The day a status change happened, and the field that said so: the date
 * sent with it; else the start date for a proposal that started and the end
 * date for an ending, when known; else today.
 */
export function statusChangeDate(
  status: PlacementStatus,
  previous: string | undefined,
  sent: string | null | undefined,
  startDate: string | null,
  endDate: string | null,
): { on: string; field: 'statusChangedOn' | 'startDate' | 'endDate' } {
  if (sent) return { on: sent, field: 'statusChangedOn' };
  if (status === 'started' && (previous === undefined || previous === 'proposed') && startDate)
    return { on: startDate, field: 'startDate' };
  if (status === 'ended' && endDate) return { on: endDate, field: 'endDate' };
  return { on: today(), field: 'statusChangedOn' };
}

@Injectable()
export class PlacementsService extends CaseRecordService<Placement, CreatePlacementDto, UpdatePlacementDto> {
  constructor(
    dataSource: DataSource,
    private readonly placements: PlacementsRepository,
    private readonly persons: PersonsRepository,
    private readonly employers: EmployersRepository,
    private readonly users: UsersRepository,
    private readonly vacancies: VacanciesRepository,
  ) {
    super(dataSource, placements, 'Placement');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePlacementDto>,
    existing: Placement | undefined,
    manager: EntityManager,
  ) {
    const { statusChangedOn, ...rest } = input;
    const fields = { ...rest } as Partial<Placement> & Record<string, unknown>;
    delete fields.longTerm;
    delete fields.statusHistory;
    // react-admin sends the whole record back: a reference that did not change
    // stays valid even when its employer was deleted or its matcher deactivated since.
    if (input.personId !== undefined && input.personId !== existing?.personId) {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId], 'personId', manager);
    }
    if (input.employerId && input.employerId !== existing?.employerId) {
      await assertReferencesInOrg(this.employers, actor.organizationId, [input.employerId], 'employerId', manager);
    }
    const vacancyId = input.vacancyId !== undefined ? input.vacancyId : (existing?.vacancyId ?? null);
    if (
      vacancyId &&
      (vacancyId !== existing?.vacancyId ||
        (input.employerId !== undefined && input.employerId !== existing.employerId))
    ) {
      // A placement for a vacancy is with its employer: taken from it when not sent, refused when another.
      const vacancy = await this.vacancies.findOneInOrg(actor.organizationId, vacancyId, { manager });
      if (!vacancy) throw fieldError('vacancyId', 'record_missing', 'refers to a record that does not exist');
      const employerId = input.employerId !== undefined ? input.employerId : existing?.employerId;
      if (!employerId) fields.employerId = vacancy.employerId;
      else if (employerId !== vacancy.employerId)
        throw fieldError('employerId', 'not_vacancy_employer', "must be the vacancy's employer");
    }
    if (!existing && input.matcherId === undefined) fields.matcherId = actor.id;
    if (input.matcherId && input.matcherId !== existing?.matcherId) {
      await assertActiveUsersInOrg(this.users, actor.organizationId, input.matcherId, 'matcherId', manager);
    }

    const status = input.status ?? existing?.status ?? 'proposed';
    let startDate = input.startDate !== undefined ? input.startDate : (existing?.startDate ?? null);
    let endDate = input.endDate !== undefined ? input.endDate : (existing?.endDate ?? null);
    const endReason = input.endReason !== undefined ? input.endReason : (existing?.endReason ?? null);
    const transition =
      existing && status !== existing.status ? await this.transition(existing, status, manager) : undefined;
    if (transition !== 'reversal' && status !== existing?.status) {
      const change = statusChangeDate(status, existing?.status, statusChangedOn, startDate, endDate);
      // A status change records something that happened: not ahead of time.
      refuseFuture({ [change.field]: change.on });
      // The board asks for these dates; a form or client that leaves them out gets the day of the change.
      if (MATCHED_STATUSES.includes(status) && !startDate) startDate = fields.startDate = change.on;
      if (status === 'ended' && !endDate) endDate = fields.endDate = change.on;
      const last = existing && (await this.placements.lastRecordedChange(manager, existing.id));
      if (last && change.on < last.on) {
        throw fieldError(
          change.field,
          'before_last_status_change',
          `cannot be before the last status change (${last.status} on ${last.on})`,
          {
            status: last.status,
            date: last.on,
          },
        );
      }
      if (MATCHED_STATUSES.includes(status) && startDate && change.on < startDate) {
        throw fieldError(change.field, 'before_start_date', `cannot be before the start date (${startDate})`, {
          date: startDate,
        });
      }
      // Ending a running placement says why; one recorded after the fact (created as ended) may leave it open.
      if (transition === 'forward' && status === 'ended' && !endReason)
        throw fieldError('endReason', 'end_reason_required', 'is required to end a placement');
      if (
        transition === 'forward' &&
        status === 'extended' &&
        input.endDate &&
        existing?.endDate &&
        input.endDate <= existing.endDate
      ) {
        throw fieldError(
          'endDate',
          'not_after_extended_end',
          `must be after the end date it extends (${existing.endDate})`,
          { date: existing.endDate },
        );
      }
    }
    if (status !== 'ended') {
      if (input.endReason) throw fieldError('endReason', 'only_when_ended', 'is only for an ended placement');
      // Leaving ended (a reversal) drops its reason with it.
      if (existing?.endReason) fields.endReason = null;
    }
    if (startDate && endDate && endDate < startDate)
      throw fieldError('endDate', 'before_start_date', `cannot be before the start date (${startDate})`, {
        date: startDate,
      });
    return fields;
  }

  /** An allowed move of a stored placement, or a 422 on `status` (see transitions.ts). */
  private async transition(existing: Placement, status: PlacementStatus, manager: EntityManager): Promise<Transition> {
    const history = await this.placements.recordedStatuses(manager, existing.id);
    const transition = checkTransition(existing.status, status, history);
    if (transition === 'reversal') this.reversals.add(existing);
    return transition;
  }

  /** Placements whose update reverses their last change: `afterSave` removes that change instead of adding one. */
  private readonly reversals = new WeakSet<Placement>();

  /** Every status change is kept with its date; a reversal takes the change it undoes out of the history. */
  protected async afterSave(
    actor: ActingUser,
    placement: Placement,
    input: Partial<CreatePlacementDto>,
    manager: EntityManager,
  ) {
    if (this.reversals.has(placement)) {
      this.reversals.delete(placement);
      await this.placements.removeLastChange(manager, placement.id);
      return;
    }
    const last = await this.placements.lastRecordedChange(manager, placement.id);
    if (last?.status !== placement.status) {
      const { on } = statusChangeDate(
        placement.status,
        last?.status,
        input.statusChangedOn,
        placement.startDate,
        placement.endDate,
      );
      await this.placements.recordStatus(manager, placement.id, placement.status, on, actor.id);
    }
  }

  sectors(actor: ActingUser): Promise<string[]> {
    return this.placements.sectors(actor.organizationId);
  }
}
