import type { DataSource, EntityManager } from 'typeorm';
import { Organization } from '../../organizations/organization.entity.js';
import { User } from '../../users/user.entity.js';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { hashPassword } from '../../auth/password.js';
import type { Role } from '../../auth/roles.js';
import type { ShelterType, Track } from '../../households/household.enums.js';
import type { EducationLevel, HouseholdRole, LanguageLevel } from '../../persons/person.enums.js';
import { seedIntegrationAndShelterMoves } from './integration-shelter-seed.js';
import { SeededRandom, addDays } from './random.js';
import { seedPlans } from './plans-seed.js';
import { seedCohorts } from './cohorts-seed.js';
import { seedLearningAndVacancies } from './learning-seed.js';
import { seedGroupWork } from './group-work-seed.js';
import { seedPlacements } from './placements-seed.js';
import { seedCaseload, seedPlacementDeadlines } from './caseload-seed.js';
import { seedContactLogs } from './contact-logs-seed.js';
import { seedPlacementPermits } from './placement-permits-seed.js';
import { seedContributions } from './contributions-seed.js';

export const DEMO_PASSWORD = 'Doorbraak-demo-2026';

interface DemoLogin {
  role: Role;
  email: string;
  fullName: string;
  password: string;
  organization: 'research' | 'placement';
}

/** Every role, in the two demo organisations. Names are invented. */
export const DEMO_LOGINS: DemoLogin[] = [
  {
    role: 'admin',
    email: 'admin@openembassy.example',
    fullName: 'Demo Beheerder',
    password: DEMO_PASSWORD,
    organization: 'research',
  },
  {
    role: 'coordinator',
    email: 'coordinator@openembassy.example',
    fullName: 'Demo Coördinator',
    password: DEMO_PASSWORD,
    organization: 'research',
  },
  {
    role: 'caseworker',
    email: 'caseworker@openembassy.example',
    fullName: 'Demo Casemanager',
    password: DEMO_PASSWORD,
    organization: 'research',
  },
  {
    role: 'researcher',
    email: 'researcher@openembassy.example',
    fullName: 'Demo Actieonderzoeker',
    password: DEMO_PASSWORD,
    organization: 'research',
  },
  {
    role: 'researcher',
    email: 'researcher2@openembassy.example',
    fullName: 'Demo Tweede Codeur',
    password: DEMO_PASSWORD,
    organization: 'research',
  },
  {
    role: 'admin',
    email: 'admin@newbees.example',
    fullName: 'Demo Admin NB',
    password: DEMO_PASSWORD,
    organization: 'placement',
  },
  {
    role: 'coordinator',
    email: 'coordinator@newbees.example',
    fullName: 'Demo Coördinator NB',
    password: DEMO_PASSWORD,
    organization: 'placement',
  },
  {
    role: 'matcher',
    email: 'matcher@newbees.example',
    fullName: 'Demo Matcher',
    password: DEMO_PASSWORD,
    organization: 'placement',
  },
];

export const DEMO_ORGANIZATIONS = { research: 'OpenEmbassy (demo)', placement: 'NewBees (demo)' } as const;

// Pseudonyms only: common first names, none belongs to a real case.
const ADULT_NAMES = [
  'Olena',
  'Iryna',
  'Oksana',
  'Tetiana',
  'Nataliia',
  'Yuliia',
  'Svitlana',
  'Kateryna',
  'Halyna',
  'Liudmyla',
  'Andrii',
  'Oleksandr',
  'Dmytro',
  'Serhii',
  'Mykola',
  'Volodymyr',
  'Yurii',
  'Vitalii',
  'Taras',
  'Roman',
  'Ірина',
  'Олена',
  'Тетяна',
  'Андрій',
  'Юлія',
  'Yvan',
  'Tina',
  'Inna',
  'Larysa',
  'Viktor',
];
const CHILD_NAMES = ['Sofiia', 'Artem', 'Daryna', 'Matvii', 'Zlata', 'Bohdan', 'Mariia', 'Nazar', 'Софія', 'Марко'];
const PROFESSIONS = [
  'psychologist',
  'accountant',
  'teacher',
  'nurse',
  'software developer',
  'lawyer',
  'engineer',
  'hairdresser',
  'cook',
  'truck driver',
  'dentist',
  'marketing manager',
  'pharmacist',
  'architect',
  'sales assistant',
];
const AMBITIONS = [
  'work as a psychologist again',
  "a stable home near my daughter's school",
  'learn Dutch to B1 and work in my profession',
  'start my own beauty salon',
  'get my diploma recognised and work as a nurse',
  'any job for now, later back to engineering',
  'study at a Dutch university',
];
const MUNICIPALITIES = [
  ['Zaanstad', 'ZS', 30],
  ['Amsterdam', 'AM', 25],
  ['Nijmegen', 'NM', 20],
] as const;

/** Seeds the demo organisations when the database has none; returns whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts.
    await manager.query('SELECT pg_advisory_xact_lock(4242001)');
    if ((await manager.count(Organization)) > 0) return false;
    await seedDemo(manager);
    return true;
  });
}

async function seedDemo(manager: EntityManager): Promise<void> {
  const random = new SeededRandom(2022_10_01);
  const today = new Date();
  const research = await manager.save(manager.create(Organization, { name: DEMO_ORGANIZATIONS.research }));
  const placement = await manager.save(manager.create(Organization, { name: DEMO_ORGANIZATIONS.placement }));
  const orgId = { research: research.id, placement: placement.id };

  const passwordHash = await hashPassword(DEMO_PASSWORD, 10);
  const users = await manager.save(
    DEMO_LOGINS.map((login) =>
      manager.create(User, {
        organizationId: orgId[login.organization],
        email: login.email,
        fullName: login.fullName,
        role: login.role,
        passwordHash,
        active: true,
      }),
    ),
  );
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const researchTeam = [byEmail.get('caseworker@openembassy.example')!, byEmail.get('researcher@openembassy.example')!];
  const matcher = byEmail.get('matcher@newbees.example')!;

  // 75 households as in the report: 60 in individual support, 15 through the helpdesk.
  let index = 0;
  for (const [municipality, prefix, count] of MUNICIPALITIES) {
    for (let n = 1; n <= count; n++, index++) {
      const track: Track = index % 5 === 4 ? 'helpdesk' : 'individual_support';
      await seedHousehold(manager, random, today, {
        organizationId: orgId.research,
        reference: `${prefix}-${String(n).padStart(3, '0')}`,
        municipality,
        track,
        assigneeIds: [random.pick(researchTeam)],
      });
    }
  }
  await seedPlans(manager, orgId.research, researchTeam, random);
  await seedCaseload(manager, orgId.research, researchTeam[0], researchTeam[1], random);
  await seedIntegrationAndShelterMoves(manager, orgId.research, researchTeam[0]);
  await seedContributions(manager, orgId.research);

  await seedContactLogs(
    manager,
    orgId.research,
    orgId.placement,
    [...researchTeam, byEmail.get('researcher2@openembassy.example')!],
    random,
  );

  await seedCohorts(manager, orgId.research, researchTeam, today);
  await seedGroupWork(manager, orgId.research);

  // The placement organisation keeps its own records of the people it matches.
  await seedPlacements(manager, orgId.placement, matcher, random);
  await seedPlacementDeadlines(manager, orgId.placement, matcher);
  await seedPlacementPermits(manager, orgId.placement, matcher, today);
  await seedLearningAndVacancies(manager, orgId.placement);
}

interface HouseholdSeed {
  organizationId: string;
  reference: string;
  municipality: string;
  track: Track;
  assigneeIds: string[];
}

async function seedHousehold(manager: EntityManager, random: SeededRandom, today: Date, seed: HouseholdSeed) {
  const shelterType = random.weighted<ShelterType>([
    ['host_family', 35],
    ['municipal_shelter', 30],
    ['hotel', 5],
    ['flex_housing', 10],
    ['own_rental', 10],
    ['social_housing', 10],
  ]);
  const temporaryShelter = ['host_family', 'municipal_shelter', 'hotel'].includes(shelterType);
  const household = await manager.save(
    manager.create(Household, {
      ...seed,
      shelterType,
      // Some host-family stays end within weeks: the deadlines caseworkers must see coming.
      shelterEndDate: temporaryShelter ? addDays(today, random.int(10, 300)) : null,
      protectionBasis: random.weighted([
        ['temporary_protection', 90],
        ['third_country_national', 6],
        ['status_holder', 4],
      ] as const),
      protectionEndDate: '2027-03-04',
      languages: random.chance(0.6) ? ['uk', 'ru'] : ['uk'],
      status: random.chance(0.9) ? 'active' : 'closed',
      notes: null,
    }),
  );

  const size = random.weighted([
    [1, 20],
    [2, 30],
    [3, 28],
    [4, 15],
    [5, 7],
  ] as const);
  const members: Partial<Person>[] = [];
  for (let m = 0; m < size; m++) {
    const isChild = m >= 2 || (m === 1 && random.chance(0.4));
    const role: HouseholdRole =
      m === 0 ? 'head' : isChild ? 'child' : random.pick(['partner', 'parent', 'sibling'] as const);
    const birthYear = isChild ? random.int(2008, 2022) : random.int(1958, 2003);
    const adult = !isChild;
    members.push({
      organizationId: seed.organizationId,
      householdId: household.id,
      firstName: isChild ? random.pick(CHILD_NAMES) : random.pick(ADULT_NAMES),
      birthYear,
      gender: 'unknown',
      householdRole: role,
      languageLevels: adult ? adultLevels(random) : { uk: 'native', nl: random.pick(['A1', 'A2', 'B1'] as const) },
      educationLevel: adult
        ? random.weighted<EducationLevel>([
            ['secondary', 20],
            ['vocational', 25],
            ['bachelor', 30],
            ['master', 22],
            ['doctorate', 3],
          ])
        : 'primary',
      diplomaEvaluation: adult ? random.pick(['not_started', 'requested', 'evaluated', 'not_needed'] as const) : null,
      profession: adult ? random.pick(PROFESSIONS) : null,
      experience: adult ? `${random.int(1, 25)} years` : null,
      talents: null,
      ambitions: adult ? random.pick(AMBITIONS) : null,
      childcareNeed: adult && size > 2 && random.chance(0.4),
      notes: null,
    });
  }
  await manager.insert(Person, members);
}

function adultLevels(random: SeededRandom): Partial<Record<'nl' | 'en' | 'uk' | 'ru', LanguageLevel>> {
  return {
    uk: 'native',
    ru: random.pick(['B2', 'C1', 'native'] as const),
    en: random.pick(['A1', 'A2', 'B1', 'B2', 'C1'] as const),
    nl: random.pick(['A0', 'A1', 'A2', 'B1'] as const),
  };
}
