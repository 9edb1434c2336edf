import { formatDay } from '../common/dates';
import { formatNumber } from '../common/formats';

/**
 * Server messages beyond the common ones in serverErrors.ts: the rules of single resources
 * (coding samples, consents, labels, obstacles…). Keys live under `app.serverMessages`; the
 * dates and numbers a message carries are formatted in the reader's language.
 */
type Args = Record<string, string | number>;
type MessageRule = [pattern: string | RegExp, key: string, args?: (match: RegExpExecArray) => Args];

const day = (value: string | undefined) => formatDay(value ?? '');

const RULES: MessageRule[] = [
  ['must be another person than the first coder', 'otherCoder'],
  ['both coders must be active users of your organisation', 'codersActive'],
  ['there are no unlabelled contact logs with research consent of everyone present to sample in this period', 'nothingToSample'],
  ['say with whom: an employer or a contact', 'withWhom'],
  ['needs a name in at least one language (nl, en, uk)', 'labelName'],
  ['must give minutes for exactly the labels in labelIds', 'minutesPerLabel'],
  ['minutes must be numbers of 0 or more', 'minutesPositive'],
  ['minutes may have at most two decimals', 'minutesDecimals'],
  [/^must add up to the duration \(([\d.]+) minutes\), not ([\d.]+)$/, 'minutesSum', (m) => ({ total: formatNumber(m[1], 2), sum: formatNumber(m[2], 2) })],
  ['must be obstacles of the same household', 'sameHouseholdObstacles'],
  ['must be obstacles of the household', 'householdObstacles'],
  ['can only link obstacles within the same household', 'sameHouseholdObstacles'],
  ['must be members of the household', 'householdMembers'],
  ['must be breakthroughs of the household', 'householdBreakthroughs'],
  ['only applies to sharing consent', 'sharingOnly'],
  ['only applies to a task made for a deadline (deadlineKind)', 'deadlineTaskOnly'],
  ['is required: sharing consent is given for one partner organisation', 'sharingPartner'],
  ['is required: link the placement with a contract end date, or send the date', 'contractEnd'],
  ['is required when the obstacle is resolved', 'resolvedOnRequired'],
  ['is required (or give a planId)', 'personOrPlan'],
  ['is already a partner organisation', 'partnerExists'],
  ['cannot change while obstacles of the household are linked', 'householdLocked'],
  ['cannot be in the future: record consent on the day it is given', 'consentFuture'],
  ['cannot be in the future: a withdrawal takes effect on the day it is recorded', 'withdrawalFuture'],
  ['can only be linked to a completed referral', 'completedReferral'],
  ['an obstacle cannot block itself', 'blocksItself'],
  [/^would create a cycle: (.+)$/s, 'cycle', (m) => ({ path: m[1] })],
  ['a label cannot be merged into itself', 'mergeItself'],
  ['would make the label its own ancestor', 'ownAncestor'],
  [/^archived labels cannot be applied: (.+)$/s, 'archivedLabels', (m) => ({ names: m[1] })],
  ['you cannot remove your own admin access', 'ownAdmin'],
  [/^refers to [\w-]+ that do not exist$/, 'missingRecords'],
  [/^(?:must be one of the integration domains|unknown domains): .+$/s, 'domain'],
  [/^cannot be before the date it was identified \((\d{4}-\d{2}-\d{2})\)$/, 'beforeIdentified', (m) => ({ date: day(m[1]) })],
  [/^cannot be before consent was given \((\d{4}-\d{2}-\d{2})\)$/, 'beforeConsent', (m) => ({ date: day(m[1]) })],
  [/^cannot be before the last status change \((\w+) on (\d{4}-\d{2}-\d{2})\)$/, 'beforeStatusChange', (m) => ({ date: day(m[2]) })],
  ['there is already an employer with this name', 'employerExists'],
  [/^there is already an employer with this name in (.+)$/s, 'employerExistsIn', (m) => ({ city: m[1] })],
];

/** The i18n key and arguments for a message in the table above, or undefined. */
export function serverMessageKey(message: string): { key: string; args: Args } | undefined {
  for (const [pattern, key, args] of RULES) {
    if (typeof pattern === 'string') {
      if (message === pattern) return { key: `app.serverMessages.${key}`, args: {} };
      continue;
    }
    const match = pattern.exec(message);
    if (match) return { key: `app.serverMessages.${key}`, args: args?.(match) ?? {} };
  }
  return undefined;
}
