// Plain ESM on the compiled server: jest loads global setup outside its module
// mapper, so `npm test` builds first (see package.json).
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, startEmbeddedPostgres } from '../../dist/server/src/database/embedded-postgres.js';
import { migrateAsOwner } from '../../dist/server/src/database/database.js';
import { ensureDatabaseRoles, urlForRole } from '../../dist/server/src/database/roles.js';

/**
 * One real PostgreSQL per test run: a fresh embedded cluster in a temp folder,
 * or a fresh database on TEST_DATABASE_SERVER_URL's server. Migrations are
 * applied once; test files isolate themselves by organisation.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-test-'));
  chmodSync(dir, 0o755);
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(path.join(dir, 'postgres'), 'test');
    globalThis.__EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  const url = await createDatabase(serverUrl, `doorbraak_test_${process.pid}_${Date.now()}`);
  // As in production: migrated by the owner, and the API tests run as the runtime role
  // (row-level security, no superuser), so a missing grant or policy fails a test.
  const owner = { name: 'doorbraak_test_owner', password: 'test-owner' };
  const runtime = { name: 'doorbraak_test_app', password: 'test-app' };
  await ensureDatabaseRoles(url, owner, runtime);
  const dataSource = await migrateAsOwner(urlForRole(url, owner), urlForRole(url, runtime));
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = urlForRole(url, runtime);
  process.env.TEST_DATABASE_OWNER_URL = urlForRole(url, owner);
  process.env.TEST_DATABASE_ADMIN_URL = serverUrl;
  globalThis.__TEST_DIR__ = dir;
}
