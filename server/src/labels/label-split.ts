import { fieldError } from '../common/errors/app-error.js';

/** More minutes than a year has: no real contact is longer. */
const MAX_LABEL_MINUTES = 525_600;

export interface LabelShare {
  labelId: string;
  minutes: number;
  explicit: boolean;
}

/**
 * Splits a contact's minutes over its labels: equally by default (to the
 * cent of a minute, the remainder on the first label so the parts add up
 * exactly), or as the author set it, which must add up to the duration.
 */
export function splitMinutes(
  total: number,
  labelIds: string[],
  explicit?: Record<string, number> | null,
): LabelShare[] {
  const ids = [...new Set(labelIds)];
  if (explicit && Object.keys(explicit).length > 0) {
    const keys = Object.keys(explicit);
    if (keys.some((k) => !ids.includes(k)) || ids.some((id) => !(id in explicit))) {
      throw fieldError('labelMinutes', 'minutes_per_label', 'must give minutes for exactly the labels in labelIds');
    }
    if (Object.values(explicit).some((m) => typeof m !== 'number' || !Number.isFinite(m) || m < 0)) {
      throw fieldError('labelMinutes', 'minutes_negative', 'minutes must be numbers of 0 or more');
    }
    // A contact is never this long; past it the sum in cents would overflow to Infinity (and the answer to null).
    if (Object.values(explicit).some((m) => m > MAX_LABEL_MINUTES)) {
      throw fieldError('labelMinutes', 'too_large', `minutes must be at most ${MAX_LABEL_MINUTES}`, {
        max: MAX_LABEL_MINUTES,
      });
    }
    // Stored to the hundredth of a minute: more decimals would be rounded away after the sum was checked.
    if (Object.values(explicit).some((m) => Math.abs(m * 100 - Math.round(m * 100)) > 1e-6)) {
      throw fieldError('labelMinutes', 'minutes_decimals', 'minutes may have at most two decimals');
    }
    const sumCents = Object.values(explicit).reduce((a, b) => a + Math.round(b * 100), 0);
    if (sumCents !== Math.round(total * 100))
      throw fieldError(
        'labelMinutes',
        'minutes_sum',
        `must add up to the duration (${total} minutes), not ${sumCents / 100}`,
        { total, sum: sumCents / 100 },
      );
    return ids.map((labelId) => ({ labelId, minutes: Math.round(explicit[labelId] * 100) / 100, explicit: true }));
  }
  if (ids.length === 0) return [];
  const cents = Math.round(total * 100);
  const each = Math.floor(cents / ids.length);
  return ids.map((labelId, i) => ({
    labelId,
    minutes: (each + (i === 0 ? cents - each * ids.length : 0)) / 100,
    explicit: false,
  }));
}
