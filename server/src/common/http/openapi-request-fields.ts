import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import type { Schema } from './openapi-records.js';

type Dto = abstract new (...args: never[]) => unknown;

/**
 * Request bodies in the document as the validators check them. A field typed
 * `string | null` reflects as `Object`, so Swagger names its type `object`;
 * and lengths, bounds and formats live only in the class-validator
 * decorators. Reading those decorators here keeps one source: what the
 * validation pipe enforces is what the document says.
 */
export function describeRequestFields(schemas: Record<string, Schema>, dtos: Dto[]): void {
  const storage = getMetadataStorage();
  for (const dto of dtos) {
    const schema = schemas[dto.name];
    if (!schema || !schema.properties) continue;
    const metadata = storage.getTargetValidationMetadatas(dto, '', true, false);
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const m of metadata) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
    const properties = schema.properties as Record<string, Schema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, rules] of byProperty) {
      const property = properties[name];
      if (!property) continue;
      properties[name] = describeField(property, rules);
      if (rules.some((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION || r.type === ValidationTypes.WHITELIST))
        required.delete(name);
      else required.add(name);
    }
    if (required.size > 0) schema.required = [...required];
    else delete schema.required;
  }
}

/** A validator's name as class-validator records it (`isString`, `maxLength`, `isCalendarDate`, …). */
const nameOf = (rule: ValidationMetadata) =>
  rule.name ?? (rule.type === ValidationTypes.NESTED_VALIDATION ? 'nested' : rule.type);

function describeField(property: Schema, rules: ValidationMetadata[]): Schema {
  const own = rules.filter((r) => !r.each);
  const each = rules.filter((r) => r.each);
  let field: Schema = { ...property };
  const untyped = field.type === 'object' && !field.properties && !field.additionalProperties && !field.$ref;
  if (untyped) {
    const type = typeFrom(own);
    if (type) {
      field = { ...field, ...type };
      if (type.type !== 'object') delete field.additionalProperties;
    }
  }
  if (field.type === 'array') {
    const items = { ...((field.items as Schema | undefined) ?? {}) };
    const itemType = typeFrom(each);
    if (itemType && (!items.type || items.type === 'object') && !items.$ref && !items.enum)
      Object.assign(items, itemType);
    Object.assign(items, constraintsFrom(each, items));
    field.items = items;
  }
  Object.assign(field, constraintsFrom(own, field));
  return field;
}

function typeFrom(rules: ValidationMetadata[]): Schema | undefined {
  const names = new Set(rules.map(nameOf));
  if (names.has('isUuid')) return { type: 'string', format: 'uuid' };
  if (names.has('isCalendarDate')) return { type: 'string', format: 'date' };
  if (names.has('isDateString') || names.has('isIso8601')) return { type: 'string', format: 'date-time' };
  if (names.has('isEmail')) return { type: 'string', format: 'email' };
  if (names.has('isInt')) return { type: 'integer' };
  if (names.has('isNumber')) return { type: 'number' };
  if (names.has('isBoolean')) return { type: 'boolean' };
  if (names.has('isArray')) return { type: 'array' };
  const isIn = rules.find((r) => nameOf(r) === 'isIn');
  if (isIn) return { type: 'string', enum: [...(isIn.constraints[0] as string[])] };
  if (names.has('isString') || names.has('matches') || names.has('maxLength') || names.has('isHexColor'))
    return { type: 'string' };
  if (names.has('isObject') || names.has('nested')) return { type: 'object' };
  return undefined;
}

/** Bounds the validators enforce, where the schema does not say them yet. */
function constraintsFrom(rules: ValidationMetadata[], target: Schema): Schema {
  const out: Schema = {};
  const set = (key: string, value: unknown) => {
    if (target[key] === undefined && value !== undefined) out[key] = value;
  };
  for (const rule of rules) {
    const [first] = (rule.constraints ?? []) as unknown[];
    switch (nameOf(rule)) {
      case 'maxLength':
        set('maxLength', first);
        break;
      case 'minLength':
        set('minLength', first);
        break;
      case 'min':
        set('minimum', first);
        break;
      case 'max':
        set('maximum', first);
        break;
      case 'arrayMaxSize':
        set('maxItems', first);
        break;
      case 'arrayMinSize':
        set('minItems', first);
        break;
      case 'isUuid':
        if (target.type === 'string') set('format', 'uuid');
        break;
      case 'isEmail':
        if (target.type === 'string') set('format', 'email');
        break;
      case 'isCalendarDate':
        if (target.type === 'string') set('format', 'date');
        break;
      case 'matches':
        if (first instanceof RegExp) set('pattern', first.source);
        break;
    }
  }
  return out;
}
