/**
 * Today's date (`YYYY-MM-DD`) as the server fills in a date left out (an
 * obstacle identified, a referral, a consent given, a status change): the
 * UTC calendar day. Whether a date is in the future is another rule, with
 * room for every time zone: common/validation/not-future.ts.
 */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
