import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../errors/error-codes.js';

type Operation = {
  parameters?: Array<Record<string, unknown>>;
  responses: Record<string, Record<string, unknown>>;
  security?: unknown[];
};

/**
 * Collections that answer with Content-Range but take no sort, range or
 * filter (they are short by nature), with the reason.
 */
const LISTS_WITHOUT_PARAMETERS: Record<string, string> = {
  '/api/coding-samples': 'an organisation draws a handful of samples; the list answers all of them',
};

/** The code of an answer and the values its sentence names (docs/api.md, "Error codes"). */
const CODE_PROPERTIES = {
  code: { allOf: [{ $ref: '#/components/schemas/ErrorCode' }], description: 'Stable machine code; a client translates by it' },
  params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'Values the message names' },
};

const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 404 },
    ...CODE_PROPERTIES,
    message: { type: 'string', example: 'Household not found' },
  },
};

const VALIDATION_ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message', 'errors', 'fieldCodes'],
  properties: {
    statusCode: { type: 'integer', example: 422 },
    ...CODE_PROPERTIES,
    message: { type: 'string', example: 'Validation failed' },
    fieldCodes: {
      type: 'object',
      description: 'The code of each field of `errors`, under the same names (`root` for the record as a whole), with its params.',
      additionalProperties: {
        type: 'object',
        required: ['code'],
        properties: {
          code: { $ref: '#/components/schemas/FieldErrorCode' },
          params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
        },
      },
      example: { birthYear: { code: 'date_in_future' }, root: { code: 'record_missing' } },
    },
    errors: {
      type: 'object',
      description: 'Messages keyed by field (dotted for nested fields); `root.serverError` for the record as a whole.',
      additionalProperties: {},
      example: { birthYear: 'cannot be in the future', root: { serverError: 'refers to a record that does not exist' } },
    },
  },
};

const SERVER_ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer', example: 500 },
    ...CODE_PROPERTIES,
    message: { type: 'string', example: 'Internal server error' },
    requestId: { type: 'string', description: 'Also in the server log.' },
  },
};

const LIST_PARAMETERS = [
  {
    name: 'sort',
    in: 'query',
    required: false,
    description: 'JSON `[field, "ASC"|"DESC"]`; an unknown field is a 400.',
    schema: { type: 'string', example: '["createdAt","DESC"]' },
  },
  {
    name: 'range',
    in: 'query',
    required: false,
    description: 'JSON `[first, last]`, inclusive and zero-based; at most 1000 rows a page (default `[0,24]`).',
    schema: { type: 'string', example: '[0,24]' },
  },
  {
    name: 'filter',
    in: 'query',
    required: false,
    description:
      'JSON object: `q` searches the text fields, `id` (an array) fetches those records, any other allowed key filters by ' +
      'equality (an array means "one of"), `<field>_gte` / `<field>_lte` bound dates and numbers. Unknown keys are a 400.',
    schema: { type: 'string', example: '{"q":"kyiv"}' },
  },
];

const CONTENT_RANGE = {
  'Content-Range': {
    description: '`<resource> <first>-<last>/<total>` (`*` for no rows), the total after filtering.',
    schema: { type: 'string', example: 'households 0-24/319' },
  },
};

const error = (description: string, schema = 'Error') => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

/**
 * The REST dialect in the OpenAPI document, added once for every route rather
 * than decorated on each: list parameters and Content-Range on collections,
 * and the error answers of api-conventions on every operation.
 */
export function describeRestDialect(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = {
    ...document.components.schemas,
    // Named, so a client gets one type and one list of values for each.
    ErrorCode: { type: 'string', enum: Object.keys(ERROR_CODES) },
    FieldErrorCode: { type: 'string', enum: Object.keys(FIELD_ERROR_CODES) },
    Error: ERROR_SCHEMA,
    ValidationError: VALIDATION_ERROR_SCHEMA,
    ServerError: SERVER_ERROR_SCHEMA,
  };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      if (method === 'get' && isList(path, paths)) describeList(path, operation);
      addErrors(path, method, operation);
    }
  }
  return document;
}

/** `GET /api/x` is a collection when `GET /api/x/{id}` shows one of its records. */
export function isList(path: string, paths: Record<string, Record<string, Operation>>): boolean {
  return !path.includes('{') && paths[`${path}/{id}`]?.get !== undefined;
}

function describeList(path: string, operation: Operation): void {
  if (!(path in LISTS_WITHOUT_PARAMETERS)) {
    const taken = new Set((operation.parameters ?? []).map((p) => p.name));
    operation.parameters = [...(operation.parameters ?? []), ...LIST_PARAMETERS.filter((p) => !taken.has(p.name))];
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (status.startsWith('2')) response.headers = { ...(response.headers as object), ...CONTENT_RANGE };
  }
}

function addErrors(path: string, method: string, operation: Operation): void {
  const write = method === 'post' || method === 'put' || method === 'patch';
  const errors: Record<string, Record<string, unknown>> = {
    '400': error('Malformed JSON, query parameter or path'),
  };
  if (operation.security?.length) {
    errors['401'] = error('No or an expired bearer token');
    errors['403'] = error('The role may not do this');
  }
  if (path.includes('{')) errors['404'] = error('No such record in the organisation (records of other organisations are not found either)');
  if (write || method === 'delete') errors['409'] = error('A stale `version`, or a value that must be unique is taken');
  if (write) {
    errors['413'] = error('The body is over 1 MB, or has an object of over 200 keys, an array of over 1,000 items or over 10,000 values');
    errors['415'] = error('The body is not UTF-8 `application/json`');
    errors['422'] = error('Validation failed; messages per field', 'ValidationError');
  }
  if (path === '/api/auth/login' || path === '/api/auth/change-password') {
    errors['429'] = error('Too many attempts from this address (for this email); `Retry-After` says when to try again');
  }
  errors['500'] = error('Unexpected; the request id is in the server log', 'ServerError');
  for (const [status, response] of Object.entries(errors)) {
    operation.responses[status] ??= response;
  }
}
