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
    throw fieldError(
      field,
      'record_missing',
      unique.length === 1 ? 'refers to a record that does not exist' : 'refers to records that do not exist',
    );
  }
}

/** What the active-user check needs of the users repository (common code does not import a feature module). */
export interface ActiveUsers {
  countActiveInOrg(organizationId: string, ids: string[], manager?: EntityManager): Promise<number>;
}

/**
 * A user named on a record (assignee, author, owner, matcher, coder) must be
 * an active user of the acting user's organisation: a 422 on `field`
 * otherwise. One id is "an active user", a list "active users"; `message`
 * says it otherwise where the form asks for it otherwise.
 */
export async function assertActiveUsersInOrg(
  users: ActiveUsers,
  organizationId: string,
  ids: string | string[],
  field: string,
  manager: EntityManager,
  message?: string,
): Promise<void> {
  const unique = [...new Set(typeof ids === 'string' ? [ids] : ids)];
  if (unique.length === 0) return;
  if ((await users.countActiveInOrg(organizationId, unique, manager)) !== unique.length) {
    throw fieldError(
      field,
      'inactive_user',
      message ??
        (typeof ids === 'string'
          ? 'must be an active user of your organisation'
          : 'must be active users of your organisation'),
    );
  }
}
