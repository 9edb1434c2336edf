import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertActiveUsersInOrg, assertReferencesInOrg } from '../common/database/references.js';
import { fieldError, notFound } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { EmployersRepository } from '../employers/employers.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { VacanciesRepository } from '../vacancies/vacancies.repository.js';
import { Placement } from './placement.entity.js';
import { PlacementsRepository } from './placements.repository.js';
import type { CreatePlacementDto, UpdatePlacementDto } from './dto/placement.dto.js';
import { MATCHED_STATUSES, type LabourRightsSignal, type PlacementStatus } from './placement.enums.js';
import type { LabourRightsSignalDto } from './dto/placement.dto.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { checkTransition, type Transition } from './transitions.js';
import { today } from '../common/time/today.js';
import type { ListResult } from '../common/list/list-spec.js';
import type { RawListParams } from '../common/list/list-query.js';
import { PartnerOrganizationsRepository } from '../partner-organizations/partner-organizations.repository.js';
import { ConsentsRepository } from '../consents/consents.repository.js';
import { ReferralsRepository } from '../referrals/referrals.repository.js';
import { Task } from '../tasks/task.entity.js';
import { recordAudit } from '../audit-events/record-audit.js';
import {
  protectionBasisOf,
  startBlocker,
  twvStatusFor,
  workPermitRequirement,
  type StartBlocker,
  type WorkPermitRequirement,
} from './work-permit.js';
import { employerSubsidy, employerSubsidyParameters } from './employer-subsidy.js';

/** What the work-permit rule says about a placement, in every answer (the board marks cards by it). */
export type PlacementAnswer = Placement & {
  workPermit: { requirement: WorkPermitRequirement; startBlocker: StartBlocker | null };
};

/** The referral's reason for a reported signal: stored text, in the organisation's language (Dutch). */
const SIGNAL_REFERRAL_REASON: Record<LabourRightsSignal['kind'], string> = {
  underpaid: 'Melding arbeidsrechtsignaal: onderbetaling',
  unpaid_wages: 'Melding arbeidsrechtsignaal: loon niet betaald',
  no_written_contract: 'Melding arbeidsrechtsignaal: geen schriftelijk contract',
  unsafe_work: 'Melding arbeidsrechtsignaal: onveilig werk',
  other: 'Melding arbeidsrechtsignaal',
};

/** The task a proposal gets when something must happen before the start (stored text, Dutch like the demo). */
const PERMIT_TASK_TITLE: Record<Exclude<WorkPermitRequirement, 'none'>, string> = {
  uwv_notification: 'Werkgever meldt de plaatsing bij UWV vóór de start',
  twv: 'Tewerkstellingsvergunning (TWV) geregeld vóór de start',
};

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
    private readonly partners: PartnerOrganizationsRepository,
    private readonly consents: ConsentsRepository,
    private readonly referrals: ReferralsRepository,
    private readonly vacancies: VacanciesRepository,
  ) {
    super(dataSource, placements, 'Placement');
  }

  override async list(actor: ActingUser, params: RawListParams): Promise<ListResult<Placement>> {
    const result = await super.list(actor, params);
    return { ...result, rows: result.rows.map(withWorkPermit) };
  }

  override async get(actor: ActingUser, id: string): Promise<Placement> {
    return withWorkPermit(await super.get(actor, id));
  }

  override async create(actor: ActingUser, input: CreatePlacementDto): Promise<Placement> {
    return withWorkPermit(await super.create(actor, input));
  }

  override async update(actor: ActingUser, id: string, input: UpdatePlacementDto): Promise<Placement> {
    return withWorkPermit(await super.update(actor, id, input));
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
    delete fields.protectionBasis;
    delete fields.workPermit;
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
    await this.workPermit(input, existing, fields, status, transition, startDate, statusChangedOn, manager);
    // The list is never null: [] says "no signals".
    if (input.signals === null) throw fieldError('signals', 'not_list', 'must be a list of signals ([] for none)');
    if (input.signals !== undefined)
      fields.signals = await this.signals(
        actor,
        input.personId ?? existing!.personId,
        input.signals,
        existing,
        manager,
      );
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

  /**
   * The work-permit rule (work-permit.ts): the TWV status follows the rule,
   * its dates default to the day it was recorded, and a placement whose
   * permit or UWV notification is missing cannot move to started (422 on
   * `status`, the code says what is missing).
   */
  private async workPermit(
    input: Partial<CreatePlacementDto>,
    existing: Placement | undefined,
    fields: Partial<Placement>,
    status: PlacementStatus,
    transition: Transition | undefined,
    startDate: string | null,
    statusChangedOn: string | null | undefined,
    manager: EntityManager,
  ) {
    const personId = input.personId ?? existing!.personId;
    const type = input.type ?? existing!.type;
    const basis = await protectionBasisOf(manager, personId);
    const requirement = workPermitRequirement(basis, type);
    const twvStatus = twvStatusFor(requirement, input.twvStatus ?? existing?.twvStatus ?? 'not_needed');
    fields.twvStatus = twvStatus;
    if (twvStatus === 'applied' && !(input.twvAppliedOn ?? existing?.twvAppliedOn)) fields.twvAppliedOn = today();
    if ((twvStatus === 'granted' || twvStatus === 'refused') && !(input.twvDecidedOn ?? existing?.twvDecidedOn))
      fields.twvDecidedOn = today();
    // Notifications and decisions are things that happened: not ahead of time.
    const changed = (field: 'uwvNotifiedOn' | 'twvAppliedOn' | 'twvDecidedOn') =>
      input[field] !== undefined && input[field] !== existing?.[field] ? input[field] : undefined;
    refuseFuture({
      uwvNotifiedOn: changed('uwvNotifiedOn'),
      twvAppliedOn: changed('twvAppliedOn'),
      twvDecidedOn: changed('twvDecidedOn'),
    });
    // Starting now (a reversal back to started undoes a later move of a placement that had started).
    const starting = status === 'started' && (existing ? transition === 'forward' : true);
    if (!starting) return;
    const startsOn = startDate ?? statusChangeDate(status, existing?.status, statusChangedOn, startDate, null).on;
    const uwvNotifiedOn = input.uwvNotifiedOn !== undefined ? input.uwvNotifiedOn : (existing?.uwvNotifiedOn ?? null);
    const blocker = startBlocker(requirement, { uwvNotifiedOn, twvStatus }, startsOn);
    if (blocker)
      throw fieldError('status', blocker, START_BLOCKER_MESSAGES[blocker], { protectionBasis: basis ?? '', type });
  }

  /**
   * The placement's labour-rights signals as sent: new ones get an id, kept
   * ones keep their referral; a signal reported to a partner becomes a
   * referral to it (sent: the person's data goes there, so it needs their
   * sharing consent), written and audited in the same transaction.
   */
  private async signals(
    actor: ActingUser,
    personId: string,
    sent: LabourRightsSignalDto[],
    existing: Placement | undefined,
    manager: EntityManager,
  ): Promise<LabourRightsSignal[]> {
    const before = new Map((existing?.signals ?? []).map((s) => [s.id, s]));
    const result: LabourRightsSignal[] = [];
    for (const [i, s] of sent.entries()) {
      const kept = s.id ? before.get(s.id) : undefined;
      if (s.id && !kept)
        throw fieldError(`signals.${i}.id`, 'record_missing', 'refers to a signal that does not exist');
      if (!kept || kept.date !== s.date) refuseFuture({ [`signals.${i}.date`]: s.date });
      const partnerOrganizationId = s.partnerOrganizationId ?? null;
      const reported = s.reported ?? false;
      if (reported && !partnerOrganizationId)
        throw fieldError(
          `signals.${i}.partnerOrganizationId`,
          'signal_partner_required',
          'a reported signal names the partner it was reported to',
        );
      if (partnerOrganizationId && partnerOrganizationId !== kept?.partnerOrganizationId)
        await assertReferencesInOrg(
          this.partners,
          actor.organizationId,
          [partnerOrganizationId],
          `signals.${i}.partnerOrganizationId`,
          manager,
        );
      const signal: LabourRightsSignal = {
        id: kept?.id ?? randomUUID(),
        kind: s.kind,
        date: s.date,
        actionTaken: s.actionTaken?.trim() || null,
        reported,
        partnerOrganizationId,
        referralId: kept?.referralId ?? null,
      };
      if (
        reported &&
        partnerOrganizationId &&
        (!signal.referralId || partnerOrganizationId !== kept?.partnerOrganizationId)
      )
        signal.referralId = await this.refer(actor, personId, signal, i, manager);
      result.push(signal);
    }
    return result;
  }

  private async refer(
    actor: ActingUser,
    personId: string,
    signal: LabourRightsSignal,
    index: number,
    manager: EntityManager,
  ): Promise<string> {
    if (
      !(await this.consents.hasActive(actor.organizationId, personId, 'sharing', signal.partnerOrganizationId, manager))
    ) {
      const person = await this.persons.findOneInOrg(actor.organizationId, personId, { manager });
      throw fieldError(
        `signals.${index}.reported`,
        'sharing_consent_missing',
        'the person has not given consent to share their data with this partner organisation; record sharing consent first',
        { name: person?.firstName ?? '' },
      );
    }
    const referral = await this.referrals.save(
      manager,
      this.referrals.create(manager, {
        organizationId: actor.organizationId,
        personId,
        partnerOrganizationId: signal.partnerOrganizationId!,
        domainKey: 'work',
        reason: SIGNAL_REFERRAL_REASON[signal.kind],
        date: signal.date,
        status: 'sent',
      }),
    );
    await recordAudit(manager, actor, {
      action: 'create',
      resource: 'referrals',
      recordId: referral.id,
      fields: ['personId', 'partnerOrganizationId', 'domainKey', 'reason', 'date', 'status'],
    });
    return referral.id;
  }

  /**
   * A proposal that may not start as it stands gets a task, due the day
   * before its start (today when that passed or no start is known), for its
   * matcher: the UWV notification or the permit.
   */
  private async permitTask(actor: ActingUser, placement: Placement, manager: EntityManager) {
    const requirement = workPermitRequirement(await protectionBasisOf(manager, placement.personId), placement.type);
    if (requirement === 'none' || !startBlocker(requirement, placement, placement.startDate)) return;
    const person = await this.persons.findOneInOrg(actor.organizationId, placement.personId, { manager });
    const dayBefore = placement.startDate
      ? new Date(Date.parse(placement.startDate) - 86_400_000).toISOString().slice(0, 10)
      : today();
    const task = await manager.save(
      manager.create(Task, {
        organizationId: actor.organizationId,
        title: PERMIT_TASK_TITLE[requirement],
        dueDate: dayBefore < today() ? today() : dayBefore,
        assigneeId: placement.matcherId ?? actor.id,
        householdId: person?.householdId ?? null,
        personId: placement.personId,
        placementId: placement.id,
        status: 'open',
      }),
    );
    await recordAudit(manager, actor, {
      action: 'create',
      resource: 'tasks',
      recordId: task.id,
      fields: ['title', 'dueDate', 'assigneeId', 'householdId', 'personId', 'placementId'],
    });
  }

  /** Per placement with the employer, whether it meets the subsidy's conditions, and the employer's total. */
  async employerSubsidy(actor: ActingUser, employerId: string) {
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.findOneInOrg(actor.organizationId, employerId, { manager });
      if (!employer) throw notFound('Employer');
      const rows = await this.placements.forSubsidy(manager, actor.organizationId, employerId);
      return {
        employerId,
        ...employerSubsidy(rows, await employerSubsidyParameters(manager, actor.organizationId, today())),
      };
    });
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
    created: boolean,
  ) {
    if (created && placement.status === 'proposed') await this.permitTask(actor, placement, manager);
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

const START_BLOCKER_MESSAGES: Record<StartBlocker, string> = {
  uwv_notification_missing: 'cannot start: the employer has not notified UWV (uwvNotifiedOn)',
  uwv_notification_late: 'cannot start: UWV must be notified before the start date',
  twv_not_granted: 'cannot start: the work permit (TWV) has not been granted',
};

/** The placement with what the work-permit rule says about it (see PlacementAnswer). */
export function withWorkPermit(placement: Placement): PlacementAnswer {
  const requirement = workPermitRequirement(placement.protectionBasis, placement.type);
  const blocker = ['proposed'].includes(placement.status)
    ? startBlocker(requirement, placement, placement.startDate)
    : null;
  return Object.assign(placement, { workPermit: { requirement, startBlocker: blocker } });
}
