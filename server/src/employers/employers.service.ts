import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { conflict, fieldError } from '../common/errors/app-error.js';
import { Employer } from './employer.entity.js';
import { EmployersRepository } from './employers.repository.js';
import type { CreateEmployerDto, UpdateEmployerDto } from './dto/employer.dto.js';

const UNIQUE_NAME_INDEX = 'uq_employers_organization_name_city';

@Injectable()
export class EmployersService extends CaseRecordService<Employer, CreateEmployerDto, UpdateEmployerDto> {
  constructor(
    dataSource: DataSource,
    private readonly employers: EmployersRepository,
  ) {
    super(dataSource, employers, 'Employer');
  }

  override async create(actor: ActingUser, input: CreateEmployerDto): Promise<Employer> {
    try {
      return await super.create(actor, input);
    } catch (error) {
      throw nameTakenInstead(error, input.city);
    }
  }

  override async update(actor: ActingUser, id: string, input: UpdateEmployerDto): Promise<Employer> {
    try {
      return await super.update(actor, id, input);
    } catch (error) {
      throw nameTakenInstead(error, input.city);
    }
  }

  /** One employer per name and city in an organisation, whatever the capitals. */
  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateEmployerDto>,
    existing: Employer | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Employer> & Record<string, unknown>;
    delete fields.placementsCount;
    delete fields.conversationsCount;
    if (input.name !== undefined) fields.name = input.name.trim();
    if (input.city !== undefined) fields.city = (input.city ?? '').trim();
    const name = fields.name ?? existing?.name ?? '';
    const city = fields.city ?? existing?.city ?? '';
    if (await this.employers.nameTaken(actor.organizationId, name, city, existing?.id, manager)) {
      throw nameTaken(city);
    }
    return fields;
  }

  /** Placements and conversations keep pointing at their employer: it can be set inactive, not deleted. */
  protected override async beforeRemove(_actor: ActingUser, employer: Employer, manager: EntityManager): Promise<void> {
    const { placements, conversations } = await this.employers.usage(employer.id, manager);
    if (placements > 0 || conversations > 0) {
      throw conflict(
        'employer_in_use',
        `This employer has ${placements} placement(s) and ${conversations} network conversation(s) and cannot be deleted; set its status to inactive instead`,
        { placements, conversations },
      );
    }
  }
}

const nameTaken = (city: string | undefined) =>
  fieldError(
    'name',
    'name_taken',
    `there is already an employer with this name${city ? ` in ${city}` : ''}`,
    city ? { city } : undefined,
  );

/**
 * Two simultaneous saves can both pass the check in `prepare`; the unique
 * index stops the second, which gets the same answer as a sequential one.
 */
function nameTakenInstead(error: unknown, city: string | undefined): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError?.code === '23505' && driverError.constraint === UNIQUE_NAME_INDEX
    ? nameTaken(city?.trim())
    : error;
}
