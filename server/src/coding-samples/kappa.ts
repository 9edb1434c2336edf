export interface AgreementCounts {
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

/**
 * Cohen's kappa for one label coded present/absent by two coders:
 * (observed agreement − chance agreement) / (1 − chance agreement).
 * Undefined (null) when chance agreement is 1, e.g. neither coder ever used it.
 */
export function cohensKappa({ both, firstOnly, secondOnly, neither }: AgreementCounts): { agreement: number; kappa: number | null } {
  const n = both + firstOnly + secondOnly + neither;
  if (n === 0) return { agreement: 0, kappa: null };
  const observed = (both + neither) / n;
  const firstYes = (both + firstOnly) / n;
  const secondYes = (both + secondOnly) / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return { agreement: observed, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
}
