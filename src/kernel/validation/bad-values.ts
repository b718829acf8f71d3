/**
 * Bad values for a field, derived from the field's own JSON Schema (the OpenAPI document's):
 * each one must be refused by that schema, whatever the rest of the request holds. Used by the
 * fuzz test that walks every route; kept apart so its rules can be read on their own.
 */

/** The part of JSON Schema the OpenAPI document uses for our request shapes. */
export interface JsonSchema {
  type?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  maxItems?: number;
  default?: unknown;
}

const NOT_DATES = ['2026-02-30', '2026-02-29', '2026-W60', '', 'NaN', '9999-12-31', '1970-01-01', '2026-13-01', '2026-1-1'];
const NOT_INSTANTS = ['2026-02-30T12:00:00Z', 'NaN', '', '9999-12-31T23:59:59Z', '2026-11-23'];

/** Values the field's schema must refuse. Fields whose schema allows anything get none. */
export function badValuesFor(schema: JsonSchema): unknown[] {
  if (schema.anyOf) {
    // A union refuses a value only if every branch does; nullable branches take null.
    const [first, ...others] = schema.anyOf;
    const allowed = (value: unknown) => others.some((other) => other.const === value || (other.type === 'null' && value === null));
    return badValuesFor(first!).filter((value) => !allowed(value));
  }
  switch (schema.type) {
    case 'string':
      return badStrings(schema);
    case 'integer':
    case 'number':
      return badNumbers(schema);
    case 'boolean':
      return ['true', 0, { x: 1 }];
    case 'object':
      return ['x', 42, []];
    case 'array':
      return ['x', { x: 1 }];
    default:
      return [];
  }
}

function badStrings(schema: JsonSchema): unknown[] {
  const values: unknown[] = [12345, { x: 1 }, ['x'], 'a\u0000b', '\u0000', 'x\ud800', 'tab\u0007bell'];
  if (schema.maxLength !== undefined) values.push('x'.repeat(schema.maxLength + 1), '\u00e5'.repeat(schema.maxLength + 1));
  if (schema.format === 'date') values.push(...NOT_DATES);
  if (schema.format === 'date-time') values.push(...NOT_INSTANTS);
  if (schema.format === 'uuid') values.push('not-a-uuid', '', '00000000-0000-4000-8000-00000000000g');
  if (schema.enum) values.push('not_in_the_list', '');
  return values;
}

function badNumbers(schema: JsonSchema): unknown[] {
  const values: unknown[] = ['1', 'NaN', null, 2 ** 31, 1e308, -1e308, 2 ** 53 + 2];
  if (schema.type === 'integer') values.push(1.5);
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) values.push(schema.minimum - 1);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) values.push(schema.maximum + 1);
  if (schema.minimum !== undefined && schema.minimum >= 0) values.push(-1);
  return values.filter((value) => value !== null || !schema.nullable);
}

/** Every field below a schema with its path (nested objects walked, arrays through their first item). */
export function leavesOf(schema: JsonSchema, path: (string | number)[] = []): { path: (string | number)[]; schema: JsonSchema }[] {
  const object = schema.anyOf?.find((branch) => branch.type === 'object') ?? schema;
  if (object.type === 'object' && object.properties) {
    return [{ path, schema }, ...Object.entries(object.properties).flatMap(([key, child]) => leavesOf(child, [...path, key]))];
  }
  if (schema.type === 'array' && schema.items) return [{ path, schema }, ...leavesOf(schema.items, [...path, 0])];
  return [{ path, schema }];
}

/** A copy of `value` with the field at `path` replaced, creating what is missing on the way. */
export function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = withValueAt(list[head], rest, replacement);
    return list;
  }
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as object) } : {};
  return { ...object, [head!]: withValueAt((object as Record<string, unknown>)[head!], rest, replacement) };
}
