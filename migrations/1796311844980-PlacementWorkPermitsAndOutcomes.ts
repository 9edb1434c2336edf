import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues 14 and 16 on placements: the work-permit check (UWV notification,
 * TWV status and dates, self-employed work, EU citizens as a protection
 * basis), outcomes (the agreed hourly wage, hours actually worked, the
 * contract's end reasons) and labour-rights signals.
 *
 * End reasons move to the issue's values: contract_completed → contract_ended,
 * other_job → left_for_better_job, ended_by_employer → dismissed,
 * left_by_person → other (the person's reason was not recorded),
 * moved_away and other stay.
 */
/** The old end reasons mapped to the issue's (exported for its test). */
export const END_REASON_MAPPING: Record<string, string> = {
  contract_completed: 'contract_ended',
  other_job: 'left_for_better_job',
  ended_by_employer: 'dismissed',
  left_by_person: 'other',
};

export function endReasonsToIssueValues(table: string): string {
  const cases = Object.entries(END_REASON_MAPPING)
    .map(([from, to]) => `WHEN '${from}' THEN '${to}'`)
    .join(' ');
  const olds = Object.keys(END_REASON_MAPPING)
    .map((r) => `'${r}'`)
    .join(', ');
  return `UPDATE ${table} SET end_reason = CASE end_reason ${cases} ELSE end_reason END WHERE end_reason IN (${olds})`;
}

export class PlacementWorkPermitsAndOutcomes1796311844980 implements MigrationInterface {
  name = 'PlacementWorkPermitsAndOutcomes1796311844980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "ck_households_protection_basis"`);
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "ck_households_protection_basis" CHECK (protection_basis IS NULL OR protection_basis IN ('temporary_protection', 'status_holder', 'asylum_seeker', 'third_country_national', 'other', 'eu_citizen'))`,
    );
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_type"`);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_type" CHECK (type IS NULL OR type IN ('paid_job', 'internship', 'volunteer', 'one_off_gig', 'self_employed'))`,
    );
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_end_reason"`);
    await queryRunner.query(endReasonsToIssueValues('"placements"'));
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_end_reason" CHECK (end_reason IS NULL OR (status = 'ended' AND end_reason IN ('contract_ended', 'not_renewed_residence_status', 'not_renewed_other', 'dismissed', 'left_for_better_job', 'moved_away', 'health', 'other')))`,
    );
    await queryRunner.query(`ALTER TABLE "placements" ADD "hourly_wage" numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "actual_hours_per_week" numeric(4,1)`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "uwv_notified_on" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "twv_status" text NOT NULL DEFAULT 'not_needed'`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "twv_applied_on" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "twv_decided_on" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "signals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_twv_status" CHECK (twv_status IS NULL OR twv_status IN ('not_needed', 'needed', 'applied', 'granted', 'refused'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_hourly_wage" CHECK (hourly_wage IS NULL OR hourly_wage BETWEEN 0 AND 1000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_actual_hours" CHECK (actual_hours_per_week IS NULL OR actual_hours_per_week BETWEEN 0 AND 80)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const c of ['actual_hours', 'hourly_wage', 'twv_status'])
      await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_${c}"`);
    for (const c of [
      'signals',
      'twv_decided_on',
      'twv_applied_on',
      'twv_status',
      'uwv_notified_on',
      'actual_hours_per_week',
      'hourly_wage',
    ])
      await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "${c}"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_end_reason"`);
    await queryRunner.query(
      `UPDATE "placements" SET end_reason = CASE end_reason
         WHEN 'contract_ended' THEN 'contract_completed'
         WHEN 'left_for_better_job' THEN 'other_job'
         WHEN 'dismissed' THEN 'ended_by_employer'
         WHEN 'moved_away' THEN 'moved_away'
         ELSE 'other' END
       WHERE end_reason IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_end_reason" CHECK (end_reason IS NULL OR (status = 'ended' AND end_reason IN ('contract_completed', 'other_job', 'left_by_person', 'ended_by_employer', 'moved_away', 'other')))`,
    );
    await queryRunner.query(`DELETE FROM "placements" WHERE type = 'self_employed'`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_type"`);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_type" CHECK (type IS NULL OR type IN ('paid_job', 'internship', 'volunteer', 'one_off_gig'))`,
    );
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "ck_households_protection_basis"`);
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "ck_households_protection_basis" CHECK (protection_basis IS NULL OR protection_basis IN ('temporary_protection', 'status_holder', 'asylum_seeker', 'third_country_national', 'other'))`,
    );
  }
}
