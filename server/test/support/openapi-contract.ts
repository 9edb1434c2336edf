import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

type Schema = Record<string, unknown>;
type MediaType = { schema?: Schema };
type ResponseObject = { content?: Record<string, MediaType> };
type Operation = { responses: Record<string, ResponseObject> };
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

// ajv-formats is CommonJS with a default export; under ESM it arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const DOCUMENT_ID = 'openapi.json';
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * Checks answers against the OpenAPI document: the status is one the route
 * documents, the content type one it documents for that status, and a JSON
 * body matches its schema (objects with listed properties take no others, so
 * a field the document lacks fails too). Each schema is compiled once, on first use.
 */
export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly routes: Array<{ template: string; pattern: RegExp }>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true }));
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: closeObjects(document.components?.schemas ?? {}) } });
    // Literal segments win over `{id}` (`/households/municipalities` before `/households/{id}`).
    this.routes = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      }))
      .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** A description of what is wrong with the answer, or undefined when it keeps the contract. */
  problem(method: string, url: string, res: Response): string | undefined {
    const path = new URL(url, 'http://local').pathname;
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) return undefined;
    const verb = method.toLowerCase();
    if (!HTTP_METHODS.has(verb)) return undefined;
    const route = this.routes.find((r) => r.pattern.test(path));
    const operation = route && this.document.paths[route.template][verb];
    const where = `${method.toUpperCase()} ${route?.template ?? path}`;
    if (!operation) {
      // A route the app does not have: Nest's JSON 404.
      return res.status === 404
        ? this.bodyProblem(where, res, { $ref: '#/components/schemas/Error' })
        : `${where} is not in the OpenAPI document (answered ${res.status})`;
    }
    const status = String(res.status);
    const documented = operation.responses[status] ?? operation.responses.default;
    if (!documented)
      return `${where} answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses).join(', ')})`;
    const contentType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    // A binary answer read as a Buffer (a ZIP download) has no text.
    const binaryBody = Buffer.isBuffer(res.body) && res.body.length > 0;
    const hasBody = res.status !== 204 && res.status !== 304 && ((res.text ?? '').length > 0 || binaryBody);
    if (!hasBody)
      return documented.content && Object.keys(documented.content).length > 0 && status !== '204'
        ? `${where} ${status}: the document describes a body, the answer has none`
        : undefined;
    const media = documented.content?.[contentType];
    if (!media)
      return `${where} ${status}: content type ${contentType || '(none)'} is not documented (documented: ${Object.keys(documented.content ?? {}).join(', ') || 'no body'})`;
    if (contentType !== 'application/json') return undefined;
    if (!media.schema) return `${where} ${status}: no schema for the JSON body`;
    return this.bodyProblem(where, res, media.schema);
  }

  private bodyProblem(where: string, res: Response, schema: Schema): string | undefined {
    // Keyed by the schema itself: the routes' many `$ref: Error`/`ValidationError` compile once.
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(pointAtDocument(closeObjects(schema)));
      this.compiled.set(key, validate);
    }
    if (validate(res.body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map(
        (e) =>
          `  body${e.instancePath} ${e.message}${e.keyword === 'additionalProperties' ? `: ${String((e.params as { additionalProperty?: string }).additionalProperty)}` : ''}`,
      )
      .join('\n');
    return `${where} ${res.status}: the body does not match the OpenAPI document\n${errors}`;
  }
}

/** `#/components/schemas/X` → the document registered in ajv. */
function pointAtDocument(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)) as Schema;
}

/**
 * An object schema that lists its properties takes no others, unless it says
 * otherwise: the check is strict so an undocumented field is caught, while
 * the published document stays open for additions.
 */
function closeObjects<T>(value: T): T {
  if (Array.isArray(value)) return value.map(closeObjects) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(child as object).map(([k, v]) => [k, closeObjects(v)]))
        : closeObjects(child);
  }
  if (out.properties && out.additionalProperties === undefined && !out.allOf && !out.oneOf && !out.anyOf)
    out.additionalProperties = false;
  // OpenAPI 3.0's `nullable` in JSON Schema terms, also beside `allOf`/`$ref`, where ajv does not take it.
  if (out.nullable === true) {
    const { nullable: _nullable, description, ...rest } = out;
    return { description, anyOf: [rest, { type: 'null' }] } as T;
  }
  return out as T;
}
