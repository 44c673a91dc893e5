// Writes a .gz next to every compressible file of a build (default dist/), for nginx's
// gzip_static (deploy/nginx): the files are compressed once, at the best level, instead of on
// every request. Prints what it saved. Usage: node scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
]);
/** Below this, gzip's header and a request's overhead eat the gain. */
const MIN_BYTES = 512;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(file);
    else if (entry.isFile()) yield file;
  }
}

const root = path.resolve(process.argv[2] ?? 'dist');
let count = 0;
let before = 0;
let after = 0;
for (const file of files(root)) {
  // config.json is written at container start; a stale .gz would hide the new one.
  if (path.relative(root, file) === 'config.json') continue;
  if (!COMPRESSIBLE.has(path.extname(file)) || statSync(file).size < MIN_BYTES) continue;
  const source = readFileSync(file);
  const gz = gzipSync(source, { level: constants.Z_BEST_COMPRESSION });
  if (gz.length >= source.length) continue;
  writeFileSync(`${file}.gz`, gz);
  count += 1;
  before += source.length;
  after += gz.length;
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `precompress: ${count} files in ${path.relative(process.cwd(), root) || '.'}, ${kib(before)} → ${kib(after)} gzip`,
);
