import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { AUDIT_EVENTS_SPEC } from '../../audit-events/audit-events.repository.js';
import { INTEGRATION_DOMAINS_SPEC } from '../../integration-domains/integration-domains.repository.js';
import { SPEC as ORGANIZATIONS_SPEC } from '../../organizations/organizations.controller.js';
import { USERS_LIST_SPEC } from '../../users/users.repository.js';
import { OrgScopedRepository } from '../database/org-scoped.repository.js';
import { MAX_PAGE_SIZE, type FilterField, type ListSpec } from '../list/list-spec.js';
import type { Schema } from './openapi-records.js';

/**
 * The list specs the app runs with, by collection path: every case
 * repository's own (`OrgScopedRepository.spec`, what its list parses with),
 * and the four lists that keep theirs beside the controller.
 */
export function listSpecs(app: INestApplication): Record<string, ListSpec> {
  const specs: ListSpec[] = [AUDIT_EVENTS_SPEC, INTEGRATION_DOMAINS_SPEC, ORGANIZATIONS_SPEC, USERS_LIST_SPEC];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const spec = (wrapper.instance as { spec?: ListSpec } | undefined)?.spec ?? specOfUnbuilt(wrapper.metatype);
      if (spec && typeof spec.resource === 'string' && spec.filters && spec.sortable) specs.push(spec);
    }
  }
  return Object.fromEntries(specs.map((spec) => [`/api/${spec.resource}`, spec]));
}

/**
 * The spec of a repository the app has not built: the document is emitted
 * from an app in preview mode (no database, no instances), and a case
 * repository's constructor only keeps what it is given, its spec included.
 */
function specOfUnbuilt(metatype: unknown): ListSpec | undefined {
  if (typeof metatype !== 'function' || !(metatype.prototype instanceof OrgScopedRepository)) return undefined;
  const Repository = metatype as new (dataSource: unknown) => { spec?: ListSpec };
  return new Repository(undefined).spec;
}

const uuid = { type: 'string', format: 'uuid' };

/** `sort`, `range` and `filter` of one list, as JSON in the query (OpenAPI's `content` parameters). */
export function listParameters(spec: ListSpec | undefined): Array<Record<string, unknown>> {
  const json = (schema: Schema) => ({ 'application/json': { schema } });
  const sortFields = spec ? Object.keys(spec.sortable) : undefined;
  return [
    {
      name: 'sort',
      in: 'query',
      required: false,
      description:
        'JSON `[field, "ASC"|"DESC"]`' +
        (sortFields ? `; fields: ${sortFields.join(', ')} (default ${JSON.stringify(spec!.defaultSort)})` : '') +
        '. Another field is a 400.',
      content: json({
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: { type: 'string', ...(sortFields ? { enum: [...sortFields, 'ASC', 'DESC'] } : {}) },
        example: [sortFields?.[0] ?? 'createdAt', 'DESC'],
      }),
    },
    {
      name: 'range',
      in: 'query',
      required: false,
      description: `JSON \`[first, last]\`, inclusive and zero-based; at most ${MAX_PAGE_SIZE} rows a page (default \`[0,24]\`).`,
      content: json({
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: { type: 'integer', minimum: 0 },
        example: [0, 24],
      }),
    },
    {
      name: 'filter',
      in: 'query',
      required: false,
      description:
        'JSON object: `q` searches the text fields, `id` (an array) fetches those records, any other key filters by ' +
        'equality (an array means "one of"; on a list-valued field a value means "holds it"), `<field>_gte` / `<field>_lte` ' +
        'bound dates and numbers. Another key is a 400.',
      content: json(spec ? filterSchema(spec) : { type: 'object' }),
    },
  ];
}

function filterSchema(spec: ListSpec): Schema {
  const properties: Record<string, Schema> = {};
  if (spec.search.length > 0)
    properties.q = { type: 'string', description: 'Case-insensitive substring of the text fields' };
  properties.id = {
    oneOf: [uuidOrKey(spec), { type: 'array', items: uuidOrKey(spec) }],
    description: 'These records (getMany)',
  };
  for (const [key, field] of Object.entries(spec.filters)) {
    const value = valueSchema(field);
    properties[key] = { oneOf: [value, { type: 'array', items: value }] };
    if (field.range) {
      properties[`${key}_gte`] = value;
      properties[`${key}_lte`] = value;
    }
  }
  return { type: 'object', properties, additionalProperties: false };
}

/** Integration domains are keyed by text; every other record by uuid. */
const uuidOrKey = (spec: ListSpec): Schema => (spec.resource === 'integration-domains' ? { type: 'string' } : uuid);

function valueSchema(field: FilterField): Schema {
  switch (field.type) {
    case 'text':
      return { type: 'string' };
    case 'uuid':
    case 'uuidArrayContains':
      return uuid;
    case 'date':
      return { type: 'string', format: 'date' };
    case 'timestamp':
      return { type: 'string', description: 'A date (YYYY-MM-DD; as `_lte` the whole day) or an ISO timestamp' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...(field.values ?? [])] };
  }
}
