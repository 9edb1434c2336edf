import type { FieldErrorCode } from '../errors/error-codes.js';
/**
 * Bounds on the shape of JSON a client may send. No form or script of ours
 * comes near them (the widest body is a record of ~60 fields, the longest
 * array the 1,000 ids of a bulk action, the deepest three levels); far past
 * them, parsing and validation cost grows with the input (50,000 keys took
 * seconds of the single event loop), so they are refused before either runs.
 */
export interface JsonShapeLimits {
  /** Nesting levels of objects and arrays. */
  maxDepth: number;
  /** Keys in one object. */
  maxKeysPerObject: number;
  /** Items in one array. */
  maxArrayLength: number;
  /** Values in the whole document (every key's value and every array item). */
  maxValues: number;
}

export const JSON_LIMITS: JsonShapeLimits = {
  maxDepth: 20,
  maxKeysPerObject: 200,
  maxArrayLength: 1000,
  maxValues: 10_000,
};

export interface JsonShapeProblem {
  /** `depth` is a malformed document (400); the others are too much of it (413). */
  kind: 'depth' | 'keys' | 'array' | 'values';
  message: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Checks the shape of JSON text without parsing it: one pass over the bytes
 * that skips strings with `indexOf` and counts commas per open container. It
 * stops at the first limit passed, so a body of 50,000 keys costs the bytes
 * up to its 201st key. Syntax errors are left to JSON.parse afterwards; this
 * only needs to be right for text that would parse.
 */
export function jsonShapeProblem(
  text: Uint8Array | string,
  limits: JsonShapeLimits = JSON_LIMITS,
): JsonShapeProblem | undefined {
  const bytes =
    typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  // For each open container: whether it is an array, and how many commas it holds so far.
  const isArray: boolean[] = [];
  const commas: number[] = [];
  let values = 1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      i = endOfString(bytes, i);
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (isArray.length >= limits.maxDepth) {
        return { kind: 'depth', message: `is nested too deeply (at most ${limits.maxDepth} levels)` };
      }
      isArray.push(c === OPEN_ARRAY);
      commas.push(0);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      isArray.pop();
      commas.pop();
    } else if (c === COMMA && commas.length > 0) {
      const top = commas.length - 1;
      const members = ++commas[top] + 1;
      if (isArray[top] && members > limits.maxArrayLength) {
        return { kind: 'array', message: `has an array of more than ${limits.maxArrayLength} items` };
      }
      if (!isArray[top] && members > limits.maxKeysPerObject) {
        return { kind: 'keys', message: `has an object with more than ${limits.maxKeysPerObject} keys` };
      }
      if (++values > limits.maxValues) {
        return { kind: 'values', message: `has more than ${limits.maxValues} values` };
      }
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opened at `start` (or the end of the text). */
function endOfString(bytes: Buffer, start: number): number {
  let at = start;
  for (;;) {
    at = bytes.indexOf(QUOTE, at + 1);
    if (at === -1) return bytes.length;
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** In a `u` regex a valid pair is one code point, so only a half pair is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

export type TextProblem = 'must not contain NUL characters' | 'must not contain unpaired surrogates';

/** What is wrong with one string, if anything: PostgreSQL text holds neither NUL nor half a character. */
export function textProblem(value: string): TextProblem | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  // A lone surrogate (e.g. JSON "\ud800") would be stored as U+FFFD: silently other text than was sent.
  if (LONE_SURROGATE.test(value)) return 'must not contain unpaired surrogates';
  return undefined;
}

/**
 * The strings (values and keys) in a parsed JSON value that PostgreSQL could
 * not store as sent, by dotted path (`name.en`, `labelIds.0`); at most `max`.
 * Iterative with a depth bound, so no input can exhaust the call stack.
 */
export function textProblems(
  value: unknown,
  max = 50,
  maxDepth = JSON_LIMITS.maxDepth,
): Array<[path: string, message: string, code: FieldErrorCode]> {
  const found: Array<[string, string, FieldErrorCode]> = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && found.length < max) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) found.push([path || 'root', problem, 'invalid_text']);
      continue;
    }
    if (!current || typeof current !== 'object') continue;
    if (depth >= maxDepth) {
      found.push([path || 'root', `is nested too deeply (at most ${maxDepth} levels)`, 'too_deep']);
      continue;
    }
    const entries = Object.entries(current as Record<string, unknown>);
    // Pushed in reverse so that problems come out in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const childPath = path ? `${path}.${key}` : key;
      const keyProblem = Array.isArray(current) ? undefined : textProblem(key);
      if (keyProblem) found.push([path || 'root', `keys ${keyProblem}`, 'invalid_text']);
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return found;
}
