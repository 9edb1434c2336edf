import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badRequest, validationFailed, type FieldErrors } from './app-error.js';
import { textProblems } from '../validation/json-shape.js';

/**
 * Constraints that say what kind of value a field takes. When a value is of
 * the wrong kind, the other constraints fail too ("abc" is also not a past
 * year); the kind is what the caller has to fix, so its message wins.
 */
const TYPE_CONSTRAINTS = [
  'isArray',
  'isObject',
  'nestedValidation',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isDateString',
  'isIso8601',
  'isDate',
  'isCalendarDate',
  'isEnum',
  'isIn',
  'isUuid',
  'isEmail',
];

/** Flattens class-validator's tree into `{ "languageLevels.nl": "must be one of ..." }`. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      result[field] = friendly(error);
    }
    if (error.children?.length) {
      Object.assign(result, toFieldErrors(error.children, field));
    }
  }
  return result;
}

function friendly(error: ValidationError): string {
  const constraints = error.constraints!;
  if (constraints.whitelistValidation) return 'is not a known field';
  if (error.value === undefined || error.value === null) return 'is required';
  const typeCheck = TYPE_CONSTRAINTS.find((name) => constraints[name] !== undefined);
  const message = typeCheck ? constraints[typeCheck] : Object.values(constraints)[0];
  // class-validator's defaults start with the property name; the client shows the message next to it.
  return message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message;
}

/**
 * class-validator's pipe with the checks every route needs before it: a body
 * is a JSON object, no text holds NUL or an unpaired surrogate (PostgreSQL
 * would refuse the one and store U+FFFD for the other), and path and query
 * values neither. The body's size and shape were bounded when it was read
 * (common/http/json-body.ts), so these walks are cheap.
 * All constraints run (no stopAtFirstError) so `friendly` can pick the type message.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined) {
      const whole = metadata.data === undefined;
      if (whole && (typeof value !== 'object' || value === null || Array.isArray(value))) {
        throw badRequest('The request body must be a JSON object');
      }
      const problems = textProblems(value);
      if (problems.length) throw validationFailed(Object.fromEntries(problems));
    }
    if (metadata.type === 'param' || metadata.type === 'query') {
      const [problem] = textProblems(value, 1);
      if (problem) throw badRequest(`${metadata.type === 'param' ? 'The path' : 'A query parameter'} ${problem[1]}`);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}
