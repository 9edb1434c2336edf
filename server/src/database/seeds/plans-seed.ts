import type { EntityManager } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { PerspectivePlan } from '../../perspective-plans/perspective-plan.entity.js';
import { PlanReview } from '../../perspective-plans/plan-review.entity.js';
import { Obstacle } from '../../obstacles/obstacle.entity.js';
import { ObstacleLink } from '../../obstacles/obstacle-link.entity.js';
import { Breakthrough } from '../../breakthroughs/breakthrough.entity.js';
import { BreakthroughObstacle } from '../../breakthroughs/breakthrough-obstacle.entity.js';
import { SeededRandom, addDays } from './random.js';

interface ObstacleTemplate {
  domainKey: string;
  title: string;
  systemicNote?: string;
  breakthrough?: { title: string; partner: string; costEur?: number };
}

// Patterns from the action research: what stood in the way, and what broke through.
const OBSTACLES: ObstacleTemplate[] = [
  {
    domainKey: 'housing',
    title: 'Host family stay ends at short notice',
    systemicNote: 'Host-family arrangements can end with days of notice; no municipal fallback is arranged in advance',
    breakthrough: { title: 'Room in municipal shelter arranged before the move', partner: 'Gemeente' },
  },
  {
    domainKey: 'work',
    title: 'Diploma not recognised',
    systemicNote: 'Diploma evaluation takes months and costs money that is not covered',
    breakthrough: { title: 'Diploma evaluation paid from the breakthrough fund', partner: 'IDW', costEur: 229 },
  },
  {
    domainKey: 'work',
    title: 'Only "anything goes" jobs offered',
    breakthrough: { title: 'Network conversation with an employer in her field', partner: 'NewBees' },
  },
  {
    domainKey: 'language_communication',
    title: 'No Dutch course available nearby',
    systemicNote: 'Displaced people from Ukraine have no right to a funded civic integration course',
    breakthrough: { title: 'Place in a volunteer-run Dutch class', partner: 'Bibliotheek' },
  },
  {
    domainKey: 'health_social_care',
    title: 'Needs rehabilitation before work is possible',
    breakthrough: { title: 'Referral to rehabilitation and a buddy', partner: 'Huisarts' },
  },
  {
    domainKey: 'health_social_care',
    title: 'Mental-health support only in Dutch',
    systemicNote: 'Hardly any mental-health care in Ukrainian or Russian',
    breakthrough: { title: 'Ukrainian-speaking psychologist via helpline', partner: 'Helpline' },
  },
  {
    domainKey: 'education',
    title: 'Childcare place missing',
    systemicNote: 'Childcare allowance rules exclude many displaced parents who work part-time',
  },
  {
    domainKey: 'digital_skills',
    title: 'Cannot use DigiD',
    breakthrough: { title: 'DigiD set up together at the library', partner: 'Bibliotheek' },
  },
  {
    domainKey: 'links',
    title: 'No BSN yet, so no bank account',
    systemicNote: 'BSN registration waits for a municipal appointment weeks ahead',
    breakthrough: { title: 'Priority BRP registration appointment', partner: 'Gemeente' },
  },
  {
    domainKey: 'bridges',
    title: 'Few contacts outside the Ukrainian community',
    breakthrough: { title: 'Language buddy matched', partner: 'Taalmaatje' },
  },
  {
    domainKey: 'stability',
    title: 'Unclear how long protection lasts',
    systemicNote: 'Temporary protection is extended one year at a time',
  },
];

/** Plans for the individual-support persons: obstacles in several domains, some systemic, some broken through. */
export async function seedPlans(
  manager: EntityManager,
  organizationId: string,
  ownerIds: string[],
  random: SeededRandom,
): Promise<void> {
  const households = await manager.find(Household, {
    where: { organizationId, track: 'individual_support' },
    order: { reference: 'ASC' },
  });
  const today = new Date();
  for (const household of households) {
    const head = await manager.findOne(Person, { where: { householdId: household.id, householdRole: 'head' } });
    if (!head) continue;
    const ownerId = random.pick(ownerIds);
    const startDate = addDays(today, -random.int(60, 360));
    const plan = await manager.save(
      manager.create(PerspectivePlan, {
        organizationId,
        personId: head.id,
        perspective: head.ambitions ?? 'Een eigen plek en werk dat past',
        goals: {
          work: 'Werk op eigen niveau',
          language_communication: 'Nederlands op B1',
          housing: 'Stabiele woonplek',
        },
        status: 'active',
        startDate,
        nextReviewDate: addDays(today, random.int(-10, 60)),
        ownerId,
      }),
    );

    const picked = new Set<number>();
    const count = random.int(2, 4);
    while (picked.size < count) picked.add(random.int(0, OBSTACLES.length - 1));
    const obstacles: Obstacle[] = [];
    for (const index of picked) {
      const template = OBSTACLES[index];
      const identifiedOn = addDays(new Date(`${startDate}T00:00:00Z`), random.int(0, 30));
      obstacles.push(
        await manager.save(
          manager.create(Obstacle, {
            organizationId,
            planId: plan.id,
            personId: head.id,
            householdId: household.id,
            domainKey: template.domainKey,
            title: template.title,
            severity: random.pick(['low', 'medium', 'high'] as const),
            status: random.chance(0.3) ? 'in_progress' : 'open',
            identifiedOn,
            resolvedOn: null,
            systemic: Boolean(template.systemicNote),
            systemicNote: template.systemicNote ?? null,
          }),
        ),
      );
    }

    // Housing instability blocks the search for work, as in the report.
    const housing = obstacles.find((o) => o.domainKey === 'housing');
    const work = obstacles.find((o) => o.domainKey === 'work');
    if (housing && work) await manager.insert(ObstacleLink, { blockerId: housing.id, blockedId: work.id });

    await manager.insert(PlanReview, {
      organizationId,
      planId: plan.id,
      reviewedOn: addDays(new Date(`${startDate}T00:00:00Z`), 30),
      reviewerId: ownerId,
      note: 'Eerste evaluatie',
      snapshot: {
        perspective: plan.perspective,
        goals: plan.goals,
        status: plan.status,
        obstacles: obstacles.map((o) => ({
          id: o.id,
          title: o.title,
          domainKey: o.domainKey,
          status: 'open',
          severity: o.severity,
          systemic: o.systemic,
        })),
      },
    });

    for (const obstacle of obstacles) {
      const template = OBSTACLES.find((o) => o.title === obstacle.title)!;
      if (!template.breakthrough || !random.chance(0.55)) continue;
      const date = addDays(new Date(`${obstacle.identifiedOn}T00:00:00Z`), random.int(7, 120));
      if (date > today.toISOString().slice(0, 10)) continue;
      const breakthrough = await manager.save(
        manager.create(Breakthrough, {
          organizationId,
          householdId: household.id,
          date,
          title: template.breakthrough.title,
          partner: template.breakthrough.partner,
          costEur: template.breakthrough.costEur ?? null,
          description: null,
          outcome: null,
        }),
      );
      await manager.insert(BreakthroughObstacle, { breakthroughId: breakthrough.id, obstacleId: obstacle.id });
      await manager.update(Obstacle, { id: obstacle.id }, { status: 'resolved', resolvedOn: date });
    }
  }
}
