import type { ImportJob, ImportKind } from '../api/types';
import { translateAnswer, translateField, type Translate } from '../providers/serverErrors';

/** Import fields that are no field of a resource: a household named by its reference, labels by name. */
const OWN_FIELDS = new Set([
  'householdReference',
  'persons',
  'labels',
  'personFirstName',
  'employerName',
  'employerCity',
]);
const PERSON_FIELDS = new Set(['firstName', 'birthYear', 'gender', 'householdRole']);

/** A field's name as its resource's form shows it, so a column maps to the words people know. */
export function importFieldLabel(translate: Translate, kind: ImportKind, field: string): string {
  if (OWN_FIELDS.has(field)) return translate(`resources.imports.importFields.${field}`);
  const resource = kind === 'households' ? (PERSON_FIELDS.has(field) ? 'persons' : 'households') : kind;
  return translate(`resources.${resource}.fields.${field}`);
}

/** Which of the texts says how rows are matched without a chosen column. */
export const naturalKeyOf = (kind: ImportKind) =>
  kind === 'households' || kind === 'employers' ? kind : ('other' as const);

/** A refused row's reason in the reader's language: a field's code, or the answer's where the whole row was refused. */
export function problemText(translate: Translate, problem: ImportJob['errors'][number]): string {
  const coded = { fieldCodes: { row: { code: problem.code, params: problem.params } } };
  // A code that is no field code translates to nothing here, and is an answer's code.
  const asField = translateField(coded, 'row', (key, options) => translate(key, { ...options, _: '' }));
  return asField || translateAnswer({ code: problem.code, message: problem.message }, translate);
}
