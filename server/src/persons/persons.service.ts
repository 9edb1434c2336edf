import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { moveObstaclesWithPerson } from '../obstacles/follow-person.js';
import { Person } from './person.entity.js';
import { PersonsRepository } from './persons.repository.js';
import type { CreatePersonDto, UpdatePersonDto } from './dto/person.dto.js';
import { personInMatching } from './in-matching.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { problem, validationFailed } from '../common/errors/app-error.js';

@Injectable()
export class PersonsService extends CaseRecordService<Person, CreatePersonDto, UpdatePersonDto> {
  constructor(
    dataSource: DataSource,
    persons: PersonsRepository,
    private readonly households: HouseholdsRepository,
  ) {
    super(dataSource, persons, 'Person');
  }

  /** Every look at a household or person record is in its access history. */
  protected override readonly auditReads = true;

  /** A matcher works only with persons in matching: any other person is a 404 to them. */
  protected override rowScope(actor: ActingUser): string | undefined {
    return actor.role === 'matcher' ? personInMatching('p.id') : undefined;
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePersonDto>,
    existing: Person | undefined,
    manager: EntityManager,
  ): Promise<Partial<Person>> {
    if (input.householdId !== undefined) {
      await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
      if (existing && input.householdId !== existing.householdId) {
        await moveObstaclesWithPerson(manager, actor, existing.id, existing.householdId, input.householdId);
      }
    }
    refuseFuture({ arrivedOn: input.arrivedOn, statusGrantedOn: input.statusGrantedOn });
    const arrivedOn = input.arrivedOn !== undefined ? input.arrivedOn : existing?.arrivedOn;
    const statusGrantedOn = input.statusGrantedOn !== undefined ? input.statusGrantedOn : existing?.statusGrantedOn;
    // A residence permit is granted in the Netherlands, so after arrival; the other order is a typing error.
    if (arrivedOn && statusGrantedOn && statusGrantedOn < arrivedOn)
      throw validationFailed({
        statusGrantedOn: problem('before_start_date', 'cannot be before the arrival date', { date: arrivedOn }),
      });
    const fields = { ...input } as Partial<Person>;
    if (input.firstName !== undefined) fields.firstName = input.firstName.trim();
    if (input.languageLevels !== undefined) fields.languageLevels = compactLevels(input.languageLevels);
    return fields;
  }
}

/** Drops languages without a level so `{}` means "nothing known". */
function compactLevels(levels: object | null | undefined): Person['languageLevels'] {
  return Object.fromEntries(Object.entries(levels ?? {}).filter(([, level]) => level));
}
