/**
 * What each kind of import reads: the fields a column can be mapped to, in
 * the API's own names, and which of them a row must have. The client shows
 * them in this order; docs/api.md lists them.
 */
export const IMPORT_KINDS = ['households', 'contact-logs', 'employers', 'placements'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['uploaded', 'checking', 'checked', 'importing', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportField {
  name: string;
  required: boolean;
  /** A list in one cell, separated by ";" or ",". */
  list?: boolean;
}

const field = (name: string, required = false, list = false): ImportField => ({ name, required, list });

export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  // One row per member; the household's columns may repeat on each of its rows or stand on the first only.
  households: [
    field('reference', true),
    field('municipality'),
    field('shelterType'),
    field('shelterEndDate'),
    field('protectionBasis'),
    field('protectionEndDate'),
    field('track'),
    field('status'),
    field('languages', false, true),
    field('notes'),
    field('firstName'),
    field('birthYear'),
    field('gender'),
    field('householdRole'),
  ],
  'contact-logs': [
    field('householdReference', true),
    field('occurredAt', true),
    field('minutes', true),
    field('channel', true),
    field('persons', false, true),
    field('labels', false, true),
    field('language'),
    field('note'),
  ],
  employers: [
    field('name', true),
    field('city'),
    field('sector'),
    field('contactName'),
    field('contactEmail'),
    field('contactPhone'),
    field('status'),
    field('notes'),
  ],
  placements: [
    field('householdReference', true),
    field('personFirstName', true),
    field('type', true),
    field('employerName'),
    field('employerCity'),
    field('status'),
    field('startDate'),
    field('endDate'),
    field('contractType'),
    field('hoursPerWeek'),
    field('sector'),
    field('jobTitle'),
    field('source'),
    field('notes'),
  ],
};

/**
 * The columns a fresh upload is mapped to before anyone chose: a column
 * whose header is the field's name (in any case, spaces and dashes aside),
 * or one of the usual Dutch, English and Ukrainian headers for it.
 */
const HEADER_ALIASES: Record<string, string[]> = {
  reference: ['referentie', 'dossier', 'dossiernummer', 'ref', 'посилання', 'номер справи'],
  householdReference: ['huishouden', 'household', 'referentie', 'reference', 'dossier', 'домогосподарство'],
  municipality: ['gemeente', 'громада', 'муніципалітет'],
  firstName: ['voornaam', 'naam', 'first name', "ім'я", 'імя'],
  personFirstName: ['voornaam', 'persoon', 'person', 'first name', "ім'я"],
  birthYear: ['geboortejaar', 'year of birth', 'рік народження'],
  gender: ['geslacht', 'стать'],
  occurredAt: ['datum', 'date', 'дата'],
  minutes: ['minuten', 'duur', 'duration', 'хвилини'],
  channel: ['kanaal', 'канал'],
  labels: ['labels', 'thema', "thema's", 'themes', 'теми', 'мітки'],
  note: ['notitie', 'notes', 'verslag', 'нотатка'],
  notes: ['notities', 'opmerkingen', 'нотатки'],
  name: ['naam', 'werkgever', 'employer', 'назва'],
  city: ['plaats', 'stad', 'місто'],
  employerName: ['werkgever', 'employer', 'роботодавець'],
  startDate: ['startdatum', 'start', 'begindatum', 'дата початку'],
  endDate: ['einddatum', 'end', 'дата завершення'],
  hoursPerWeek: ['uren per week', 'uren', 'hours', 'годин на тиждень'],
  jobTitle: ['functie', 'job', 'посада'],
};

export function guessMapping(kind: ImportKind, columns: string[]): Record<string, string> {
  const normal = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
  const byHeader = new Map(columns.map((column) => [normal(column), column]));
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  for (const { name } of IMPORT_FIELDS[kind]) {
    const spelled = normal(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
    const candidates = [spelled, normal(name), ...(HEADER_ALIASES[name] ?? []).map(normal)];
    const column = candidates.map((c) => byHeader.get(c)).find((c) => c !== undefined && !taken.has(c));
    if (column) {
      mapping[name] = column;
      taken.add(column);
    }
  }
  return mapping;
}
