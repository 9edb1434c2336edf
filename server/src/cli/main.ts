import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadDatabaseConfig } from '../config/config.js';
import { DatabaseConnectionError, migrateAsOwner, resolveDatabase } from '../database/database.js';
import { DatabaseRoleError } from '../database/roles.js';
import { EmbeddedPostgresError } from '../database/embedded-postgres.js';
import { AppError } from '../common/errors/app-error.js';
import { createUser } from './create-user.js';
import { applyRetention } from './apply-retention.js';
import { generateMigration } from './generate-migration.js';
import { seedDemoIfEmpty } from '../database/seeds/demo-seed.js';

const USAGE = `Doorbraak operator commands (as the owner in DATABASE_OWNER_URL, or on the embedded data folder in DATA_DIR; nothing else is read):

  npm run cli -- create-user --organization "<name>" --email <email> --password <password> --role <role> [--name "<full name>"]
      Creates the organisation when it does not exist, and the user in it. Roles: admin, coordinator,
      caseworker, researcher, matcher.
  npm run cli -- apply-retention --organization "<name>"
      Erases every household of the organisation closed longer ago than its retention period (for a
      scheduled job; docs/security.md says what that means for backups).
  npm run cli -- migrate
      Applies pending migrations.
  npm run cli -- seed-demo
      Loads the demo data into an empty database.
  npm run cli -- generate-migration <PascalName>
      (developers) Compares the entities with a fresh database migrated to the latest migration and
      writes migrations/<timestamp>-<PascalName>.ts for you to read, edit and add to migrations/index.ts.
`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'generate-migration') {
    await generateMigration(rest[0]);
    return 0;
  }
  if (!['create-user', 'migrate', 'seed-demo', 'apply-retention'].includes(command)) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 1;
  }

  // Only where the database is: these commands sign no tokens and serve nothing, so JWT_SECRET and PORT are not needed.
  const database = await resolveDatabase(loadDatabaseConfig());
  try {
    // The owner: these commands work across organisations, past row-level security.
    const dataSource = await migrateAsOwner(database.ownerUrl, database.url);
    try {
      if (command === 'migrate') {
        process.stdout.write('Migrations are up to date.\n');
      } else if (command === 'seed-demo') {
        const seeded = await seedDemoIfEmpty(dataSource);
        process.stdout.write(
          seeded ? 'Demo data loaded.\n' : 'The database already has organisations; nothing seeded.\n',
        );
      } else if (command === 'apply-retention') {
        const { values } = parseArgs({ args: rest, options: { organization: { type: 'string' } } });
        process.stdout.write(`${await applyRetention(dataSource, values)}\n`);
      } else {
        const { values } = parseArgs({
          args: rest,
          options: {
            organization: { type: 'string' },
            email: { type: 'string' },
            password: { type: 'string' },
            role: { type: 'string' },
            name: { type: 'string' },
          },
        });
        const result = await createUser(dataSource, values);
        process.stdout.write(`${result}\n`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
  return 0;
}

// Every outcome below ends with process.exit; a command that waits on something that can no longer
// happen would otherwise end silently with code 0.
process.on('beforeExit', () => {
  process.stderr.write('Error: the command stopped before it finished\n');
  process.exit(1);
});

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      const details = error.errors ? Object.entries(error.errors).map(([f, m]) => `  ${f}: ${m.message}`) : [];
      process.stderr.write(`Error: ${error.message}\n${details.join('\n')}\n`);
    } else if (
      error instanceof ConfigError ||
      error instanceof EmbeddedPostgresError ||
      error instanceof DatabaseConnectionError ||
      error instanceof DatabaseRoleError
    ) {
      process.stderr.write(`Error: ${error.message}\n`);
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`Error: ${error.message}\n\n${USAGE}`);
    } else {
      process.stderr.write(`Error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  });
