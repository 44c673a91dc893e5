/**
 * A translated sentence with one value left open, filled per item without a translation lookup:
 * `slotTemplate(t('card.drag', { name: SLOT }))('Contoso')` gives "Drag Contoso". Lists translate
 * such sentences once per language and render hundreds of items from them.
 */
export const SLOT = '\uE000';

export function slotTemplate(translated: string): (value: string) => string {
  const parts = translated.split(SLOT);
  return parts.length === 1 ? () => translated : (value) => parts.join(value);
}

/**
 * A translation per distinct argument, looked up once: for sentences whose form depends on a
 * number (plurals), where a slot cannot stand in for the value.
 */
export function cachedLookup<A extends string | number>(
  lookup: (arg: A) => string,
): (arg: A) => string {
  const cache = new Map<A, string>();
  return (arg) => {
    let text = cache.get(arg);
    if (text === undefined) {
      text = lookup(arg);
      cache.set(arg, text);
    }
    return text;
  };
}
