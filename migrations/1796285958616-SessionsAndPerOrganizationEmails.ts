import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions, so that logout, a password change, a role change and
 * deactivation end tokens at once (a token names its row by `jti`); tokens
 * from before carry none, so everyone signs in once more after this.
 *
 * E-mail addresses become unique per organisation instead of across all: an
 * admin could otherwise learn from "already in use" that an address has an
 * account elsewhere, and an account made (even deactivated) in one
 * organisation blocked the address in every other.
 */
export class SessionsAndPerOrganizationEmails1796285958616 implements MigrationInterface {
  name = 'SessionsAndPerOrganizationEmails1796285958616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_sessions" PRIMARY KEY ("id"), CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_organization_email" ON "users" ("organization_id", "email")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_users_email" ON "users" ("email")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_organization_email"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
