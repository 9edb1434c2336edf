import type { DataSource, EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import type { CaseRecord } from '../common/database/record.entity.js';
import type { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import type { RecordMeta } from '../common/crud/record-meta.dto.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { personInMatching } from '../persons/in-matching.js';
import type { PersonsRepository } from '../persons/persons.repository.js';

type PersonRecord = CaseRecord & { personId: string };

/**
 * A record about one person (a skill, a qualification, a language
 * assessment, a course). The person must be the organisation's; a matcher
 * sees and writes only those of persons in matching, like the person itself.
 */
export abstract class PersonRecordService<
  E extends PersonRecord,
  C extends { personId: string },
  U extends RecordMeta & Partial<C>,
> extends CaseRecordService<E, C, U> {
  protected constructor(
    dataSource: DataSource,
    repository: OrgScopedRepository<E>,
    label: string,
    protected readonly persons: PersonsRepository,
  ) {
    super(dataSource, repository, label);
  }

  protected override rowScope(actor: ActingUser): string | undefined {
    return actor.role === 'matcher' ? personInMatching(`${this.repository.alias}.person_id`) : undefined;
  }

  /** The resource's own rules on top of the person check; returns the fields to store. */
  protected abstract rules(
    actor: ActingUser,
    input: Partial<C>,
    existing: E | undefined,
    manager: EntityManager,
  ): Promise<Partial<E>> | Partial<E>;

  protected async prepare(actor: ActingUser, input: Partial<C>, existing: E | undefined, manager: EntityManager) {
    if (input.personId !== undefined && input.personId !== existing?.personId) {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId], 'personId', manager);
      if (actor.role === 'matcher') await assertInMatching(manager, input.personId);
    }
    return this.rules(actor, input, existing, manager);
  }
}

async function assertInMatching(manager: EntityManager, personId: string): Promise<void> {
  const [row] = await manager.query<{ in_matching: boolean }[]>(
    `SELECT ${personInMatching('$1::uuid')} AS in_matching`,
    [personId],
  );
  // Out of a matcher's reach is answered like a person that does not exist.
  if (!row.in_matching) throw fieldError('personId', 'record_missing', 'refers to a record that does not exist');
}
