import { FILTER_PARAMS } from './referral-filter';
import { createLocalStore } from './local-store';

/**
 * Saved views: a name and a filter set (the URL's filter parameters only: no sort, no referral
 * data), kept per browser in localStorage. Pure helpers plus the store.
 */
export type SavedView = { id: string; name: string; query: string };

export const SAVED_VIEWS_KEY = 'referral-desk-saved-views';
const FILTER_NAMES: readonly string[] = Object.values(FILTER_PARAMS);

/** The filter parameters of a URL's query, in a stable text form. */
export function filterQueryOf(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [name, value] of params) if (FILTER_NAMES.includes(name)) out.append(name, value);
  return out.toString();
}

/** The URL's query with its filter parameters replaced by the view's; other parameters stay. */
export function applyViewQuery(params: URLSearchParams, query: string): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of FILTER_NAMES) out.delete(name);
  for (const [name, value] of new URLSearchParams(query))
    if (FILTER_NAMES.includes(name)) out.append(name, value);
  return out;
}

function parseViews(stored: unknown): SavedView[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const { id, name, query } = v as Record<string, unknown>;
    return typeof id === 'string' && typeof name === 'string' && typeof query === 'string'
      ? [{ id, name, query: filterQueryOf(new URLSearchParams(query)) }]
      : [];
  });
}

export const savedViewsStore = createLocalStore<SavedView[]>(SAVED_VIEWS_KEY, parseViews, []);

export const MAX_VIEW_NAME = 60;

export function saveView(name: string, query: string): SavedView {
  const view = {
    id: `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    name,
    query,
  };
  savedViewsStore.set([...savedViewsStore.get(), view]);
  return view;
}

export function renameView(id: string, name: string): void {
  savedViewsStore.set(savedViewsStore.get().map((v) => (v.id === id ? { ...v, name } : v)));
}

export function deleteView(id: string): void {
  savedViewsStore.set(savedViewsStore.get().filter((v) => v.id !== id));
}
