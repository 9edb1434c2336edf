import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError, notFound } from '../common/errors/app-error.js';
import { isFutureDate } from '../common/validation/not-future.js';
import { today } from '../common/time/today.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { IntegrationRoute } from './integration-route.entity.js';
import { IntegrationRoutesRepository, type WorkingPlacement } from './integration-routes.repository.js';
import type { CreateIntegrationRouteDto, UpdateIntegrationRouteDto } from './dto/integration-route.dto.js';
import { FINISHED_PART_STATUSES, INTEGRATION_PARTS, PART_FIELD } from './integration-route.enums.js';
import { yearsAfter } from './route-dates.js';
import { weeklyHoursLimit } from './weekly-hours-limit.js';

/** Lessons and work in one week, against the limit (the warning on the person's page). */
export interface WeeklyHours {
  date: string;
  lessonHoursPerWeek: number;
  workHoursPerWeek: number;
  totalHoursPerWeek: number;
  limit: number;
  exceedsLimit: boolean;
  placements: WorkingPlacement[];
}

type Fields = Partial<IntegrationRoute> & Record<string, unknown>;

@Injectable()
export class IntegrationRoutesService extends CaseRecordService<
  IntegrationRoute,
  CreateIntegrationRouteDto,
  UpdateIntegrationRouteDto
> {
  constructor(
    dataSource: DataSource,
    private readonly routes: IntegrationRoutesRepository,
    private readonly persons: PersonsRepository,
  ) {
    super(dataSource, routes, 'Integration route');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateIntegrationRouteDto>,
    existing: IntegrationRoute | undefined,
    manager: EntityManager,
  ): Promise<Partial<IntegrationRoute>> {
    const fields = { ...input } as Fields;
    delete fields.unfinishedParts;
    if (existing) {
      if (input.personId !== undefined && input.personId !== existing.personId)
        throw fieldError('personId', 'cannot_change', "cannot change; this route is the person's own");
    } else {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId!], 'personId', manager);
      const taken = await this.routes.personHasRoute(actor.organizationId, input.personId!, manager);
      if (taken)
        throw fieldError('personId', 'integration_route_exists', 'already has an integration route; change that one');
    }
    fields.deadline = this.deadline(input, existing);
    const startDate = input.startDate ?? existing!.startDate;
    if (fields.deadline < startDate)
      throw fieldError('deadline', 'before_start_date', `cannot be before the start date (${startDate})`, {
        date: startDate,
      });
    this.checkParts(input, existing);
    return fields;
  }

  /**
   * The deadline sent, else three years after the start. A deadline that was
   * the default moves with a changed start date; one set otherwise (an
   * extension, a later start of the obligation) stays.
   */
  private deadline(input: Partial<CreateIntegrationRouteDto>, existing: IntegrationRoute | undefined): string {
    const startDate = input.startDate ?? existing!.startDate;
    if (!existing) return input.deadline ?? yearsAfter(startDate);
    const sentNew = input.deadline !== undefined && input.deadline !== existing.deadline;
    if (sentNew) return input.deadline!;
    const wasDefault = existing.deadline === yearsAfter(existing.startDate);
    return wasDefault && startDate !== existing.startDate ? yearsAfter(startDate) : existing.deadline;
  }

  /** Each part: finished on a day that has come, not before it started, and only once it is finished. */
  private checkParts(input: Partial<CreateIntegrationRouteDto>, existing: IntegrationRoute | undefined) {
    const record = input as Record<string, unknown>;
    const stored = (existing ?? {}) as Record<string, unknown>;
    const value = (field: string) => (record[field] !== undefined ? record[field] : (stored[field] ?? null));
    for (const part of INTEGRATION_PARTS) {
      const prefix = PART_FIELD[part];
      const status = (value(`${prefix}Status`) ?? 'not_started') as string;
      const startedOn = value(`${prefix}StartedOn`) as string | null;
      const completedOn = value(`${prefix}CompletedOn`) as string | null;
      const completedField = `${prefix}CompletedOn`;
      if (!completedOn) continue;
      if (!FINISHED_PART_STATUSES.includes(status as never))
        throw fieldError(completedField, 'part_not_finished', 'only a completed or exempted part has this date', {
          part,
        });
      if (isFutureDate(completedOn)) throw fieldError(completedField, 'date_in_future', 'cannot be in the future');
      if (startedOn && completedOn < startedOn)
        throw fieldError(completedField, 'before_start_date', `cannot be before the part started (${startedOn})`, {
          date: startedOn,
        });
    }
  }

  /**
   * Lesson hours plus the hours of the person's running placements on `date`
   * (default today), and whether they pass the limit: where a route's
   * lessons crowd out the work it is meant to lead to (letter 002, Shakib).
   */
  async weeklyHours(actor: ActingUser, id: string, date: string | undefined): Promise<WeeklyHours> {
    return this.dataSource.transaction(async (manager) => {
      const route = await this.routes.findOneInOrg(actor.organizationId, id, { manager });
      if (!route) throw notFound(this.label);
      const on = date ?? today();
      const placements = await this.routes.workingPlacements(actor.organizationId, route.personId, on, manager);
      const lessonHoursPerWeek = route.lessonHoursPerWeek ?? 0;
      const workHoursPerWeek = round(placements.reduce((sum, p) => sum + p.hoursPerWeek, 0));
      const totalHoursPerWeek = round(lessonHoursPerWeek + workHoursPerWeek);
      const limit = await weeklyHoursLimit(manager, actor.organizationId, on);
      return {
        date: on,
        lessonHoursPerWeek,
        workHoursPerWeek,
        totalHoursPerWeek,
        limit,
        exceedsLimit: totalHoursPerWeek > limit,
        placements,
      };
    });
  }
}

/** Hours have one decimal; sums of them must not show float noise (20.1 + 20.2). */
const round = (hours: number) => Math.round(hours * 10) / 10;
