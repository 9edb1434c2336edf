import type { DataSource } from 'typeorm';
import { problem, validationFailed } from '../common/errors/app-error.js';
import { PersonDataService } from '../person-data/person-data.service.js';

/**
 * `npm run cli -- apply-retention --organization "<name>"`: erases every
 * household of the organisation past its retention period, in one
 * transaction, as a scheduled job would (audited with no user).
 */
export async function applyRetention(dataSource: DataSource, args: { organization?: string }): Promise<string> {
  const name = args.organization?.trim();
  if (!name) throw validationFailed({ organization: problem('required', 'is required (--organization "<name>")') });
  const [organization]: { id: string }[] = await dataSource.query(`SELECT id FROM organizations WHERE name = $1`, [
    name,
  ]);
  if (!organization)
    throw validationFailed({ organization: problem('record_missing', `no organisation is called "${name}"`) });
  const erased = await dataSource.transaction((manager) =>
    new PersonDataService(dataSource).applyRetention(manager, organization.id),
  );
  return erased === 1 ? '1 household erased.' : `${erased} households erased.`;
}
