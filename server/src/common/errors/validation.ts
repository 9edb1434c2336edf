import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validationFailed, type FieldErrors } from './app-error.js';

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
  // class-validator's defaults start with the property name; the client shows the message next to it.
  const message = Object.values(constraints)[0];
  return message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}
