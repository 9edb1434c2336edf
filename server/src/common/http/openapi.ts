import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { OTHER_RECORDS, RECORDS, SHARED_SCHEMAS, recordSchema, type Schema } from './openapi-records.js';
import { describeRequestFields } from './openapi-request-fields.js';
import { ANSWER_SCHEMAS } from './openapi-answers.js';
import { listParameters, listSpecs } from './openapi-lists.js';
import type { ListSpec } from '../list/list-spec.js';

type Operation = {
  parameters?: Array<Record<string, unknown>>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, Record<string, unknown>>;
  security?: unknown[];
};

/**
 * Collections that answer with Content-Range but take no sort, range or
 * filter (they are short by nature), with the reason.
 */
const LISTS_WITHOUT_PARAMETERS: Record<string, string> = {
  '/api/coding-samples': 'an organisation draws a handful of samples; the list answers all of them',
  '/api/research-exports': "the organisation's latest 100 exports, newest first",
};

/** The code of an answer and the values its sentence names (docs/api.md, "Error codes"). */
const CODE_PROPERTIES = {
  code: {
    allOf: [{ $ref: '#/components/schemas/ErrorCode' }],
    description: 'Stable machine code; a client translates by it',
  },
  params: {
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'Values the message names',
  },
};

/**
 * The error body (docs/api.md), the one place that describes it: every error
 * answer of the document refers to these three schemas.
 */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 404 },
    ...CODE_PROPERTIES,
    message: { type: 'string', example: 'Household not found' },
    organizations: {
      type: 'array',
      description:
        'Sign-in only (409): the organisations in which the password opens an account; sign in again with one `organizationId`.',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
      },
    },
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
      description:
        'The code of each field of `errors`, under the same names (`root` for the record as a whole), with its params.',
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
      example: {
        birthYear: 'cannot be in the future',
        root: { serverError: 'refers to a record that does not exist' },
      },
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
 * than decorated on each: list parameters (from each list's ListSpec) and
 * Content-Range on collections, each resource's record on its CRUD routes,
 * request fields typed from their validators, and the error answers of
 * api-conventions on every operation. With the app, the document is exact;
 * without it, request fields and list filters stay as Swagger reads them.
 */
export function describeRestDialect(document: OpenAPIObject, app?: INestApplication): OpenAPIObject {
  const dtos = app ? requestDtos(app) : [];
  const specs = app ? listSpecs(app) : {};
  document.components ??= {};
  const schemas = (document.components.schemas ??= {}) as Record<string, Schema>;
  Object.assign(schemas, {
    Error: ERROR_SCHEMA,
    ValidationError: VALIDATION_ERROR_SCHEMA,
    ServerError: SERVER_ERROR_SCHEMA,
    ...SHARED_SCHEMAS,
    ...ANSWER_SCHEMAS,
  });
  describeRequestFields(schemas, dtos);
  const paths = document.paths as Record<string, Record<string, Operation>>;
  describeRecords(paths, schemas);
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      if (method === 'get' && isList(path, paths)) describeList(path, operation, specs[path]);
      addErrors(path, method, operation);
    }
  }
  return document;
}

/**
 * Each resource's record schema (from its entity, see openapi-records.ts),
 * answered by the CRUD routes that do not describe their answer themselves:
 * a list of records, or one.
 */
function describeRecords(paths: Record<string, Record<string, Operation>>, schemas: Record<string, Schema>): void {
  for (const description of OTHER_RECORDS) schemas[description.name] = recordSchema(description);
  for (const [collection, description] of Object.entries(RECORDS)) {
    const schema = recordSchema(description);
    const body = paths[collection]?.post?.requestBody?.content?.['application/json']?.schema;
    takeEnums(schema, typeof body?.$ref === 'string' ? schemas[body.$ref.split('/').pop() ?? ''] : body, schemas);
    schemas[description.name] = schema;
    const ref = { $ref: `#/components/schemas/${description.name}` };
    const item = `${collection}/{id}`;
    answer(
      paths[collection]?.get,
      '200',
      { type: 'array', items: ref },
      'The page of records; the total is in `Content-Range`',
    );
    answer(paths[collection]?.post, '201', ref, 'The new record');
    answer(paths[item]?.get, '200', ref, 'The record');
    answer(paths[item]?.put, '200', ref, 'The record as stored');
    answer(paths[item]?.delete, '200', ref, 'The removed record');
  }
}

/** A column's allowed values, from the create body's field of the same name. */
function takeEnums(schema: Schema, body: Schema | undefined, schemas: Record<string, Schema>): void {
  const fields = body?.properties as Record<string, Schema> | undefined;
  if (!fields) return;
  for (const [name, property] of Object.entries(schema.properties as Record<string, Schema>)) {
    const field = fields[name];
    if (!field) continue;
    const enumOf = (s: Schema): Schema | undefined => {
      // A named enum is a `$ref` (or Swagger's `allOf: [$ref]` beside `nullable`).
      const named =
        (s.$ref as string | undefined) ?? ((s.allOf as Schema[] | undefined)?.[0]?.$ref as string | undefined);
      if (named) return schemas[named.split('/').pop() ?? '']?.enum ? { allOf: [{ $ref: named }] } : undefined;
      return s.enum ? { type: s.type, enum: s.enum } : undefined;
    };
    if (property.type === 'array' && fields[name].type === 'array') {
      const items = enumOf(field.items as Schema);
      if (items) property.items = items;
    } else {
      const values = enumOf(field);
      if (values) {
        delete property.type;
        Object.assign(property, values);
      }
    }
  }
}

function answer(operation: Operation | undefined, status: string, schema: Schema, description: string): void {
  if (!operation) return;
  const response = (operation.responses[status] ??= { description });
  response.content ??= { 'application/json': { schema } };
}

/** `GET /api/x` is a collection when `GET /api/x/{id}` shows one of its records. */
export function isList(path: string, paths: Record<string, Record<string, Operation>>): boolean {
  return !path.includes('{') && paths[`${path}/{id}`]?.get !== undefined;
}

function describeList(path: string, operation: Operation, spec: ListSpec | undefined): void {
  if (!(path in LISTS_WITHOUT_PARAMETERS)) {
    const taken = new Set((operation.parameters ?? []).map((p) => p.name));
    operation.parameters = [...(operation.parameters ?? []), ...listParameters(spec).filter((p) => !taken.has(p.name))];
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
  if (path.includes('{'))
    errors['404'] = error('No such record in the organisation (records of other organisations are not found either)');
  if (write || method === 'delete') errors['409'] = error('A stale `version`, or a value that must be unique is taken');
  if (write) {
    errors['413'] = error(
      'The body is over 1 MB, or has an object of over 200 keys, an array of over 1,000 items or over 10,000 values',
    );
    errors['415'] = error('The body is not UTF-8 `application/json`');
    errors['422'] = error('Validation failed; messages per field', 'ValidationError');
  }
  if (path === '/api/auth/login') {
    errors['401'] = error('Wrong email or password, or the account is inactive');
    errors['409'] = error(
      'The password opens accounts in several organisations: `organizations` lists them; sign in again with `organizationId`',
    );
  }
  if (path === '/api/auth/login' || path === '/api/auth/change-password') {
    errors['429'] = {
      ...error('Too many attempts from this address (for this email); `Retry-After` says when to try again'),
      headers: { 'Retry-After': { description: 'Seconds', schema: { type: 'integer' } } },
    };
  }
  if (path === '/api/notifications' && method === 'get')
    errors['404'] = error("`userId` names no active user of the admin's organisation");
  errors['500'] = error('Unexpected; the request id is in the server log', 'ServerError');
  for (const [status, response] of Object.entries(errors)) {
    operation.responses[status] ??= response;
  }
}

type Dto = abstract new (...args: never[]) => unknown;

/** The classes routes take as `@Body()` or `@Query()`: the request schemas describeRequestFields types. */
function requestDtos(app: INestApplication): Dto[] {
  const found = new Set<Dto>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const types = (Reflect.getMetadata('design:paramtypes', prototype, key) ?? []) as unknown[];
        for (const type of types) if (typeof type === 'function' && type.name.endsWith('Dto')) found.add(type as Dto);
      }
    }
  }
  return [...found];
}
