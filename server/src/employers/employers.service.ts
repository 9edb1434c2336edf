import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { Employer } from './employer.entity.js';
import { EmployersRepository } from './employers.repository.js';
import type { CreateEmployerDto, UpdateEmployerDto } from './dto/employer.dto.js';

@Injectable()
export class EmployersService extends CaseRecordService<Employer, CreateEmployerDto, UpdateEmployerDto> {
  constructor(dataSource: DataSource, private readonly employers: EmployersRepository) {
    super(dataSource, employers, 'Employer');
  }

  /** One employer per name and city in an organisation, whatever the capitals. */
  protected async prepare(actor: ActingUser, input: Partial<CreateEmployerDto>, existing: Employer | undefined, manager: EntityManager) {
    const fields = { ...input } as Partial<Employer> & Record<string, unknown>;
    delete fields.placementsCount;
    delete fields.conversationsCount;
    if (input.name !== undefined) fields.name = input.name.trim();
    if (input.city !== undefined) fields.city = (input.city ?? '').trim();
    const name = fields.name ?? existing?.name ?? '';
    const city = fields.city ?? existing?.city ?? '';
    if (await this.employers.nameTaken(actor.organizationId, name, city, existing?.id, manager)) {
      throw fieldError('name', `there is already an employer with this name${city ? ` in ${city}` : ''}`);
    }
    return fields;
  }
}
