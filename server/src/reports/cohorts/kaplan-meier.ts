/**
 * The Kaplan–Meier estimator of the share of persons who reached an event
 * by a given time, from times that are either the event or a censoring (the
 * person was followed that long without it). Pure arithmetic on counts: the
 * report's SQL hands in (time, event, number) triples, never persons.
 */

/** `count` persons whose follow-up ended at `time` (days), with the event or censored. */
export interface Observation {
  time: number;
  event: boolean;
  count: number;
}

/** One distinct time at which something happened. */
export interface Step {
  time: number;
  /** Persons still followed just before `time` (at risk). */
  atRisk: number;
  events: number;
  censored: number;
  /** S(t): the share without the event after this step. */
  survival: number;
  /** Greenwood's sum Σ d / (n (n − d)) up to and including this step; Infinity once S reached 0. */
  greenwood: number;
}

/** The estimate at one time: share reached, its 95% interval, persons at risk. */
export interface Estimate {
  share: number;
  lower: number;
  upper: number;
  atRisk: number;
}

const Z95 = 1.959963984540054;

/**
 * The steps of the estimate. Ties: at one time every event counts before
 * the censorings (the usual convention: a person censored at t was at risk
 * at t), so d events among n at risk multiply S by (1 − d/n).
 */
export function kaplanMeier(observations: Observation[]): Step[] {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    if (o.count <= 0) continue;
    const at = byTime.get(o.time) ?? { events: 0, censored: 0 };
    if (o.event) at.events += o.count;
    else at.censored += o.count;
    byTime.set(o.time, at);
  }
  let atRisk = [...byTime.values()].reduce((sum, t) => sum + t.events + t.censored, 0);
  let survival = 1;
  let greenwood = 0;
  const steps: Step[] = [];
  for (const time of [...byTime.keys()].sort((a, b) => a - b)) {
    const { events, censored } = byTime.get(time)!;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += events === atRisk ? Infinity : events / (atRisk * (atRisk - events));
    }
    steps.push({ time, atRisk, events, censored, survival, greenwood });
    atRisk -= events + censored;
  }
  return steps;
}

/**
 * The estimate at time `t`: the last step at or before it. Beyond the
 * longest follow-up the curve is unknown (null), unless it already reached
 * 0; before the first step nobody had the event. The interval is Greenwood's
 * variance on the log(−log S) scale (Kalbfleisch and Prentice), which stays
 * inside [0, 1]; for S = 1 or 0 it is that point.
 */
export function estimateAt(steps: Step[], t: number, total: number): Estimate | null {
  const last = steps.length ? steps[steps.length - 1] : undefined;
  if (!last || (t > last.time && last.survival > 0)) return t === 0 && total > 0 ? point(1, total) : null;
  let step: Step | undefined;
  for (const s of steps) {
    if (s.time > t) break;
    step = s;
  }
  const atRisk = atRiskAt(steps, t, total);
  if (!step) return point(1, atRisk);
  const S = step.survival;
  if (S <= 0 || !Number.isFinite(step.greenwood)) return point(0, atRisk);
  if (S >= 1) return point(1, atRisk);
  const theta = (Z95 * Math.sqrt(step.greenwood)) / Math.abs(Math.log(S));
  const lowerS = S ** Math.exp(theta);
  const upperS = S ** Math.exp(-theta);
  return { share: 1 - S, lower: 1 - upperS, upper: 1 - lowerS, atRisk };
}

/** Persons still followed at `t` (whose time is t or later). */
export function atRiskAt(steps: Step[], t: number, total: number): number {
  const first = steps.find((s) => s.time >= t);
  return first ? first.atRisk : t <= 0 ? total : 0;
}

function point(survival: number, atRisk: number): Estimate {
  return { share: 1 - survival, lower: 1 - survival, upper: 1 - survival, atRisk };
}
