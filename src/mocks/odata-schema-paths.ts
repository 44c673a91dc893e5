import { z } from 'zod';

/**
 * Which property paths exist, read from the domain's zod schema so the filter knows exactly the
 * properties the client knows. Wrappers (optional, nullable, transforms, unions) are looked through.
 */

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else if (current instanceof z.ZodUnion) {
      // The first option is the canonical shape (e.g. the array form of customerProfile.ids).
      current = current.options[0] as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The schema at `path` below `schema`, or undefined when a segment is not a known property. */
export function schemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current = unwrap(schema);
  for (const segment of path) {
    if (!(current instanceof z.ZodObject)) return undefined;
    const shape = current.shape as Record<string, z.ZodType>;
    if (!Object.prototype.hasOwnProperty.call(shape, segment)) return undefined;
    const next = shape[segment];
    if (!next) return undefined;
    current = unwrap(next);
  }
  return current;
}

/** The element schema when `schema` is a collection, for `any`/`all` lambdas. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const unwrapped = unwrap(schema);
  return unwrapped instanceof z.ZodArray ? unwrap(unwrapped.element as z.ZodType) : undefined;
}

export function isObjectSchema(schema: z.ZodType): boolean {
  return unwrap(schema) instanceof z.ZodObject;
}
