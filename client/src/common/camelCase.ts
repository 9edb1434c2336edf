import type { CamelCase } from '../api/types';

/** `not_resolvable` → `notResolvable`: the API names report columns after enum values this way. */
export const camelCase = <S extends string>(value: S) =>
  value.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
