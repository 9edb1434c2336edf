import { LANGUAGE_LEVELS, type LanguageLevel, type LevelLanguage } from '../persons/person.enums.js';
import type { ProtectionBasis } from '../households/household.enums.js';
import type { SuggestionFactor, SuggestionOutcome } from './vacancy.enums.js';
import { workPermission } from './work-permission.js';

/**
 * The ranking of suggestions, explained: a score of 0–100 that is the sum of
 * six factors, each with its points, its maximum and why (docs/matching.md
 * has the table). No weights learnt from data, nothing hidden: a matcher can
 * redo the sum from the reasons.
 */
export const MAX_POINTS: Record<SuggestionFactor, number> = {
  skills: 40,
  language: 20,
  hours: 10,
  municipality: 15,
  training: 10,
  protection: 5,
};

/** A skill shown in practice counts fully; one only said counts for this much. */
export const SAID_SKILL_WEIGHT = 0.75;
/** Hours within this many of what the person wants count fully; within the wider margin, half. */
export const HOURS_CLOSE = 4;
export const HOURS_NEAR = 12;

/** What the vacancy asks for. */
export interface VacancyNeeds {
  skillIds: string[];
  language: LevelLanguage | null;
  languageLevel: LanguageLevel | null;
  hoursPerWeek: number | null;
  municipality: string | null;
  sector: string | null;
}

/** What the person brings, as far as matching reads it. */
export interface CandidateProfile {
  /** The person's skills (at least those the vacancy asks for). */
  skills: { skillId: string; shownInPractice: boolean }[];
  languageLevels: Partial<Record<LevelLanguage, LanguageLevel>>;
  hoursWanted: number | null;
  /** The household's municipality. */
  municipality: string | null;
  /** Fields of the person's qualifications and vocational training. */
  trainingFields: string[];
  protectionBasis: ProtectionBasis | null;
}

export interface SuggestionReason {
  factor: SuggestionFactor;
  points: number;
  maxPoints: number;
  outcome: SuggestionOutcome;
  /** For `skills`: the skills the person has of those asked for. */
  skillIds: string[];
  /** For `language`: which language. */
  language: LevelLanguage | null;
  /** What the vacancy asks (level, hours, municipality, sector); null when it asks nothing. */
  needed: string | null;
  /** What the person has (level, hours wanted, municipality, training field, work permission). */
  actual: string | null;
}

export interface Scored {
  score: number;
  reasons: SuggestionReason[];
}

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
const round1 = (n: number) => Math.round(n * 10) / 10;

function reason(
  factor: SuggestionFactor,
  share: number,
  outcome: SuggestionOutcome,
  extra: Partial<SuggestionReason> = {},
): SuggestionReason {
  const maxPoints = MAX_POINTS[factor];
  return {
    factor,
    points: round1(maxPoints * share),
    maxPoints,
    outcome,
    skillIds: [],
    language: null,
    needed: null,
    actual: null,
    ...extra,
  };
}

/** Skills in common: each asked skill the person has, fully if shown in practice. No skills asked: half. */
function skillsReason(needs: VacancyNeeds, person: CandidateProfile): SuggestionReason {
  const asked = [...new Set(needs.skillIds)];
  if (asked.length === 0) return reason('skills', 0.5, 'unknown', { needed: '0', actual: '0' });
  const has = new Map(person.skills.map((s) => [s.skillId, s.shownInPractice]));
  const common = asked.filter((id) => has.has(id));
  const credit = common.reduce((sum, id) => sum + (has.get(id) ? 1 : SAID_SKILL_WEIGHT), 0) / asked.length;
  const outcome = common.length === asked.length ? 'met' : common.length > 0 ? 'partly' : 'not_met';
  return reason('skills', credit, outcome, {
    skillIds: common,
    needed: String(asked.length),
    actual: String(common.length),
  });
}

/** The level of the language asked against the person's current level: at or above full, one step below half. */
function languageReason(needs: VacancyNeeds, person: CandidateProfile): SuggestionReason {
  if (!needs.language || !needs.languageLevel) return reason('language', 1, 'met');
  const actual = person.languageLevels[needs.language] ?? null;
  const extra = { language: needs.language, needed: needs.languageLevel, actual };
  if (!actual) return reason('language', 0, 'unknown', extra);
  const gap = LANGUAGE_LEVELS.indexOf(actual) - LANGUAGE_LEVELS.indexOf(needs.languageLevel);
  if (gap >= 0) return reason('language', 1, 'met', extra);
  if (gap === -1) return reason('language', 0.5, 'partly', extra);
  return reason('language', 0, 'not_met', extra);
}

/** Hours of the vacancy against the hours the person wants. Either unknown: half. */
function hoursReason(needs: VacancyNeeds, person: CandidateProfile): SuggestionReason {
  const extra = {
    needed: needs.hoursPerWeek === null ? null : String(needs.hoursPerWeek),
    actual: person.hoursWanted === null ? null : String(person.hoursWanted),
  };
  if (needs.hoursPerWeek === null || person.hoursWanted === null) return reason('hours', 0.5, 'unknown', extra);
  const gap = Math.abs(needs.hoursPerWeek - person.hoursWanted);
  if (gap <= HOURS_CLOSE) return reason('hours', 1, 'met', extra);
  if (gap <= HOURS_NEAR) return reason('hours', 0.5, 'partly', extra);
  return reason('hours', 0, 'not_met', extra);
}

/** Work in the person's own municipality (or a vacancy that names none) counts fully; elsewhere nothing. */
function municipalityReason(needs: VacancyNeeds, person: CandidateProfile): SuggestionReason {
  const extra = { needed: needs.municipality, actual: person.municipality };
  if (!needs.municipality) return reason('municipality', 1, 'met', extra);
  if (!person.municipality) return reason('municipality', 0.5, 'unknown', extra);
  return same(needs.municipality, person.municipality)
    ? reason('municipality', 1, 'met', extra)
    : reason('municipality', 0, 'not_met', extra);
}

/** Whether the vacancy's sector is a field the person trained in (qualification or vocational training). */
function trainingReason(needs: VacancyNeeds, person: CandidateProfile): SuggestionReason {
  if (!needs.sector) return reason('training', 0.5, 'unknown');
  const field = person.trainingFields.find((f) => same(f, needs.sector)) ?? null;
  return field
    ? reason('training', 1, 'met', { needed: needs.sector, actual: field })
    : reason('training', 0, 'not_met', { needed: needs.sector });
}

/** What the protection basis says about paid work (work-permission.ts). */
function protectionReason(person: CandidateProfile): SuggestionReason {
  const permission = workPermission(person.protectionBasis);
  const extra = { actual: permission };
  if (permission === 'free' || permission === 'notification') return reason('protection', 1, 'met', extra);
  if (permission === 'work_permit_needed') return reason('protection', 0, 'not_met', extra);
  return reason('protection', 0.5, 'unknown', extra);
}

export function scoreSuggestion(needs: VacancyNeeds, person: CandidateProfile): Scored {
  const reasons = [
    skillsReason(needs, person),
    languageReason(needs, person),
    hoursReason(needs, person),
    municipalityReason(needs, person),
    trainingReason(needs, person),
    protectionReason(person),
  ];
  return { score: round1(reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}

/** Highest score first; equal scores by skills, then language, then id, so the order is stable. */
export function bySuggestionRank<T extends Scored & { id: string }>(a: T, b: T): number {
  return (
    b.score - a.score ||
    b.reasons[0].points - a.reasons[0].points ||
    b.reasons[1].points - a.reasons[1].points ||
    a.id.localeCompare(b.id)
  );
}
