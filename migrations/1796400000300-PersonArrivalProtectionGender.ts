import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons gain the dates the cohort report counts from (arrival in the
 * Netherlands, status granted), their own protection basis (null: the
 * household's, see server/src/persons/protection-basis.ts), and gender
 * becomes one of female, male, non_binary, unknown. The free text typed so
 * far is mapped when it is recognisable (genderFromText); anything else
 * becomes unknown, never a guess.
 */
export class PersonArrivalProtectionGender1796400000300 implements MigrationInterface {
  name = 'PersonArrivalProtectionGender1796400000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "persons" ADD "arrived_on" date`);
    await queryRunner.query(`ALTER TABLE "persons" ADD "status_granted_on" date`);
    await queryRunner.query(`ALTER TABLE "persons" ADD "protection_basis" text`);
    await queryRunner.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "ck_persons_protection_basis" CHECK (protection_basis IS NULL OR protection_basis IN ('temporary_protection', 'status_holder', 'asylum_seeker', 'third_country_national', 'other', 'eu_citizen'))`,
    );
    await queryRunner.query(`ALTER TABLE "persons" RENAME COLUMN "gender" TO "gender_text"`);
    await queryRunner.query(`ALTER TABLE "persons" ADD "gender" text NOT NULL DEFAULT 'unknown'`);
    // Mapped in Node, value by value: the same rule as the unit test reads, whatever the database's locale.
    const texts = (await queryRunner.query(
      `SELECT DISTINCT gender_text AS text FROM persons WHERE gender_text IS NOT NULL`,
    )) as { text: string }[];
    for (const gender of ['female', 'male', 'non_binary'] as const) {
      const matching = texts.map((t) => t.text).filter((text) => genderFromText(text) === gender);
      if (matching.length)
        await queryRunner.query(`UPDATE persons SET gender = $1 WHERE gender_text = ANY($2::text[])`, [
          gender,
          matching,
        ]);
    }
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "gender_text"`);
    await queryRunner.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "ck_persons_gender" CHECK (gender IN ('female', 'male', 'non_binary', 'unknown'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "persons" DROP CONSTRAINT "ck_persons_gender"`);
    await queryRunner.query(`ALTER TABLE "persons" ALTER COLUMN "gender" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "persons" ALTER COLUMN "gender" DROP DEFAULT`);
    await queryRunner.query(`UPDATE persons SET gender = NULL WHERE gender = 'unknown'`);
    await queryRunner.query(`ALTER TABLE "persons" DROP CONSTRAINT "ck_persons_protection_basis"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "protection_basis"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "status_granted_on"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "arrived_on"`);
  }
}

/**
 * Words and abbreviations for each gender in Dutch, English and Ukrainian,
 * written without capitals, spaces, dots, hyphens or slashes (as `normalize`
 * leaves a text). A lone "x" (the Dutch passport's third marker) is
 * non-binary; "anders"/"other" says too little and stays unknown.
 */
const WORDS: Record<'female' | 'male' | 'non_binary', string[]> = {
  female: [
    'f',
    'female',
    'woman',
    'girl',
    'w',
    'v',
    'vrouw',
    'vrouwelijk',
    'meisje',
    'mevrouw',
    'mevr',
    'ж',
    'жін',
    'жінка',
    'жіноча',
    'жіночий',
    'дівчина',
    'дівчинка',
  ],
  male: [
    'm',
    'male',
    'man',
    'boy',
    'mannelijk',
    'jongen',
    'meneer',
    'dhr',
    'ч',
    'чол',
    'чоловік',
    'чоловіча',
    'чоловічий',
    'хлопець',
    'хлопчик',
  ],
  non_binary: [
    'x',
    'nb',
    'nonbinary',
    'enby',
    'genderqueer',
    'nonbinair',
    'nietbinair',
    'nonbinaire',
    'небінарна',
    'небінарний',
    'небінарні',
    'небінарн',
  ],
};

const normalize = (text: string): string => text.toLowerCase().replace(/[\s._\-/()]+/g, '');

/** The gender a free text names, or unknown (exported for the unit test). */
export function genderFromText(text: string | null): 'female' | 'male' | 'non_binary' | 'unknown' {
  if (text === null) return 'unknown';
  const key = normalize(text);
  for (const [gender, words] of Object.entries(WORDS)) {
    if (words.includes(key)) return gender as 'female' | 'male' | 'non_binary';
  }
  return 'unknown';
}
