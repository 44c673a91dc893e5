// Gzip sizes from the Vite manifest: the JS the first route (/referrals) loads, the demo backend
// and its control panel (loaded only in demo mode), and the whole build.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of entry.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function jsFiles(manifest, keys) {
  return [...new Set([...keys].map((k) => manifest[k]?.file).filter((f) => f?.endsWith('.js')))];
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function bundleSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const listKey = Object.keys(manifest).find((k) => k.endsWith('referrals-list-page.tsx'));
  const demoKey = Object.keys(manifest).find((k) => k.endsWith('mocks/browser.ts'));
  const first = closure(manifest, entryKey);
  if (listKey) closure(manifest, listKey, first);
  const demo = demoKey ? closure(manifest, demoKey) : new Set();
  const demoPanelKey = Object.keys(manifest).find((k) => k.endsWith('app/demo-controls.tsx'));
  if (demoPanelKey) closure(manifest, demoPanelKey, demo);
  const firstFiles = jsFiles(manifest, first);
  const demoOnly = jsFiles(manifest, demo).filter((f) => !firstFiles.includes(f));
  const sum = (files) => files.reduce((total, f) => total + gz(join(dist, f)), 0);
  const allJs = walk(dist).filter((f) => f.endsWith('.js') && !f.endsWith('mockServiceWorker.js'));
  const allCss = walk(dist).filter((f) => f.endsWith('.css'));
  // Each language's words are chunks of their own, loaded at start: the shell's and the list's
  // (Lingui catalogues, decision 037). Builds before that had English inside the core chunk and
  // the shell's Turkish in app/locales/turkish.ts; they are measured the same way.
  const wordKeys = (language) =>
    Object.keys(manifest).filter(
      (k) =>
        k.endsWith(`app/locales/shell.${language}.ts`) ||
        k.endsWith(`referrals-list/locales/list.${language}.json?lingui`) ||
        (language === 'tr' && k.endsWith('app/locales/turkish.ts')),
    );
  const wordFiles = (language) => [
    ...new Set(
      wordKeys(language)
        .flatMap((k) => jsFiles(manifest, closure(manifest, k)))
        .filter((f) => !firstFiles.includes(f)),
    ),
  ];
  return {
    firstRouteJsGzip: sum(firstFiles) + sum(wordFiles('en')),
    firstRouteTurkishJsGzip: sum(firstFiles) + sum(wordFiles('tr')),
    firstRouteFiles: [...firstFiles, ...wordFiles('en')],
    firstRouteTurkishFiles: [...firstFiles, ...wordFiles('tr')],
    demoBackendJsGzip: sum(demoOnly),
    demoIsSeparateChunk: demoOnly.length > 0 && !firstFiles.some((f) => demoOnly.includes(f)),
    wholeBuildJsGzip: allJs.reduce((t, f) => t + gz(f), 0),
    wholeBuildCssGzip: allCss.reduce((t, f) => t + gz(f), 0),
  };
}
