import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import {
  badRequest,
  problem,
  validationFailed,
  type ErrorParams,
  type FieldErrorCode,
  type FieldErrors,
  type FieldProblem,
} from './app-error.js';
import { JSON_LIMITS, textProblems } from '../validation/json-shape.js';
import { passwordProblemCode } from '../../auth/password.js';

/**
 * Constraints that say what kind of value a field takes, with their codes.
 * When a value is of the wrong kind, the other constraints fail too ("abc" is
 * also not a past year); the kind is what the caller has to fix, so it wins.
 */
const TYPE_CONSTRAINTS: Array<[constraint: string, code: FieldErrorCode]> = [
  ['isArray', 'not_list'],
  ['isObject', 'not_object'],
  ['nestedValidation', 'not_object'],
  ['isString', 'not_text'],
  ['isInt', 'not_integer'],
  ['isNumber', 'not_number'],
  ['isBoolean', 'not_boolean'],
  ['isDateString', 'invalid_date_time'],
  ['isIso8601', 'invalid_date_time'],
  ['isDate', 'invalid_date'],
  ['isCalendarDate', 'invalid_date'],
  ['isEnum', 'not_allowed_value'],
  ['isIn', 'not_allowed_value'],
  ['isUuid', 'invalid_id'],
  ['isEmail', 'invalid_email'],
];

/** Codes of the other constraints, with the constraint's parameters a client puts in its sentence. */
const CONSTRAINT_CODES: Record<string, { code: FieldErrorCode; params?: (args: unknown[]) => ErrorParams }> = {
  isNotEmpty: { code: 'required' },
  isNotBlank: { code: 'required' },
  isDefined: { code: 'required' },
  matches: { code: 'invalid_format' },
  maxLength: { code: 'too_long', params: ([max]) => ({ max: Number(max) }) },
  minLength: { code: 'too_short', params: ([min]) => ({ min: Number(min) }) },
  max: { code: 'too_large', params: ([max]) => ({ max: Number(max) }) },
  min: { code: 'too_small', params: ([min]) => ({ min: Number(min) }) },
  arrayMaxSize: { code: 'too_many_items', params: ([max]) => ({ max: Number(max) }) },
  arrayMinSize: { code: 'too_few_items', params: ([min]) => ({ min: Number(min) }) },
  arrayNotEmpty: { code: 'too_few_items', params: () => ({ min: 1 }) },
  arrayUnique: { code: 'invalid_value' },
  isNotFutureYear: { code: 'date_in_future' },
};

const PARAMS_OF_TYPES: Partial<Record<string, (args: unknown[]) => ErrorParams>> = {
  isIn: ([values]) => ({ values: (values as unknown[]).join(', ') }),
  isEnum: ([values]) => ({ values: Object.values(values as object).join(', ') }),
  isNumber: ([options]): ErrorParams => {
    const decimals = (options as { maxDecimalPlaces?: number } | undefined)?.maxDecimalPlaces;
    return decimals === undefined ? {} : { decimals };
  },
};

/** Flattens class-validator's tree into `{ "languageLevels.nl": { code, message, params } }`. */
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

function friendly(error: ValidationError): FieldProblem {
  const constraints = error.constraints!;
  if (constraints.whitelistValidation) return problem('unknown_field', 'is not a known field');
  if (error.value === undefined || error.value === null) return problem('required', 'is required');
  const type = TYPE_CONSTRAINTS.find(([name]) => constraints[name] !== undefined);
  const name = type ? type[0] : Object.keys(constraints)[0];
  const message = unprefixed(constraints[name], error.property);
  if (name === 'isStrongPassword') {
    const weak = typeof error.value === 'string' ? passwordProblemCode(error.value) : undefined;
    return weak ? problem(weak.code, message, weak.params) : problem('not_text', message);
  }
  const args = constraintArgs(error, name);
  if (type) return problem(type[1], message, PARAMS_OF_TYPES[name]?.(args));
  const known = CONSTRAINT_CODES[name];
  return problem(known?.code ?? 'invalid_value', message, known?.params?.(args));
}

/** class-validator's defaults start with the property name; the client shows the message next to it. */
function unprefixed(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/**
 * The parameters of a failed constraint (a maximum length, the allowed
 * values), from the DTO's metadata: class-validator's error carries only the
 * message. `target` is the object validated (the pipe keeps it for this).
 */
function constraintArgs(error: ValidationError, name: string): unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  return argsOf(target.constructor as DtoClass).get(`${error.property}\u0000${name}`) ?? [];
}

/** A DTO class's constraint parameters by property and constraint name, read once per class. */
type DtoClass = abstract new (...args: never[]) => unknown;
const ARGS = new WeakMap<DtoClass, Map<string, unknown[]>>();
function argsOf(dto: DtoClass): Map<string, unknown[]> {
  let args = ARGS.get(dto);
  if (!args) {
    args = new Map();
    for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
      const key = `${m.propertyName}\u0000${m.name}`;
      if (m.name && !args.has(key)) args.set(key, (m.constraints as unknown[] | undefined) ?? []);
    }
    ARGS.set(dto, args);
  }
  return args;
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
        throw badRequest('The request body must be a JSON object', 'body_not_object');
      }
      const problems = textProblems(value);
      if (problems.length)
        throw validationFailed(
          Object.fromEntries(
            problems.map(([field, message, code]) => [
              field,
              problem(code, message, code === 'too_deep' ? { max: JSON_LIMITS.maxDepth } : undefined),
            ]),
          ),
        );
    }
    if (metadata.type === 'param' || metadata.type === 'query') {
      const [found] = textProblems(value, 1);
      if (found)
        throw badRequest(
          `${metadata.type === 'param' ? 'The path' : 'A query parameter'} ${found[1]}`,
          metadata.type === 'param' ? 'invalid_path' : 'invalid_query',
        );
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The validated object stays on each error so that `constraintArgs` finds its class.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}
