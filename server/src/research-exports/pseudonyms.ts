import { createHmac, randomBytes } from 'node:crypto';
import type { CellKind } from './research-dataset.js';

/**
 * Pseudonyms: a keyed hash (HMAC-SHA-256) of the internal id with the
 * organisation's secret. The same id gives the same pseudonym in every export
 * of the organisation while the key lasts; another organisation's key gives
 * another; without the key nobody can go from a pseudonym back to an id (or
 * check a guessed one). Rotating the key (a new secret) breaks the link with
 * earlier exports on purpose. 80 bits: no collisions at any realistic size.
 */
export class Pseudonymizer {
  /** Persons and households come back on many rows (every log names them): each is hashed once. */
  private readonly known = new Map<string, string>();

  constructor(private readonly secret: string) {}

  of(prefix: 'P' | 'H' | 'R', id: string): string {
    if (prefix === 'R') return this.hash(prefix, id);
    const key = prefix + id;
    let pseudonym = this.known.get(key);
    if (pseudonym === undefined) this.known.set(key, (pseudonym = this.hash(prefix, id)));
    return pseudonym;
  }

  private hash(prefix: string, id: string): string {
    return `${prefix}-${createHmac('sha256', this.secret).update(id).digest('hex').slice(0, 20)}`;
  }

  /** One cell of a CSV from its raw value, as its column's kind says. */
  cell(kind: CellKind, value: unknown): string {
    if (value === null || value === undefined) return '';
    switch (kind) {
      case 'person':
        return this.of('P', value as string);
      case 'household':
        return this.of('H', value as string);
      case 'record':
        return this.of('R', value as string);
      case 'persons':
        return (value as string[]).map((id) => this.of('P', id)).join(';');
      case 'records':
        return (value as string[]).map((id) => this.of('R', id)).join(';');
      default:
        // Text, numbers and booleans from the database (the dataset's SQL makes every cell a scalar).
        if (typeof value === 'string') return value;
        if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
          return value.toString();
        return JSON.stringify(value);
    }
  }
}

export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading formula character is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
