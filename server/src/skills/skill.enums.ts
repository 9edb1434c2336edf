export const SKILL_KINDS = ['occupation', 'skill'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];
