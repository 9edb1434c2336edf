import type { EntityManager } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { ContactLog, ContactLogLabel, type Channel } from '../../contact-logs/contact-log.entity.js';
import { HelpdeskQuestion, HelpdeskQuestionLabel } from '../../helpdesk/helpdesk-question.entity.js';
import { createDefaultCodebook, type ThemeKey } from '../../labels/default-codebook.js';
import { splitMinutes } from '../../labels/label-split.js';
import { refreshPrimaryInRoot } from '../../labels/label-assignment.js';
import { Consent } from '../../consents/consent.entity.js';
import { SeededRandom } from './random.js';

/** The report's pie chart of where the researchers' time went. */
const THEME_MIX: [ThemeKey, number][] = [
  ['work', 31],
  ['health', 16],
  ['other', 15],
  ['social', 13],
  ['language', 11],
  ['housing', 8],
  ['education', 6],
];
const CHILD_DOMAIN: Record<ThemeKey, string[]> = {
  work: ['work'],
  health: ['health_social_care'],
  other: ['digital_skills', 'stability', 'rights_responsibilities'],
  social: ['bonds', 'bridges', 'links'],
  language: ['language_communication'],
  housing: ['housing'],
  education: ['education'],
};
const NOTES: Record<ThemeKey, string[]> = {
  work: [
    'Cv doorgenomen en vacatures besproken',
    'Gesprek over diplomawaardering',
    'Voorbereiding sollicitatiegesprek',
  ],
  health: ['Huisarts gezocht die Engels spreekt', 'Gesprek over stress en slaap', 'Afspraak fysiotherapie geregeld'],
  other: ['DigiD aangevraagd', 'Vragen over verlenging bescherming', 'Brief van de Belastingdienst uitgelegd'],
  social: ['Taalmaatje voorgesteld', 'Buurtactiviteit besproken', 'Contact met de gemeente gelegd'],
  language: ['Nederlandse les gezocht', 'Oefenen met een formulier', 'Inschrijving taalcafé'],
  housing: ['Gastgezin stopt, opties besproken', 'Woningaanvraag ingevuld', 'Gesprek met woningcorporatie'],
  education: ['School voor de kinderen gezocht', 'Inschrijving mbo-opleiding', 'Kinderopvang besproken'],
};
const CHANNELS: [Channel, number][] = [
  ['in_person', 35],
  ['phone', 25],
  ['messaging', 25],
  ['video', 5],
  ['home_visit', 7],
  ['email', 3],
];

/**
 * A year of casework for the research organisation (about 1,500 contact logs
 * with the report's theme mix, a few left unlabelled for the queue) and 400
 * helpdesk questions; a default codebook for both organisations.
 */
export async function seedContactLogs(
  manager: EntityManager,
  researchOrgId: string,
  placementOrgId: string,
  authorIds: string[],
  random: SeededRandom,
): Promise<void> {
  const { themes, byDomain } = await createDefaultCodebook(manager, researchOrgId);
  await createDefaultCodebook(manager, placementOrgId);
  const households = await manager.find(Household, {
    where: { organizationId: researchOrgId, track: 'individual_support' },
  });
  const members = await manager.find(Person, { where: { organizationId: researchOrgId } });
  const today = Date.now();
  const yearMs = 365 * 86400000;

  const pickLabel = (theme: ThemeKey) =>
    random.chance(0.5) ? themes[theme].id : (byDomain[random.pick(CHILD_DOMAIN[theme])]?.id ?? themes[theme].id);

  for (let batch = 0; batch < 15; batch++) {
    const logs: Partial<ContactLog>[] = [];
    const labelSets: string[][] = [];
    for (let i = 0; i < 100; i++) {
      const household = random.pick(households);
      const present = members.filter((p) => p.householdId === household.id).slice(0, random.int(1, 2));
      const theme = random.weighted(THEME_MIX);
      const labels = [pickLabel(theme)];
      if (random.chance(0.12)) {
        const second = random.weighted(THEME_MIX);
        if (second !== theme) labels.push(pickLabel(second));
      }
      logs.push({
        organizationId: researchOrgId,
        householdId: household.id,
        personIds: present.map((p) => p.id),
        occurredAt: new Date(today - random.next() * yearMs),
        minutes: random.pick([10, 15, 20, 30, 30, 45, 45, 60, 60, 90]),
        channel: random.weighted(CHANNELS),
        language: random.chance(0.8) ? 'uk' : 'en',
        authorId: random.pick(authorIds),
        note: random.pick(NOTES[theme]),
        obstacleIds: [],
        followUpOn: null,
        labelled: false,
      });
      // About one in twenty waits in the unlabelled queue.
      const set = random.chance(0.05) ? [] : labels;
      labelSets.push(set);
      logs[logs.length - 1].labelled = set.length > 0;
    }
    const inserted = await manager.insert(ContactLog, logs);
    const rows: Partial<ContactLogLabel>[] = [];
    (inserted.identifiers as { id: string }[]).forEach(({ id }, i) => {
      for (const share of splitMinutes(logs[i].minutes!, labelSets[i])) {
        rows.push({
          contactLogId: id,
          labelId: share.labelId,
          organizationId: researchOrgId,
          occurredAt: logs[i].occurredAt,
          householdId: logs[i].householdId,
          authorId: logs[i].authorId ?? null,
          minutes: share.minutes,
        });
      }
    });
    if (rows.length) await manager.insert(ContactLogLabel, rows);
  }
  await refreshPrimaryInRoot(manager, researchOrgId, null);

  const questions: Partial<HelpdeskQuestion>[] = [];
  const questionLabels: string[][] = [];
  for (let i = 0; i < 400; i++) {
    const theme = random.weighted(THEME_MIX);
    const answered = random.chance(0.85);
    questions.push({
      organizationId: researchOrgId,
      receivedAt: new Date(today - random.next() * yearMs),
      channel: random.weighted([
        ['messaging', 60],
        ['email', 25],
        ['phone', 15],
      ] as const),
      language: 'uk',
      question: `${random.pick(NOTES[theme])}?`,
      answer: answered ? 'Beantwoord met een verwijzing' : null,
      minutes: random.pick([5, 10, 10, 15, 20]),
      status: answered ? random.pick(['answered', 'answered', 'referred'] as const) : 'open',
      answeredById: answered ? random.pick(authorIds) : null,
    });
    questionLabels.push(random.chance(0.05) ? [] : [pickLabel(theme)]);
  }
  const inserted = await manager.insert(HelpdeskQuestion, questions);
  const rows: Partial<HelpdeskQuestionLabel>[] = [];
  (inserted.identifiers as { id: string }[]).forEach(({ id }, i) => {
    for (const share of splitMinutes(questions[i].minutes ?? 0, questionLabels[i]))
      rows.push({ helpdeskQuestionId: id, labelId: share.labelId, minutes: share.minutes });
  });
  await manager.insert(HelpdeskQuestionLabel, rows);

  // Double coding is research use: most people present in the logs consented to it (every eighth did not).
  const consenting = await manager.query<{ id: string }[]>(
    `SELECT p.id FROM persons p WHERE p.organization_id = $1 AND p.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = 'research') ORDER BY p.id`,
    [researchOrgId],
  );
  const givenOn = new Date(today - 330 * 86400000).toISOString().slice(0, 10);
  const consents = consenting
    .filter((_, i) => i % 8 !== 7)
    .map((p) => ({
      organizationId: researchOrgId,
      personId: p.id,
      purpose: 'research' as const,
      givenOn,
      givenHow: 'written' as const,
      recordedById: authorIds[0],
    }));
  if (consents.length) await manager.insert(Consent, consents);
}
