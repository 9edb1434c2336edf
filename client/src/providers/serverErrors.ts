import { HttpError } from 'react-admin';
import type { components } from '../api/schema';

type ErrorCode = components['schemas']['ErrorCode'];
type FieldErrorCode = components['schemas']['FieldErrorCode'];
/** The values an error's sentence names (`params` of the error body). */
type ErrorParams = Record<string, string | number>;
import { formatDay } from '../common/dates';
import { formatNumber } from '../common/formats';

export type { ErrorCode, ErrorParams, FieldErrorCode };

/**
 * The API answers every error with a code (docs/api.md, "Error codes"): the
 * body's `code` and, for a 422, one per field in `fieldCodes`, each with the
 * `params` its sentence names. The UI translates by code, under
 * `app.errorCodes.answer.<code>` and `app.errorCodes.field.<code>` (en.ts
 * holds one for every code of the server's list, so a new code fails the
 * type check until it is translated). The English `message` is shown only
 * for an answer without a code (not from this API, e.g. a proxy's 502).
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

interface CodedField {
  code: FieldErrorCode;
  params?: ErrorParams;
}

interface ErrorBody {
  code?: ErrorCode;
  message?: string;
  params?: ErrorParams;
  errors?: Record<string, string | { serverError?: string }>;
  fieldCodes?: Record<string, CodedField>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Params in the reader's language: dates and decimals in their format, `count`
 * also as polyglot's `smart_count` (plural forms).
 */
function localParams(params: ErrorParams | undefined): Record<string, string | number> {
  const local: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    // Whole numbers stay as they are (a year, a length); others get the reader's decimal sign.
    if (typeof value === 'number') local[name] = Number.isInteger(value) ? value : formatNumber(value, 2);
    else local[name] = DAY.test(value) ? formatDay(value) : value;
  }
  if (typeof params?.count === 'number') local.smart_count = params.count;
  return local;
}

/** The sentence for an answer's code, or the English message when the answer has no code. */
export function translateAnswer(body: unknown, translate: Translate, fallback = ''): string {
  const { code, message, params } = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  if (!code) return message ?? fallback;
  return translate(`app.errorCodes.answer.${code}`, { ...localParams(params), _: message ?? fallback });
}

/** The sentence for one field of a 422, by its code; the English message when it has none. */
export function translateField(body: unknown, field: string, translate: Translate): string | undefined {
  const { errors, fieldCodes } = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  const raw = errors?.[field];
  const message = typeof raw === 'string' ? raw : raw?.serverError;
  const coded = fieldCodes?.[field];
  if (!coded) return message;
  return translate(`app.errorCodes.field.${coded.code}`, { ...localParams(coded.params), _: message ?? coded.code });
}

/** The same error with its message and field messages translated, for forms and notifications. */
export function translateHttpError(error: HttpError, translate: Translate): HttpError {
  const body = error.body as ErrorBody | undefined;
  if (!body || typeof body !== 'object') return error;
  const message = translateAnswer(body, translate, error.message);
  const errors =
    body.errors && typeof body.errors === 'object'
      ? Object.fromEntries(
          Object.keys(body.errors).map((field) => {
            const text = translateField(body, field, translate) ?? '';
            return [field, field === 'root' ? { serverError: text } : text];
          }),
        )
      : undefined;
  return new HttpError(message, error.status, { ...body, message, ...(errors && { errors }) });
}

type Errors = { [field: string]: string | Errors };

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
    .filter((entry): entry is [string, string] => entry[0] !== 'root' && typeof entry[1] === 'string')
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
