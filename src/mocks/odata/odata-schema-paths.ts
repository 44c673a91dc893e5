import type * as core from 'zod/v4/core';

/**
 * Which property paths exist, read from the domain's zod schema so the filter knows exactly the
 * properties the client knows. Wrappers (optional, nullable, pipes, unions) are looked through. The
 * domain builds its schemas with `zod/mini`, so this reads the definitions both zod APIs share.
 */
export type Schema = core.$ZodType;

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = (current as core.$ZodTypes)._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
        current = def.innerType;
        break;
      case 'pipe':
        current = def.in;
        break;
      case 'union':
        // The first option is the canonical shape (e.g. the array form of customerProfile.ids).
        if (!def.options[0]) return current;
        current = def.options[0];
        break;
      default:
        return current;
    }
  }
}

function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = (schema as core.$ZodTypes)._zod.def;
  return def.type === 'object' ? def.shape : undefined;
}

/** The schema at `path` below `schema`, or undefined when a segment is not a known property. */
export function schemaAt(schema: Schema, path: readonly string[]): Schema | undefined {
  let current = unwrap(schema);
  for (const segment of path) {
    const shape = shapeOf(current);
    if (!shape || !Object.prototype.hasOwnProperty.call(shape, segment)) return undefined;
    const next = shape[segment];
    if (!next) return undefined;
    current = unwrap(next);
  }
  return current;
}

/** The element schema when `schema` is a collection, for `any`/`all` lambdas. */
export function elementOf(schema: Schema): Schema | undefined {
  const def = (unwrap(schema) as core.$ZodTypes)._zod.def;
  return def.type === 'array' ? unwrap(def.element) : undefined;
}
