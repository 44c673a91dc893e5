import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The lazily loaded view behind each path (as src/app/router.tsx routes them). Listed here, not
 * read from the router, so this stays independent of the routing library.
 */
const ROUTE_VIEWS: readonly (readonly [pattern: string, module: string])[] = [
  ['/', 'src/features/referrals-list/referrals-list-page.tsx'], // redirects to /referrals
  ['/referrals', 'src/features/referrals-list/referrals-list-page.tsx'],
  ['/referrals/new', 'src/features/referral-create/referral-create-page.tsx'],
  ['/referrals/*', 'src/features/referral-edit/referral-edit-page.tsx'],
  ['/pipeline', 'src/features/pipeline-board/pipeline-board-page.tsx'],
  ['/inbox', 'src/features/inbox/inbox-page.tsx'],
  ['/insights', 'src/features/insights/insights-page.tsx'],
];

/** The demo backend, which a demo build loads at start beside the route (src/main.tsx). */
const DEMO_BACKEND = 'src/mocks/browser.ts';
const DEVICE_COPY = 'src/app/device-copy/device-copy.ts';
/** Where the device copy lives and whether it is on (src/app/device-copy/). */
const DEVICE_COPY_KEY = 'referral-desk.device-copy';
const COPY_DB = 'referral-desk';
const COPY_STORE = 'device-copy';
const COPY_KEY = 'referrals';

/** The demo backend's service worker (msw's, in public/), which a demo build registers at load. */
const DEMO_WORKER = 'mockServiceWorker.js';

export const ROUTE_PRELOAD_FILE = 'route-preload.js';

type Chunk = {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
};

/** A chunk's file, its static imports (not those the entry loads anyway) and their CSS. */
function filesOf(chunk: Chunk, chunks: ReadonlyMap<string, Chunk>, skip: ReadonlySet<string>) {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (c: Chunk) => {
    if (js.has(c.fileName) || skip.has(c.fileName)) return;
    js.add(c.fileName);
    for (const file of c.viteMetadata?.importedCss ?? []) css.add(file);
    for (const name of c.imports) {
      const next = chunks.get(name);
      if (next) visit(next);
    }
  };
  visit(chunk);
  return { js: [...js], css: [...css] };
}

/** The entry's static graph: index.html preloads it already. */
function entryGraph(chunks: ReadonlyMap<string, Chunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const name of c.imports) {
      const next = chunks.get(name);
      if (next) visit(next);
    }
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c);
  return seen;
}

/** In the browser, before the app: preload what the current path's view needs. */
function preloadScript(
  routes: readonly (readonly [string, { js: string[]; css: string[] }])[],
  always: { js: string[]; css: string[] },
  copy: { js: string[] },
  base: string,
  worker: string | undefined,
  isDemo: boolean,
) {
  return `// Written by scripts/route-preload.ts at build time: starts loading the current view's code
// while the app's own code loads, instead of after it has started.
(function () {
  var routes = ${JSON.stringify(routes)};
  var always = ${JSON.stringify(always)};
  var path = location.pathname.replace(/\\/+$/, '') || '/';
  var files = always;
  for (var i = 0; i < routes.length; i += 1) {
    var pattern = routes[i][0];
    var match = pattern.slice(-2) === '/*'
      ? path.indexOf(pattern.slice(0, -1)) === 0
      : path === pattern;
    if (match) {
      files = { js: always.js.concat(routes[i][1].js), css: always.css.concat(routes[i][1].css) };
      break;
    }
  }
  function add(rel, file) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = ${JSON.stringify(base)} + file;
    if (rel === 'modulepreload') link.crossOrigin = '';
    document.head.appendChild(link);
  }
  files.js.forEach(function (file) { add('modulepreload', file); });
  files.css.forEach(function (file) { add('stylesheet', file); });
  // The device copy (src/app/device-copy/device-copy.ts) read and decoded while the app's code
  // loads: the app takes this text instead of reading the copy itself, and still checks whose copy
  // it is and its version. Only when the copy is on (on by default in a demo build) and the URL
  // does not ask for new demo data (which clears the copy).
  var copyChoice = null;
  try { copyChoice = localStorage.getItem(${JSON.stringify(DEVICE_COPY_KEY)}); } catch (e) {}
  var isCopyOn = copyChoice === null ? ${JSON.stringify(isDemo)} : copyChoice === 'on';
  // The copy's own code (a live build's user switched it on; a demo build preloads it always):
  // the app restores the copy with it before the first request, so it loads with the route.
  if (isCopyOn) ${JSON.stringify(copy.js)}.forEach(function (file) { add('modulepreload', file); });
  if (isCopyOn && !/[?&]demo-(size|seed|reset)\b/.test(location.search) && window.indexedDB) {
    window.__referralDeskCopy = new Promise(function (resolve) {
      try {
        var open = indexedDB.open(${JSON.stringify(COPY_DB)});
        // As idb-keyval makes it, so the app's own store finds the database as it expects.
        open.onupgradeneeded = function () { open.result.createObjectStore(${JSON.stringify(COPY_STORE)}); };
        open.onerror = function () { resolve(undefined); };
        open.onsuccess = function () {
          var db = open.result;
          try {
            var get = db.transaction(${JSON.stringify(COPY_STORE)}).objectStore(${JSON.stringify(COPY_STORE)}).get(${JSON.stringify(COPY_KEY)});
            get.onerror = function () { db.close(); resolve(undefined); };
            get.onsuccess = function () {
              db.close();
              var value = get.result;
              if (value && typeof value.text === 'function') value.text().then(resolve, function () { resolve(undefined); });
              else resolve(undefined);
            };
          } catch (e) { db.close(); resolve(undefined); }
        };
      } catch (e) { resolve(undefined); }
    });
  }${
    worker
      ? `
  // The demo backend's service worker, installed while the app's code loads rather than after it
  // has started; src/mocks/browser.ts waits for it to take control.
  if ('serviceWorker' in navigator) {
    window.__referralDeskWorker = navigator.serviceWorker.register(${JSON.stringify(`${base}${worker}`)});
    window.__referralDeskWorker.catch(function () {});
  }`
      : ''
  }
})();
`;
}

/**
 * modulepreload for the current route (issue 16, decision 025). The CSP forbids inline scripts, so
 * index.html loads a small external script with the path → files map; it adds
 * `<link rel=modulepreload>` for the view's chunks (and `<link rel=stylesheet>` for its CSS, which
 * the lazy import would add later), and in a demo build the demo backend's chunks and the
 * registration of its service worker (decision 046).
 */
export function routePreload(options: { isDemo: boolean }): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'referral-desk-route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'script',
          attrs: { src: `${base}${ROUTE_PRELOAD_FILE}` },
          injectTo: 'head',
        },
      ],
    },
    // After Vite's CSS plugin has dropped the chunks that were only CSS (their JS file is never
    // written; preloading it would be a 404).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map<string, Chunk>();
        for (const item of Object.values(bundle)) {
          if (item.type === 'chunk') chunks.set(item.fileName, item);
        }
        const skip = entryGraph(chunks);
        const filesFor = (module: string) => {
          const id = resolve(root, module);
          const chunk = [...chunks.values()].find((c) => c.facadeModuleId === id);
          return chunk ? filesOf(chunk, chunks, skip) : { js: [], css: [] };
        };
        const routes = ROUTE_VIEWS.map(([pattern, module]) => [pattern, filesFor(module)] as const);
        // The device copy is on by default in demo mode, so its module loads at every start.
        const always = { js: [] as string[], css: [] as string[] };
        for (const module of options.isDemo ? [DEMO_BACKEND, DEVICE_COPY] : []) {
          const files = filesFor(module);
          always.js.push(...files.js.filter((file) => !always.js.includes(file)));
          always.css.push(...files.css.filter((file) => !always.css.includes(file)));
        }
        // A live build loads the copy's module only when the user has switched the copy on.
        const copy = {
          js: filesFor(DEVICE_COPY).js.filter((file) => !always.js.includes(file)),
        };
        this.emitFile({
          type: 'asset',
          fileName: ROUTE_PRELOAD_FILE,
          source: preloadScript(
            routes,
            always,
            copy,
            base,
            options.isDemo ? DEMO_WORKER : undefined,
            options.isDemo,
          ),
        });
      },
    },
  };
}
