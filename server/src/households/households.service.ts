import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { conflict, fieldError } from '../common/errors/app-error.js';
import { UsersRepository } from '../users/users.repository.js';
import { Household } from './household.entity.js';
import { HouseholdsRepository } from './households.repository.js';
import type { CreateHouseholdDto, UpdateHouseholdDto } from './dto/household.dto.js';
import { assertActiveUsersInOrg } from '../common/database/references.js';

@Injectable()
export class HouseholdsService extends CaseRecordService<Household, CreateHouseholdDto, UpdateHouseholdDto> {
  constructor(
    dataSource: DataSource,
    households: HouseholdsRepository,
    private readonly users: UsersRepository,
  ) {
    super(dataSource, households, 'Household');
  }

  /** Every look at a household or person record is in its access history. */
  protected override readonly auditReads = true;

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateHouseholdDto>,
    existing: Household | undefined,
    manager: EntityManager,
  ): Promise<Partial<Household>> {
    // closedOn is the answer's (a trigger keeps it); a client sending it back sets nothing.
    const { closedOn: _closedOn, ...editable } = input as Partial<CreateHouseholdDto> & { closedOn?: unknown };
    const fields: Partial<Household> = { ...editable };
    if (input.reference !== undefined) {
      fields.reference = input.reference.trim();
      const taken = await (this.repository as HouseholdsRepository).referenceTaken(
        actor.organizationId,
        fields.reference,
        existing?.id,
        manager,
      );
      if (taken) throw fieldError('reference', 'reference_taken', 'is already used by another household');
    }
    if (input.municipality !== undefined) fields.municipality = input.municipality.trim();
    if (input.languages === null) fields.languages = [];
    if (input.assigneeIds === null) fields.assigneeIds = [];
    if (input.assigneeIds?.length) {
      const unique = [...new Set(input.assigneeIds)];
      await assertActiveUsersInOrg(this.users, actor.organizationId, unique, 'assigneeIds', manager);
      fields.assigneeIds = unique;
    }
    return fields;
  }

  municipalities(actor: ActingUser): Promise<string[]> {
    return (this.repository as HouseholdsRepository).municipalities(actor.organizationId);
  }

  /** Members must go first: deleting a household must not leave persons without one. */
  protected async beforeRemove(actor: ActingUser, household: Household, manager: EntityManager): Promise<void> {
    const members = await (this.repository as HouseholdsRepository).countMembers(
      actor.organizationId,
      household.id,
      manager,
    );
    if (members > 0) {
      throw conflict('household_has_members', `This household still has ${members} member(s); remove them first`, {
        count: members,
      });
    }
  }
}
