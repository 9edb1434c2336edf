import type { EntityManager } from 'typeorm';
import type { CaseRecord } from './record.entity.js';
import type { OrgScopedRepository } from './org-scoped.repository.js';
import { fieldError } from '../errors/app-error.js';

/**
 * A reference to another record must point into the acting user's
 * organisation; one that does not is answered like one that does not exist.
 */
export async function assertReferencesInOrg<E extends CaseRecord>(
  repository: OrgScopedRepository<E>,
  organizationId: string,
  ids: string[],
  field: string,
  manager: EntityManager,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await repository.countInOrg(organizationId, unique, manager);
  if (found !== unique.length) {
    throw fieldError(field, 'record_missing', unique.length === 1 ? 'refers to a record that does not exist' : 'refers to records that do not exist');
  }
}
