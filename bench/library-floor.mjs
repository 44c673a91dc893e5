// How much of the first route's JS is the libraries themselves, at their smallest: each library is
// bundled alone (minified, tree-shaken) with just the APIs the list route uses, and all of them
// together. The first route can never weigh less than "all together".
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const DIR = join('bench', '.floor');

const ENTRIES = {
  'react + react-dom': `
    import { createRoot } from 'react-dom/client'; import { createElement } from 'react';
    createRoot(document.body).render(createElement('div', null, 'x'));`,
  wouter: `
    export { Router, Switch, Route, Redirect, Link, useLocation, useParams, useSearch,
      useSearchParams } from 'wouter';`,
  'zod/mini (the schemas’ functions)': `
    import * as z from 'zod/mini';
    z.config({ jitless: true });
    export const s = z.looseObject({ a: z.nullish(z.string().check(z.regex(/x/), z.minLength(1))),
      b: z.union([z.number(), z.pipe(z.string().check(z.trim()), z.transform(Number))]),
      c: z.array(z.enum(['x'])), d: z.boolean(), e: z.optional(z.unknown()),
      f: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(2)), 1),
      g: z.string().check(z.refine((v) => v !== '')) });
    export const p = (v) => z.safeParse(s, v);`,
  // Lingui with precompiled messages (decision 037): the runtime only, no message compiler.
  '@lingui/core + @lingui/react': `
    import { setupI18n } from '@lingui/core'; import { I18nProvider, useLingui } from '@lingui/react';
    const i18n = setupI18n({ missing: (_l, id) => id });
    i18n.load('en', { a: ['x ', ['n'], ' ', ['c', 'plural', { one: ['1'], other: [['c', 'number']] }]] });
    i18n.activate('en');
    export const t = (id, values) => i18n._(id, values);
    export { I18nProvider, useLingui };`,
  '@tanstack/react-query': `
    export { QueryClient, QueryClientProvider, useQuery, useQueryClient, useMutation, queryOptions } from '@tanstack/react-query';`,
  // The list's window virtualizer (the board's Virtualizer shares the module, decision 040).
  virtua: `export { WindowVirtualizer } from 'virtua';`,
};

const REACT = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];

async function bundle(name, code, external) {
  const slug = name.replace(/[^a-z0-9]+/gi, '-');
  const input = join(DIR, `${slug}.js`);
  const outDir = join(DIR, `out-${slug}`);
  writeFileSync(input, code);
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input, preserveEntrySignatures: 'exports-only', external },
    },
  });
  const files = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  const js = Buffer.concat(files.map((f) => readFileSync(join(outDir, 'assets', f))));
  return gzipSync(js, { level: 9 }).length;
}

export async function libraryFloor() {
  mkdirSync(DIR, { recursive: true });
  try {
    const parts = {};
    for (const [name, code] of Object.entries(ENTRIES))
      parts[name] = await bundle(name, code, name === 'react + react-dom' ? [] : REACT);
    const all = await bundle('all together', Object.values(ENTRIES).join('\n'), []);
    return { parts, all };
  } finally {
    rmSync(DIR, { recursive: true, force: true });
  }
}
