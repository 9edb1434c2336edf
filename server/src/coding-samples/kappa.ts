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
export function cohensKappa({ both, firstOnly, secondOnly, neither }: AgreementCounts): {
  agreement: number;
  kappa: number | null;
} {
  const n = both + firstOnly + secondOnly + neither;
  if (n === 0) return { agreement: 0, kappa: null };
  const observed = (both + neither) / n;
  const firstYes = (both + firstOnly) / n;
  const secondYes = (both + secondOnly) / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return { agreement: observed, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
}

/**
 * One kappa over all label decisions (pooled kappa, De Vries et al. 2008):
 * with p_o and p_e each label's observed and chance agreement as above,
 * over the L labels either coder used,
 *   κ_pooled = (mean p_o − mean p_e) / (1 − mean p_e).
 * Every label is decided on the same logs, so mean p_o is the share of all
 * L × n present/absent decisions the coders agree on; chance stays per
 * label, so a rare label does not inflate it. Null without labels or when
 * chance agreement is 1.
 */
export function pooledKappa(perLabel: AgreementCounts[]): { agreement: number; kappa: number | null } {
  const used = perLabel.filter((c) => c.both + c.firstOnly + c.secondOnly > 0);
  if (used.length === 0) return { agreement: 0, kappa: null };
  let observed = 0;
  let chance = 0;
  for (const { both, firstOnly, secondOnly, neither } of used) {
    const n = both + firstOnly + secondOnly + neither;
    const firstYes = (both + firstOnly) / n;
    const secondYes = (both + secondOnly) / n;
    observed += (both + neither) / n / used.length;
    chance += (firstYes * secondYes + (1 - firstYes) * (1 - secondYes)) / used.length;
  }
  return { agreement: observed, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
}
