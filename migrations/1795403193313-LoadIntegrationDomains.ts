import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 14 domains of the Home Office Indicators of Integration framework (2019),
 * as in server/src/integration-domains/integration-domains.json when this
 * migration was written. A later change to the names is a new migration.
 */
const DOMAINS = [
  {
    key: 'work',
    group: 'markers_and_means',
    order: 1,
    name: {
      en: 'Work',
      nl: 'Werk',
      uk: 'Робота',
    },
    description:
      "Paid work, self-employment, volunteering and the route to work that fits a person's skills and ambitions.",
    examples: [
      'has paid work',
      'contract type and hours',
      'work at the level of training or experience',
      'volunteering or internship as a step to work',
    ],
    agerStrang2008: 'employment',
  },
  {
    key: 'housing',
    group: 'markers_and_means',
    order: 2,
    name: {
      en: 'Housing',
      nl: 'Huisvesting',
      uk: 'Житло',
    },
    description: 'A safe, adequate and stable place to live, and the freedom to choose where.',
    examples: [
      'stable accommodation with no forced move ahead',
      'adequate space and privacy',
      'access to the rental market',
    ],
    agerStrang2008: 'housing',
  },
  {
    key: 'education',
    group: 'markers_and_means',
    order: 3,
    name: {
      en: 'Education',
      nl: 'Onderwijs',
      uk: 'Освіта',
    },
    description: 'Schooling for children, and education, training and recognition of qualifications for adults.',
    examples: ['children enrolled in school', 'adult training or course', 'diploma evaluation done'],
    agerStrang2008: 'education',
  },
  {
    key: 'health_social_care',
    group: 'markers_and_means',
    order: 4,
    name: {
      en: 'Health and social care',
      nl: 'Gezondheid en zorg',
      uk: "Здоров'я та соціальна допомога",
    },
    description: 'Physical and mental health, and access to the health and care services a person needs.',
    examples: [
      'registered with a GP',
      'access to mental-health support in their language',
      'rehabilitation or care arranged',
    ],
    agerStrang2008: 'health',
  },
  {
    key: 'leisure',
    group: 'markers_and_means',
    order: 5,
    name: {
      en: 'Leisure',
      nl: 'Vrije tijd',
      uk: 'Дозвілля',
    },
    description: 'Taking part in sport, culture, hobbies and other activities outside work.',
    examples: ['joins a sport, hobby or cultural activity', 'activities that give energy and rest'],
    agerStrang2008: null,
  },
  {
    key: 'bonds',
    group: 'social_connections',
    order: 6,
    name: {
      en: 'Bonds',
      nl: 'Binding (eigen gemeenschap)',
      uk: "Зв'язки у своїй спільноті",
    },
    description: "Connections with people who share an identity: family, co-nationals, the person's own community.",
    examples: ['contact with family and friends', 'part of a community or self-organisation'],
    agerStrang2008: 'social_bonds',
  },
  {
    key: 'bridges',
    group: 'social_connections',
    order: 7,
    name: {
      en: 'Bridges',
      nl: 'Bruggen (andere groepen)',
      uk: "Зв'язки з іншими спільнотами",
    },
    description:
      'Connections with people of other backgrounds: neighbours, colleagues, people who have lived here longer.',
    examples: [
      'friendly contact with neighbours',
      'social contact with colleagues',
      'shared activities with people of other backgrounds',
    ],
    agerStrang2008: 'social_bridges',
  },
  {
    key: 'links',
    group: 'social_connections',
    order: 8,
    name: {
      en: 'Links',
      nl: 'Verbinding met instanties',
      uk: "Зв'язки з установами",
    },
    description:
      "Connections with institutions and services: the municipality, schools, employers' services, support organisations.",
    examples: [
      'knows where to go for help',
      'trusts and reaches local services',
      'takes part in local decision-making',
    ],
    agerStrang2008: 'social_links',
  },
  {
    key: 'language_communication',
    group: 'facilitators',
    order: 9,
    name: {
      en: 'Language and communication',
      nl: 'Taal en communicatie',
      uk: 'Мова та комунікація',
    },
    description: 'Learning and using Dutch or English, and being able to communicate where it matters.',
    examples: ['attends formal language classes', 'language practice with a buddy or at work', 'CEFR level reached'],
    agerStrang2008: 'language_cultural_knowledge',
  },
  {
    key: 'culture',
    group: 'facilitators',
    order: 10,
    name: {
      en: 'Culture',
      nl: 'Cultuur',
      uk: 'Культура',
    },
    description:
      "Knowing how things work here (work culture, systems, customs) and having one's own culture respected.",
    examples: ['understands the Dutch labour market and work culture', 'knows the social benefit system'],
    agerStrang2008: 'language_cultural_knowledge',
  },
  {
    key: 'digital_skills',
    group: 'facilitators',
    order: 11,
    name: {
      en: 'Digital skills',
      nl: 'Digitale vaardigheden',
      uk: 'Цифрові навички',
    },
    description: 'Access to devices and the internet, and the skills to use digital services.',
    examples: ['has a device and internet access', 'uses DigiD and online services'],
    agerStrang2008: null,
  },
  {
    key: 'safety',
    group: 'facilitators',
    order: 12,
    name: {
      en: 'Safety',
      nl: 'Veiligheid',
      uk: 'Безпека',
    },
    description:
      'Feeling and being safe: free from harassment, exploitation and abuse, at home, at work and in public.',
    examples: ['no labour exploitation', 'feels safe in the shelter and neighbourhood'],
    agerStrang2008: 'safety_stability',
  },
  {
    key: 'stability',
    group: 'facilitators',
    order: 13,
    name: {
      en: 'Stability',
      nl: 'Stabiliteit',
      uk: 'Стабільність',
    },
    description: 'Continuity in where one lives, works and belongs, and a clear perspective on residence.',
    examples: ['clarity on residence status', 'no forced moves between shelters', 'continuity of school and work'],
    agerStrang2008: 'safety_stability',
  },
  {
    key: 'rights_responsibilities',
    group: 'foundation',
    order: 14,
    name: {
      en: 'Rights and responsibilities',
      nl: 'Rechten en plichten',
      uk: "Права та обов'язки",
    },
    description:
      "Knowing and being able to exercise rights (work, residence, social security) and knowing one's duties.",
    examples: [
      'knows employee rights',
      'has a BSN and the documents needed',
      'knows residence rights and their end date',
    ],
    agerStrang2008: 'rights_citizenship',
  },
];

export class LoadIntegrationDomains1795403193313 implements MigrationInterface {
  name = 'LoadIntegrationDomains1795403193313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const d of DOMAINS) {
      await queryRunner.query(
        `INSERT INTO "integration_domains" ("key", "group", "order", "name", "description", "examples", "ager_strang2008")
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [d.key, d.group, d.order, JSON.stringify(d.name), d.description, JSON.stringify(d.examples), d.agerStrang2008],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "integration_domains"`);
  }
}
