import type { MigrationInterface, QueryRunner } from 'typeorm';

const LETTER_003 =
  'Kamerbrief 5 maart 2024 over de Tijdelijke wet opvang ontheemden Oekraïne (Kamerstukken II 2023/24, 36 394), bijlage';
const LETTER_004 = 'Kamerbrief over werk en inburgering van statushouders (2024)';
const ISSUE_14 = 'Doorbraak issue 14, after the report on compulsory lessons and work (Shakib)';

/**
 * The values every organisation starts with, each with its source
 * (docs/domain-model.md, "Policy parameters", says why each date). A rule's
 * later change is a new version an admin adds; these are never edited here.
 */
const DEFAULTS: [
  key: string,
  value: number,
  unit: string,
  from: string,
  to: string | null,
  doc: string,
  par: string,
][] = [
  [
    'contribution_gas_water_electricity',
    105,
    'eur_per_adult_per_month',
    '2024-06-01',
    null,
    LETTER_003,
    'Beoogde vormgeving eigen bijdrage',
  ],
  [
    'contribution_catering',
    242.48,
    'eur_per_adult_per_month',
    '2024-06-01',
    null,
    LETTER_003,
    'Beoogde vormgeving eigen bijdrage',
  ],
  [
    'household_maximum_factor_gas_water_electricity',
    2,
    'times_contribution',
    '2024-06-01',
    null,
    LETTER_003,
    'Beoogde vormgeving eigen bijdrage: "Als maximum stel ik tweemaal de eigen bijdrage per gezin"',
  ],
  [
    'household_maximum_factor_catering',
    2,
    'times_contribution',
    '2024-06-01',
    null,
    LETTER_003,
    'Beoogde vormgeving eigen bijdrage: "zowel ten aanzien van GWE als eetgeld"',
  ],
  [
    'housing_component',
    93,
    'eur_per_person_per_month',
    '2022-03-04',
    '2023-09-30',
    LETTER_003,
    'Antwoord aan het lid Keijzer (BBB) over de wooncomponent',
  ],
  [
    'housing_component',
    80.91,
    'eur_per_person_per_month',
    '2023-10-01',
    null,
    LETTER_003,
    'Antwoord aan het lid Keijzer (BBB): "Per 1 oktober 2023 is de wooncomponent voor ontheemden verlaagd van € 93,– naar € 80,91"',
  ],
  [
    'max_weekly_hours_lessons_and_work',
    40,
    'hours_per_week',
    '2022-01-01',
    null,
    ISSUE_14,
    'The integration route of status holders (inburgering)',
  ],
  [
    'employer_subsidy_per_status_holder',
    6000,
    'eur_per_person',
    '2024-09-01',
    null,
    LETTER_004,
    'Subsidieregeling voor werkgevers',
  ],
  [
    'employer_subsidy_max_per_employer',
    24000,
    'eur_per_employer',
    '2024-09-01',
    null,
    LETTER_004,
    'Subsidieregeling voor werkgevers: "een maximum van € 24.000 voor vier statushouders per organisatie"',
  ],
  [
    'employer_subsidy_min_hours_per_week',
    20,
    'hours_per_week',
    '2024-09-01',
    null,
    LETTER_004,
    'Subsidieregeling voor werkgevers: "(leer)-arbeidsovereenkomst ... voor 20 uur per week"',
  ],
  [
    'employer_subsidy_min_contract_months',
    12,
    'months',
    '2024-09-01',
    null,
    LETTER_004,
    'Subsidieregeling voor werkgevers: "voor de duur van ten minste één jaar"',
  ],
];

const literal = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
const DEFAULT_ROWS = DEFAULTS.map((row) => `(${row.map(literal).join(', ')})`).join(',\n          ');

/**
 * Policy parameters (versions by date), incomes per person and the
 * household's catering field (issue 14). Both tables carry their
 * organisation under row-level security. A new organisation gets the
 * default parameters from a trigger (whoever creates it: the CLI, the demo
 * seed, the tests), existing ones here.
 */
export class MunicipalRulesContributions1796312171772 implements MigrationInterface {
  name = 'MunicipalRulesContributions1796312171772';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_parameters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "key" text NOT NULL, "value" numeric(12,2) NOT NULL, "unit" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "source_document" text NOT NULL, "source_paragraph" text, CONSTRAINT "ck_policy_parameters_period" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "ck_policy_parameters_unit" CHECK (unit IS NULL OR unit IN ('eur_per_adult_per_month', 'eur_per_person_per_month', 'eur_per_person', 'eur_per_employer', 'times_contribution', 'hours_per_week', 'months')), CONSTRAINT "ck_policy_parameters_key" CHECK (key IS NULL OR key IN ('contribution_gas_water_electricity', 'contribution_catering', 'household_maximum_factor_gas_water_electricity', 'household_maximum_factor_catering', 'housing_component', 'max_weekly_hours_lessons_and_work', 'employer_subsidy_per_status_holder', 'employer_subsidy_max_per_employer', 'employer_subsidy_min_hours_per_week', 'employer_subsidy_min_contract_months')), CONSTRAINT "PK_46b72118f581b51a77e7b70cf9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_policy_parameters_key_open" ON "policy_parameters"  ("organization_id", "key") WHERE deleted_at IS NULL AND valid_to IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_policy_parameters_key_valid_from" ON "policy_parameters"  ("organization_id", "key", "valid_from") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "incomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "source" text NOT NULL, "amount" numeric(12,2) NOT NULL, "from_date" date NOT NULL, "to_date" date, CONSTRAINT "ck_incomes_amount" CHECK (amount >= 0), CONSTRAINT "ck_incomes_period" CHECK (to_date IS NULL OR to_date >= from_date), CONSTRAINT "ck_incomes_source" CHECK (source IS NULL OR source IN ('work', 'wage_replacement_benefit', 'allowance')), CONSTRAINT "PK_d737b3d0314c1f0da5461a55e5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_incomes_person" ON "incomes"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "households" ADD "catering" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "policy_parameters" ADD CONSTRAINT "fk_policy_parameters_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incomes" ADD CONSTRAINT "fk_incomes_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incomes" ADD CONSTRAINT "fk_incomes_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incomes_organization_period" ON "incomes" ("organization_id", "from_date", "to_date") WHERE deleted_at IS NULL`,
    );

    for (const table of ['policy_parameters', 'incomes']) {
      const condition = 'organization_id = app_current_organization()';
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (${condition}) WITH CHECK (${condition})`,
      );
    }

    // SECURITY DEFINER: the owner writes the new organisation's rows whatever organisation the creator's transaction is set to.
    await queryRunner.query(`
      CREATE FUNCTION seed_policy_parameters() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ BEGIN
          INSERT INTO public.policy_parameters
            (organization_id, key, value, unit, valid_from, valid_to, source_document, source_paragraph)
          SELECT NEW.id, d.key, d.value, d.unit, d.valid_from::date, d.valid_to::date, d.doc, d.par
            FROM (VALUES
          ${DEFAULT_ROWS}
            ) AS d(key, value, unit, valid_from, valid_to, doc, par);
          RETURN NEW;
        END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION seed_policy_parameters() FROM PUBLIC`);
    await queryRunner.query(
      `CREATE TRIGGER organizations_seed_policy_parameters AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION seed_policy_parameters()`,
    );
    await queryRunner.query(`
      INSERT INTO policy_parameters
        (organization_id, key, value, unit, valid_from, valid_to, source_document, source_paragraph)
      SELECT o.id, d.key, d.value, d.unit, d.valid_from::date, d.valid_to::date, d.doc, d.par
        FROM organizations o CROSS JOIN (VALUES
          ${DEFAULT_ROWS}
        ) AS d(key, value, unit, valid_from, valid_to, doc, par)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organizations_seed_policy_parameters ON "organizations"`);
    await queryRunner.query(`DROP FUNCTION seed_policy_parameters()`);
    await queryRunner.query(`DROP INDEX "public"."ix_incomes_organization_period"`);
    await queryRunner.query(`ALTER TABLE "incomes" DROP CONSTRAINT "fk_incomes_person"`);
    await queryRunner.query(`ALTER TABLE "incomes" DROP CONSTRAINT "fk_incomes_organization"`);
    await queryRunner.query(`ALTER TABLE "policy_parameters" DROP CONSTRAINT "fk_policy_parameters_organization"`);
    await queryRunner.query(`ALTER TABLE "households" DROP COLUMN "catering"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incomes_person"`);
    await queryRunner.query(`DROP TABLE "incomes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_policy_parameters_key_valid_from"`);
    await queryRunner.query(`DROP INDEX "public"."uq_policy_parameters_key_open"`);
    await queryRunner.query(`DROP TABLE "policy_parameters"`);
  }
}
