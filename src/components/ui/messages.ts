import { createElement, lazy, type ComponentType } from 'react';
import { useLingui } from '@lingui/react';
import type { I18n, Messages } from '@lingui/core';

/** Compiled messages by namespace, as one catalogue chunk brings them (`?lingui` imports). */
export type NamespacedMessages = Readonly<Record<string, Messages>>;
/** A chunk of words in each language it exists in: `{ en: () => import(...), tr: ... }`. */
export type MessageLoaders = Readonly<Partial<Record<string, () => Promise<NamespacedMessages>>>>;

/** One chunk's words made of several: each language loads them all, side by side. */
export function combineWords(...parts: readonly MessageLoaders[]): MessageLoaders {
  const languages = new Set(parts.flatMap((part) => Object.keys(part)));
  return Object.fromEntries(
    [...languages].map((language) => [
      language,
      async () => {
        const loaded: NamespacedMessages[] = await Promise.all(
          parts.map((part) => (part[language] ?? part.en)?.() ?? Promise.resolve({})),
        );
        // Two parts may bring words of one namespace (the shell's and the actions' `referral`).
        const merged: Record<string, Messages> = {};
        for (const byNamespace of loaded)
          for (const [namespace, messages] of Object.entries(byNamespace))
            merged[namespace] = { ...(merged[namespace] ?? {}), ...messages };
        return merged;
      },
    ]),
  );
}

/** A load, marked once it is done so a render can tell without waiting. */
type Load = Promise<void> & { status?: 'fulfilled'; value?: undefined };

type State = {
  loaders: Map<string, MessageLoaders>;
  loads: Map<string, Load>;
  /** Every id loaded, by language (Lingui shows only the active language's). */
  tables: Map<string, Messages>;
};
const states = new WeakMap<I18n, State>();

function stateOf(i18n: I18n): State {
  let state = states.get(i18n);
  if (!state)
    states.set(i18n, (state = { loaders: new Map(), loads: new Map(), tables: new Map() }));
  return state;
}

/** Lingui keeps one table of ids per language: a namespace's keys are stored as `ns:key`. */
export function addMessages(i18n: I18n, language: string, byNamespace: NamespacedMessages): void {
  const table: Messages = {};
  for (const [namespace, messages] of Object.entries(byNamespace))
    for (const [key, message] of Object.entries(messages)) table[`${namespace}:${key}`] = message;
  const { tables } = stateOf(i18n);
  tables.set(language, { ...tables.get(language), ...table });
  i18n.load(language, table);
}

/** Marks a chunk as already there (tests load every catalogue up front). */
export function markLoaded(i18n: I18n, name: string, language: string): void {
  const done: Load = Promise.resolve();
  done.status = 'fulfilled';
  stateOf(i18n).loads.set(`${language}:${name}`, done);
}

/**
 * Loads a chunk of words in `language` once, and remembers it, so a language switch brings the
 * same chunks in the new language (`switchLanguage`). A failed load is forgotten: the next try
 * asks again.
 */
export function loadMessages(
  i18n: I18n,
  name: string,
  loaders: MessageLoaders,
  language: string,
): Promise<void> {
  const { loaders: known, loads } = stateOf(i18n);
  if (!known.has(name)) known.set(name, loaders);
  const key = `${language}:${name}`;
  const existing = loads.get(key);
  if (existing) return existing;
  const loader = loaders[language] ?? loaders.en;
  if (!loader) return Promise.reject(new Error(`No words for ${name} in ${language}`));
  const load: Load = loader().then(
    (byNamespace) => {
      addMessages(i18n, language, byNamespace);
      load.status = 'fulfilled';
      // A chunk may bring more than one namespace (insights brings the probabilities' words).
      for (const namespace of Object.keys(byNamespace))
        if (!loads.has(`${language}:${namespace}`)) markLoaded(i18n, namespace, language);
    },
    (error: unknown) => {
      loads.delete(key);
      throw error;
    },
  );
  loads.set(key, load);
  return load;
}

/** The words of every chunk loaded so far, in `language`; then the switch (never half-translated). */
export async function switchLanguage(i18n: I18n, language: string): Promise<void> {
  const { loaders } = stateOf(i18n);
  await Promise.all(
    [...loaders].map(([name, byLanguage]) => loadMessages(i18n, name, byLanguage, language)),
  );
  i18n.activate(language);
}

function isLoaded(i18n: I18n, name: string, language: string): boolean {
  return stateOf(i18n).loads.get(`${language}:${name}`)?.status === 'fulfilled';
}

/**
 * `Component` once the chunk's words are there in the current language: until then it suspends
 * (a lazy gate, once per i18n instance, so the component is never remounted). `preload` starts
 * the component's own code alongside the words. A language switch loads the words before it
 * happens (`switchLanguage`), so the gate is needed only the first time.
 */
export function withMessages<P extends object>(
  name: string,
  loaders: MessageLoaders,
  Component: ComponentType<P>,
  preload?: () => unknown,
): ComponentType<P> {
  const gates = new WeakMap<I18n, ComponentType<P>>();
  // What a gate resolves to: a function component (React takes no lazy inside a lazy).
  const Ready = (props: P) => createElement(Component, props);
  return function WithMessages(props: P) {
    const { i18n } = useLingui();
    preload?.();
    let gate = gates.get(i18n);
    if (!gate && !isLoaded(i18n, name, i18n.locale)) {
      gate = lazy(() =>
        loadMessages(i18n, name, loaders, i18n.locale).then(() => ({ default: Ready })),
      );
      gates.set(i18n, gate);
    }
    return createElement(gate ?? Component, props);
  };
}

/** Languages some words are loaded in, sorted. */
export function loadedLanguages(i18n: I18n): string[] {
  return [...stateOf(i18n).tables.keys()].sort();
}

/** A message without placeholders as text, in any loaded language (not only the active one). */
export function plainMessage(i18n: I18n, language: string, id: string): string | undefined {
  const message = stateOf(i18n).tables.get(language)?.[id];
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((part) => typeof part === 'string'))
    return message.join('');
  return undefined;
}

/**
 * A lazily loaded component whose words are a chunk of their own: the code and the words load side
 * by side, and the component renders once both are there (it suspends until then).
 */
export function lazyWithMessages<P extends object>(
  name: string,
  loaders: MessageLoaders,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const loadOnce = () => (loading ??= load().then((component) => ({ default: component })));
  // A lazy component takes the same props as the one it loads.
  return withMessages<P>(name, loaders, lazy(loadOnce) as ComponentType<P>, loadOnce);
}
