import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { EmployersRepository } from '../employers/employers.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { Placement } from './placement.entity.js';
import { PlacementsRepository } from './placements.repository.js';
import type { CreatePlacementDto, UpdatePlacementDto } from './dto/placement.dto.js';
import { MATCHED_STATUSES } from './placement.enums.js';

const today = () => new Date().toISOString().slice(0, 10);

/** What the placements report may be filtered on: period, matcher, municipality. */
const REPORT_FILTER: ListSpec = {
  resource: 'placements',
  sortable: {},
  filters: {
    startDate: { column: '', type: 'date', range: true },
    matcherId: { column: '', type: 'uuid' },
    municipality: { column: '', type: 'text' },
  },
  search: [],
  defaultSort: ['startDate', 'ASC'],
};

@Injectable()
export class PlacementsService extends CaseRecordService<Placement, CreatePlacementDto, UpdatePlacementDto> {
  constructor(
    dataSource: DataSource,
    private readonly placements: PlacementsRepository,
    private readonly persons: PersonsRepository,
    private readonly employers: EmployersRepository,
    private readonly users: UsersRepository,
  ) {
    super(dataSource, placements, 'Placement');
  }

  protected async prepare(actor: ActingUser, input: Partial<CreatePlacementDto>, existing: Placement | undefined, manager: EntityManager) {
    const { statusChangedOn, ...rest } = input;
    const fields = { ...rest } as Partial<Placement> & Record<string, unknown>;
    delete fields.longTerm;
    delete fields.statusHistory;
    if (input.personId !== undefined) await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId], 'personId', manager);
    if (input.employerId) await assertReferencesInOrg(this.employers, actor.organizationId, [input.employerId], 'employerId', manager);
    if (!existing && input.matcherId === undefined) fields.matcherId = actor.id;
    if (input.matcherId && (await this.users.countActiveInOrg(actor.organizationId, [input.matcherId], manager)) !== 1) {
      throw fieldError('matcherId', 'must be an active user of your organisation');
    }

    // Moving a card on the board is enough: a start or end date defaults to the day it happened.
    const status = input.status ?? existing?.status ?? 'proposed';
    const changedOn = statusChangedOn ?? today();
    let startDate = input.startDate !== undefined ? input.startDate : existing?.startDate ?? null;
    let endDate = input.endDate !== undefined ? input.endDate : existing?.endDate ?? null;
    if (MATCHED_STATUSES.includes(status) && !startDate) startDate = fields.startDate = changedOn;
    if (status === 'ended' && !endDate) endDate = fields.endDate = changedOn;
    if (startDate && endDate && endDate < startDate) throw fieldError('endDate', `cannot be before the start date (${startDate})`);
    return fields;
  }

  /** Every status change is kept with its date. */
  protected async afterSave(actor: ActingUser, placement: Placement, input: Partial<CreatePlacementDto>, manager: EntityManager) {
    const last = await this.placements.lastRecordedStatus(manager, placement.id);
    if (last !== placement.status) {
      await this.placements.recordStatus(manager, placement.id, placement.status, input.statusChangedOn ?? today(), actor.id);
    }
  }

  async report(actor: ActingUser, params: RawListParams) {
    const { filter } = parseListQuery({ filter: params.filter }, REPORT_FILTER);
    const r = await this.placements.report(actor.organizationId, {
      from: filter.startDate_gte as string | undefined,
      to: filter.startDate_lte as string | undefined,
      matcherId: filter.matcherId as string | undefined,
      municipality: filter.municipality as string | undefined,
    });
    return {
      funnel: { supported: r.supported, withConversation: r.with_conversation, matched: r.matched, longTerm: r.long_term },
      byType: { paid_job: r.paid_job, internship: r.internship, volunteer: r.volunteer, one_off_gig: r.one_off_gig },
      oneOffThenLongTerm: r.one_off_then_long_term,
      employersPlaced: r.employers_placed,
      employersContacted: r.employers_contacted,
      fullTimeShare: r.full_time_share ?? 0,
      contractTypes: r.contract_types,
      fitByQuarter: r.fit_by_quarter,
    };
  }
}
