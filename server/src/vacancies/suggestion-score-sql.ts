import { LANGUAGE_LEVELS } from '../persons/person.enums.js';
import { PROTECTION_BASES } from '../households/household.enums.js';
import { MAX_POINTS, SAID_SKILL_WEIGHT, HOURS_CLOSE, HOURS_NEAR, scoreSuggestion } from './suggestion-score.js';

/**
 * `scoreSuggestion` (suggestion-score.ts, the documented formula) as SQL, so
 * that PostgreSQL ranks 10,000 persons and only the top few travel to Node.
 * It must give the very same numbers: the points are double precision, added
 * and rounded in the same order as the TypeScript does (`Math.round(x * 10) / 10`
 * is `floor(x * 10 + 0.5) / 10` for these positive values), and text is
 * compared after trimming what JavaScript's `trim()` trims. The test
 * `suggestion-score-sql.e2e-spec.ts` checks it against `scoreSuggestion`
 * over generated persons and vacancies.
 *
 * One known gap: PostgreSQL's `lower()` uses Unicode's simple case mapping,
 * `toLocaleLowerCase` the full one, so a dotted capital İ or a Greek final
 * sigma may compare differently (docs/matching.md).
 */

/** The characters JavaScript's `String.prototype.trim` removes (whitespace and line terminators). */
export const JS_TRIMMED =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const unicodeLiteral = (text: string) =>
  `U&'${[...text].map((c) => `\\${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('')}'`;

/** `a.trim().toLocaleLowerCase('nl')` of suggestion-score.ts's `same`, in SQL. */
export const normalisedSql = (text: string) => `lower(btrim(${text}, ${unicodeLiteral(JS_TRIMMED)}))`;

/** JavaScript's `Math.round(x * 10) / 10` for x ≥ 0. */
const round1Sql = (points: string) => `(floor((${points}) * 10 + 0.5) / 10)`;

const float = (n: number) => `${n}::float8`;
const sqlText = (value: string) => {
  if (!/^[a-z0-9_]+$/i.test(value)) throw new Error(`not a code value: ${value}`);
  return `'${value}'`;
};

/** The points of one factor for a share of its maximum, as `reason()` rounds them. */
const pointsFor = (factor: keyof typeof MAX_POINTS, share: number) => Math.round(MAX_POINTS[factor] * share * 10) / 10;

/** What the vacancy asks, as SQL expressions (a parameter or a vacancy column). */
export interface NeedsSql {
  /** How many different skills it asks (0: none). */
  askedCount: string;
  language: string;
  languageLevel: string;
  /** numeric */
  hoursPerWeek: string;
  municipality: string;
  sector: string;
}

/** What the person brings, as SQL expressions. */
export interface ProfileSql {
  /**
   * Σ over the asked skills the person has of 1 (shown in practice) or 0.75,
   * as double precision; NULL or 0 when none.
   */
  skillShare: string;
  /** jsonb: language → CEFR level */
  languageLevels: string;
  /** numeric */
  hoursWanted: string;
  /** The household's municipality. */
  municipality: string;
  /** Boolean: one of the person's training fields equals the vacancy's sector (normalised). */
  trained: string;
  /** The effective protection basis. */
  protectionBasis: string;
}

/** SQL for one person's share of a skill: `shownInPractice ? 1 : SAID_SKILL_WEIGHT`, in double precision. */
export const skillShareSql = (shownInPractice: string) =>
  `CASE WHEN ${shownInPractice} THEN 1::float8 ELSE ${float(SAID_SKILL_WEIGHT)} END`;

/** The six factors' points, in the order of the reasons, as SQL expressions (double precision). */
export function factorPointsSql(needs: NeedsSql, person: ProfileSql) {
  const level = (text: string) =>
    `(COALESCE(array_position(ARRAY[${LANGUAGE_LEVELS.map(sqlText).join(', ')}]::text[], ${text}), 0) - 1)`;
  const actualLevel = `NULLIF(${person.languageLevels} ->> ${needs.language}, '')`;
  const hoursGap = `abs((${needs.hoursPerWeek})::float8 - (${person.hoursWanted})::float8)`;
  // The work permission of each protection basis, scored by the TypeScript itself, so the two cannot drift apart.
  const protection = PROTECTION_BASES.map((basis) => {
    const reason = scoreSuggestion(
      { skillIds: [], language: null, languageLevel: null, hoursPerWeek: null, municipality: null, sector: null },
      {
        skills: [],
        languageLevels: {},
        hoursWanted: null,
        municipality: null,
        trainingFields: [],
        protectionBasis: basis,
      },
    ).reasons[5];
    return `WHEN ${sqlText(basis)} THEN ${float(reason.points)}`;
  }).join(' ');
  return {
    skills: `CASE WHEN (${needs.askedCount}) = 0 THEN ${float(pointsFor('skills', 0.5))}
                  ELSE ${round1Sql(`${MAX_POINTS.skills}::float8 * (COALESCE(${person.skillShare}, 0::float8) / (${needs.askedCount})::float8)`)} END`,
    language: `CASE WHEN NULLIF(${needs.language}, '') IS NULL OR NULLIF(${needs.languageLevel}, '') IS NULL THEN ${float(pointsFor('language', 1))}
                    WHEN ${actualLevel} IS NULL THEN 0::float8
                    WHEN ${level(actualLevel)} - ${level(needs.languageLevel)} >= 0 THEN ${float(pointsFor('language', 1))}
                    WHEN ${level(actualLevel)} - ${level(needs.languageLevel)} = -1 THEN ${float(pointsFor('language', 0.5))}
                    ELSE 0::float8 END`,
    hours: `CASE WHEN ${needs.hoursPerWeek} IS NULL OR ${person.hoursWanted} IS NULL THEN ${float(pointsFor('hours', 0.5))}
                 WHEN ${hoursGap} <= ${HOURS_CLOSE} THEN ${float(pointsFor('hours', 1))}
                 WHEN ${hoursGap} <= ${HOURS_NEAR} THEN ${float(pointsFor('hours', 0.5))}
                 ELSE 0::float8 END`,
    municipality: `CASE WHEN NULLIF(${needs.municipality}, '') IS NULL THEN ${float(pointsFor('municipality', 1))}
                        WHEN NULLIF(${person.municipality}, '') IS NULL THEN ${float(pointsFor('municipality', 0.5))}
                        WHEN ${normalisedSql(needs.municipality)} = ${normalisedSql(person.municipality)} THEN ${float(pointsFor('municipality', 1))}
                        ELSE 0::float8 END`,
    training: `CASE WHEN NULLIF(${needs.sector}, '') IS NULL THEN ${float(pointsFor('training', 0.5))}
                    WHEN ${person.trained} THEN ${float(pointsFor('training', 1))}
                    ELSE 0::float8 END`,
    protection: `CASE ${person.protectionBasis} ${protection} ELSE ${float(pointsFor('protection', 0.5))} END`,
  };
}

/** The score: the factors' points added in the reasons' order, then rounded, as `scoreSuggestion` does. */
export const scoreSql = (points: Record<keyof typeof MAX_POINTS, string>) =>
  round1Sql(
    [points.skills, points.language, points.hours, points.municipality, points.training, points.protection]
      .map((p) => `(${p})`)
      .reduce((sum, p) => `(${sum} + ${p})`),
  );
