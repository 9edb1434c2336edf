import type { EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { assertActiveUsersInOrg } from './references.js';

/** A users repository that knows these active ids, and records what it was asked. */
function users(active: string[]) {
  const asked: string[][] = [];
  return {
    asked,
    countActiveInOrg: async (_org: string, ids: string[]) => {
      asked.push(ids);
      return ids.filter((id) => active.includes(id)).length;
    },
  };
}
const manager = {} as EntityManager;
const fieldErrors = async (work: Promise<void>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') return error.errors;
    throw error;
  }
  return undefined;
};

describe('assertActiveUsersInOrg', () => {
  it('passes active users, asking once for each id', async () => {
    const repo = users(['a', 'b']);
    expect(
      await fieldErrors(assertActiveUsersInOrg(repo, 'org', ['a', 'b', 'a'], 'assigneeIds', manager)),
    ).toBeUndefined();
    expect(repo.asked).toEqual([['a', 'b']]);
  });

  it('names the field: one id is "an active user", a list "active users", or as the caller says', async () => {
    const repo = users(['a']);
    expect(await fieldErrors(assertActiveUsersInOrg(repo, 'org', 'x', 'ownerId', manager))).toEqual({
      ownerId: { code: 'inactive_user', message: 'must be an active user of your organisation' },
    });
    expect(await fieldErrors(assertActiveUsersInOrg(repo, 'org', ['x'], 'assigneeIds', manager))).toEqual({
      assigneeIds: { code: 'inactive_user', message: 'must be active users of your organisation' },
    });
    expect(
      await fieldErrors(
        assertActiveUsersInOrg(
          repo,
          'org',
          ['a', 'x'],
          'firstCoderId',
          manager,
          'both coders must be active users of your organisation',
        ),
      ),
    ).toEqual({
      firstCoderId: { code: 'inactive_user', message: 'both coders must be active users of your organisation' },
    });
  });

  it('asks nothing for no ids', async () => {
    const repo = users([]);
    await assertActiveUsersInOrg(repo, 'org', [], 'assigneeIds', manager);
    expect(repo.asked).toEqual([]);
  });
});
