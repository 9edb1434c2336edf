import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { Income } from './income.entity.js';
import { IncomesRepository } from './incomes.repository.js';
import type { CreateIncomeDto, UpdateIncomeDto } from './dto/income.dto.js';

@Injectable()
export class IncomesService extends CaseRecordService<Income, CreateIncomeDto, UpdateIncomeDto> {
  constructor(
    dataSource: DataSource,
    incomes: IncomesRepository,
    private readonly persons: PersonsRepository,
  ) {
    super(dataSource, incomes, 'Income');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateIncomeDto>,
    existing: Income | undefined,
    manager: EntityManager,
  ): Promise<Partial<Income>> {
    if (input.personId !== undefined && input.personId !== existing?.personId)
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId], 'personId', manager);
    const from = input.from ?? existing?.from;
    const to = input.to !== undefined ? input.to : existing?.to;
    if (from && to && to < from)
      throw fieldError('to', 'before_start_date', `cannot be before the start date (${from})`, { date: from });
    return { ...input };
  }
}
