import { HttpError } from 'react-admin';
import type { DoorbraakMessages } from '../i18n/en';
import { serverMessageKey } from './serverMessages';

/**
 * The API speaks English on purpose (other clients rely on its messages). This
 * table turns the common ones into the UI's language; any message not in it is
 * shown as the server sent it. Keys live under `app.serverErrors`.
 */
type ServerErrorKey = keyof DoorbraakMessages['app']['serverErrors'];
/** Messages of the guards on what people type, kept under `app.guards.errors`. */
type GuardErrorKey = `guards.errors.${keyof DoorbraakMessages['app']['guards']['errors']}`;

type Rule = [pattern: string | RegExp, key: ServerErrorKey | GuardErrorKey, args?: (match: RegExpExecArray) => Record<string, string | number>];

const RULES: Rule[] = [
  // Field messages (422), see server/src/common/errors/validation.ts and the services.
  ['is required', 'required'],
  ['must not be empty', 'notEmpty'],
  ['is not a known field', 'unknownField'],
  ['is already used by another household', 'referenceTaken'],
  ['is already used', 'alreadyUsed'],
  ['is already in use', 'emailTaken'],
  ['refers to a record that does not exist', 'missingRecord'],
  ['refers to records that do not exist', 'missingRecord'],
  ['must be active users of your organisation', 'activeUsers'],
  ['must be an active user of your organisation', 'activeUser'],
  ['is not your current password', 'notCurrentPassword'],
  ['must contain letters and at least one digit or symbol', 'passwordMix'],
  ['is too easy to guess', 'passwordGuessable'],
  ['must be an email address', 'email'],
  ['must be a date (YYYY-MM-DD)', 'date'],
  ['must be a whole year, e.g. 1988', 'wholeYear'],
  ['cannot be in the future', 'future'],
  ['a value is out of range or malformed', 'malformed'],
  [/^must be at least (\d+) characters$/, 'minLength', (m) => ({ min: m[1] })],
  [/^must be shorter than or equal to (\d+) characters$/, 'maxLength', (m) => ({ max: m[1] })],
  [/^must be (\d+) or later$/, 'minValue', (m) => ({ min: m[1] })],
  [/^must not be less than (-?[\d.]+)$/, 'minValue', (m) => ({ min: m[1] })],
  [/^must not be greater than (-?[\d.]+)$/, 'maxValue', (m) => ({ max: m[1] })],
  [/^must be one of: (.+)$/, 'oneOf', (m) => ({ values: m[1] })],
  [/^cannot be before the start date(?: \((.+)\))?$/, 'beforeStart', (m) => ({ date: m[1] ?? '' })],
  [/^cannot move from \w+ to \w+;/, 'guards.errors.statusMove'],
  ['is required to end a placement', 'guards.errors.endReasonRequired'],
  ['is only for an ended placement', 'guards.errors.endReasonOnlyEnded'],
  [/^must be after the end date it extends \((.+)\)$/, 'guards.errors.extendsEndDate', (m) => ({ date: m[1] })],
  [/^cannot be before the last status change \(\w+ on (.+)\)$/, 'guards.errors.beforeLastChange', (m) => ({ date: m[1] })],
  ['an obstacle cannot block itself', 'guards.errors.blockSelf'],
  ['is required when the obstacle is resolved', 'guards.errors.resolvedOnRequired'],
  ['an employer or a contact is required', 'guards.errors.employerOrContact'],
  // Whole-request messages (notifications).
  ['Validation failed', 'validationFailed'],
  ['Wrong email or password', 'wrongLogin'],
  [/^Too many sign-in attempts/, 'tooManyAttempts'],
  ['You may not do this', 'forbidden'],
  [/^.+ was changed by someone else\b.*reload and try again$/, 'staleVersion'],
  ['The record was changed at the same time; try again', 'concurrentChange'],
  ['A record with these values already exists', 'duplicate'],
  [/^This household still has (\d+) member\(s\); remove them first$/, 'householdHasMembers', (m) => ({ smart_count: Number(m[1]) })],
  [/^.+ not found$/, 'notFound'],
  ['Internal server error', 'internal'],
];

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The i18n key and arguments for a known server message, or undefined. */
export function serverErrorKey(message: string): { key: string; args: Record<string, string | number> } | undefined {
  const specific = serverMessageKey(message);
  if (specific) return specific;
  for (const [pattern, key, args] of RULES) {
    const path = key.startsWith('guards.') ? `app.${key}` : `app.serverErrors.${key}`;
    if (typeof pattern === 'string') {
      if (message === pattern) return { key: path, args: {} };
      continue;
    }
    const match = pattern.exec(message);
    if (match) return { key: path, args: args?.(match) ?? {} };
  }
  return undefined;
}

/** A server message in the UI's language when known; unknown messages pass through unchanged. */
export function translateServerMessage(message: string, translate: Translate): string {
  const known = serverErrorKey(message);
  return known ? translate(known.key, { ...known.args, _: message }) : message;
}

type Errors = { [field: string]: string | Errors };

function translateErrors(errors: Errors, translate: Translate): Errors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, value]) => [
      field,
      typeof value === 'string' ? translateServerMessage(value, translate) : translateErrors(value, translate),
    ]),
  );
}

/** The same error with its message and field messages translated, for forms and notifications. */
export function translateHttpError(error: HttpError, translate: Translate): HttpError {
  const body = error.body as { message?: unknown; errors?: Errors } | undefined;
  const translatedBody =
    body && typeof body === 'object'
      ? {
          ...body,
          ...(typeof body.message === 'string' && { message: translateServerMessage(body.message, translate) }),
          ...(body.errors && typeof body.errors === 'object' && { errors: translateErrors(body.errors, translate) }),
        }
      : body;
  return new HttpError(translateServerMessage(error.message, translate), error.status, translatedBody);
}


/**
 * Every field error also in the form's notification, each with its field's
 * label: a form marks the inputs it has, and the notification names the rest
 * (a field the form does not show, e.g. one a dialog sets itself), so no 422
 * reads as a nameless "some fields need attention". react-admin shows
 * `errors.root.serverError` as that notification.
 */
export function withFieldSummary(resource: string, error: HttpError, translate: Translate): HttpError {
  const body = error.body as { errors?: Errors } | undefined;
  const errors = body?.errors;
  if (!errors || typeof errors !== 'object') return error;
  const root = errors.root && typeof errors.root === 'object' ? errors.root.serverError : undefined;
  const parts = Object.entries(errors)
    .filter(([field, message]) => field !== 'root' && typeof message === 'string')
    .map(([field, message]) => `${fieldLabel(resource, field, translate)}: ${message}`);
  if (typeof root === 'string') parts.unshift(root);
  if (parts.length === 0) return error;
  const summary = parts.join(' · ');
  return new HttpError(error.message, error.status, { ...body, errors: { ...errors, root: { serverError: summary } } });
}

/** The label a form shows for a field (`languageLevels.nl` → the label of `languageLevels`). */
function fieldLabel(resource: string, field: string, translate: Translate): string {
  const head = field.split('.')[0];
  return translate(`resources.${resource}.fields.${head}`, { _: translate(`app.guards.fields.${head}`, { _: head }) });
}
