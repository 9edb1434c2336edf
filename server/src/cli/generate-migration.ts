import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config.js';
import { openMigratedDataSource } from '../database/database.js';
import { startThrowawayPostgres } from '../database/embedded-postgres.js';

/**
 * Like `typeorm migration:generate`, but against a throw-away embedded cluster
 * and the compiled entities (which carry the decorator metadata).
 */
export async function generateMigration(name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run cli -- generate-migration AddTasks');
  }
  const embedded = await startThrowawayPostgres('migration');
  try {
    const dataSource = await openMigratedDataSource(embedded.url);
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        process.stdout.write('The entities match the migrations; nothing to generate.\n');
        return;
      }
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const file = path.join(repoRoot, 'migrations', `${timestamp}-${name}.ts`);
      const line = (q: { query: string; parameters?: unknown[] }) =>
        `    await queryRunner.query(\`${q.query.replace(/[`\\]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
      writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`,
      );
      process.stdout.write(
        `Wrote ${path.relative(repoRoot, file)}: read it, then add ${className} to migrations/index.ts.\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded.stop();
  }
}
