import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The domains' descriptions in Dutch and Ukrainian, as in integration-domains.json when this migration was written. */
const DESCRIPTIONS: Record<string, { nl: string; uk: string }> = {
  work: {
    nl: 'Betaald werk, zelfstandig ondernemerschap, vrijwilligerswerk en de weg naar werk die past bij iemands vaardigheden en ambities.',
    uk: 'Оплачувана робота, самозайнятість, волонтерство та шлях до роботи, що відповідає навичкам і прагненням людини.',
  },
  housing: {
    nl: 'Een veilige, passende en stabiele woonplek, en de vrijheid om te kiezen waar.',
    uk: 'Безпечне, належне та стабільне місце проживання і свобода вибирати, де жити.',
  },
  education: {
    nl: "Onderwijs voor kinderen, en onderwijs, scholing en erkenning van diploma's voor volwassenen.",
    uk: 'Шкільне навчання для дітей, а також освіта, навчання та визнання кваліфікацій для дорослих.',
  },
  health_social_care: {
    nl: 'Lichamelijke en geestelijke gezondheid, en toegang tot de zorg en ondersteuning die iemand nodig heeft.',
    uk: "Фізичне та психічне здоров'я і доступ до медичних та соціальних послуг, яких потребує людина.",
  },
  leisure: {
    nl: "Meedoen aan sport, cultuur, hobby's en andere activiteiten buiten het werk.",
    uk: 'Участь у спорті, культурі, хобі та інших заняттях поза роботою.',
  },
  bonds: {
    nl: 'Contact met mensen die een identiteit delen: familie, landgenoten, de eigen gemeenschap.',
    uk: "Зв'язки з людьми спільної ідентичності: родиною, співвітчизниками, власною громадою.",
  },
  bridges: {
    nl: "Contact met mensen met een andere achtergrond: buren, collega's, mensen die hier langer wonen.",
    uk: "Зв'язки з людьми іншого походження: сусідами, колегами, тими, хто живе тут довше.",
  },
  links: {
    nl: 'Verbinding met instanties en voorzieningen: de gemeente, scholen, het werkgeversservicepunt, hulporganisaties.',
    uk: "Зв'язки з установами та службами: громадою, школами, службами для роботодавців, організаціями підтримки.",
  },
  language_communication: {
    nl: 'Nederlands of Engels leren en gebruiken, en je verstaanbaar kunnen maken waar het ertoe doet.',
    uk: 'Вивчення та використання нідерландської чи англійської мови і вміння порозумітися там, де це важливо.',
  },
  culture: {
    nl: 'Weten hoe het hier werkt (werkcultuur, systemen, gewoonten) en respect voor de eigen cultuur.',
    uk: 'Розуміння того, як тут усе влаштовано (робоча культура, системи, звичаї), і повага до власної культури.',
  },
  digital_skills: {
    nl: 'Toegang tot apparaten en internet, en de vaardigheden om digitale diensten te gebruiken.',
    uk: 'Доступ до пристроїв та інтернету і навички користування цифровими послугами.',
  },
  safety: {
    nl: 'Zich veilig voelen en veilig zijn: vrij van intimidatie, uitbuiting en misbruik, thuis, op het werk en op straat.',
    uk: 'Почуватися й бути в безпеці: без переслідувань, експлуатації та насильства вдома, на роботі й у громадських місцях.',
  },
  stability: {
    nl: 'Continuïteit in waar iemand woont, werkt en bij hoort, en een helder verblijfsperspectief.',
    uk: 'Сталість у тому, де людина живе, працює і до чого належить, і чітка перспектива щодо права на проживання.',
  },
  rights_responsibilities: {
    nl: 'Rechten kennen en kunnen uitoefenen (werk, verblijf, sociale zekerheid) en de eigen plichten kennen.',
    uk: "Знати свої права й уміти ними користуватися (робота, проживання, соціальне забезпечення) та знати свої обов'язки.",
  },
};

/** What a default child that shares its theme's name gets appended ("Werk › Werk (algemeen)"). */
const GENERAL = { nl: 'algemeen', en: 'general', uk: 'загалом' };

/** Steps 2 and 3 (exported for their test): only labels still as the default codebook made them change. */
export async function untangleDefaultCodebooks(queryRunner: Pick<QueryRunner, 'query'>): Promise<void> {
  await queryRunner.query(
    `UPDATE "labels" l SET "definition" = NULL
       FROM "integration_domains" d
      WHERE d."key" = l."domain_key" AND l."parent_id" IS NOT NULL AND l."definition" = d."description"->>'en'`,
  );
  await queryRunner.query(
    `UPDATE "labels" c
        SET "name" = jsonb_build_object(
              'nl', (c."name"->>'nl') || ' (' || $1 || ')',
              'en', (c."name"->>'en') || ' (' || $2 || ')',
              'uk', (c."name"->>'uk') || ' (' || $3 || ')')
       FROM "labels" p, "integration_domains" d
      WHERE p."id" = c."parent_id" AND d."key" = c."domain_key" AND p."parent_id" IS NULL
        AND c."name" = d."name"
        AND (p."name"->>'nl' = c."name"->>'nl' OR p."name"->>'en' = c."name"->>'en' OR p."name"->>'uk' = c."name"->>'uk')`,
    [GENERAL.nl, GENERAL.en, GENERAL.uk],
  );
}

/**
 * Reading in the reader's language, and a codebook without look-alikes:
 *
 * 1. An integration domain's description becomes { en, nl, uk }, like its name.
 * 2. A default codebook label under a theme copied its domain's English description as
 *    its definition; where that copy is untouched it is cleared, so the client shows the
 *    domain's description in the reader's language instead. Definitions people wrote stay.
 * 3. The default codebook put a domain under a theme of the same name ("Werk › Werk");
 *    where such a child still has its domain's default name, it becomes "Werk (algemeen)".
 */
export class ReadingInTheReadersLanguage1795441600000 implements MigrationInterface {
  name = 'ReadingInTheReadersLanguage1795441600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "integration_domains" ALTER COLUMN "description" TYPE jsonb USING jsonb_build_object('en', "description")`,
    );
    for (const [key, text] of Object.entries(DESCRIPTIONS)) {
      await queryRunner.query(
        `UPDATE "integration_domains" SET "description" = "description" || $2::jsonb WHERE "key" = $1`,
        [key, JSON.stringify(text)],
      );
    }
    await untangleDefaultCodebooks(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "labels" c
          SET "name" = d."name"
         FROM "integration_domains" d
        WHERE d."key" = c."domain_key" AND c."parent_id" IS NOT NULL
          AND c."name"->>'nl' = (d."name"->>'nl') || ' (' || $1 || ')'`,
      [GENERAL.nl],
    );
    await queryRunner.query(
      `UPDATE "labels" l SET "definition" = d."description"->>'en'
         FROM "integration_domains" d
        WHERE d."key" = l."domain_key" AND l."parent_id" IS NOT NULL AND l."definition" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "integration_domains" ALTER COLUMN "description" TYPE text USING "description"->>'en'`,
    );
  }
}
