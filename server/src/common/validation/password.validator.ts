import { ValidateBy, type ValidationOptions } from 'class-validator';
import { passwordProblem } from '../../auth/password.js';

export function IsStrongPassword(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isStrongPassword',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === undefined,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? (passwordProblem(args.value) ?? 'is too weak') : 'must be text',
      },
    },
    options,
  );
}
