// Runs the deployment's nginx configuration (deploy/nginx) without Docker, in the foreground, the
// way the official image would: the same templates rendered from the environment, the same
// config.json script, in a temporary prefix so no root or system paths are needed. CI's `nginx`
// Playwright project starts it (e2e/nginx-config.ts); it also serves a build on a developer's machine:
//
//   npx vite build && node scripts/precompress.mjs dist
//   NGINX_PORT=8080 APP_ROOT=dist PARTNER_API_UPSTREAM=http://127.0.0.1:8787 node scripts/serve-nginx.mjs
//
// Environment: NGINX_PORT (8080), APP_ROOT (dist), PARTNER_API_UPSTREAM (the Partner API),
// NGINX_ACCESS_LOG (a file in the temporary prefix), NGINX_BIN (/usr/sbin/nginx), and the VITE_*
// settings config.json should hold.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const deploy = path.join(repo, 'deploy');
const env = {
  NGINX_PORT: '8080',
  APP_ROOT: 'dist',
  PARTNER_API_UPSTREAM: 'https://api.partner.microsoft.com',
  ...process.env,
};
env.APP_ROOT = path.resolve(env.APP_ROOT);
const nginx = env.NGINX_BIN ?? '/usr/sbin/nginx';

let prefix;

function fail(message) {
  console.error(`serve-nginx: ${message}`);
  if (prefix) rmSync(prefix, { recursive: true, force: true });
  process.exit(1);
}

/** What the image's envsubst step does: ${NAME} of a set variable becomes its value. */
function render(text, file) {
  const rendered = text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (whole, name) => env[name] ?? whole);
  const left = /\$\{([A-Z_][A-Z0-9_]*)\}/.exec(rendered);
  if (left) fail(`${file} needs ${left[1]} in the environment`);
  return rendered;
}

prefix = mkdtempSync(path.join(tmpdir(), 'referral-desk-nginx-'));
env.NGINX_ACCESS_LOG = path.resolve(env.NGINX_ACCESS_LOG ?? path.join(prefix, 'access.log'));
mkdirSync(path.dirname(env.NGINX_ACCESS_LOG), { recursive: true });
const confD = path.join(prefix, 'conf.d');
mkdirSync(confD);
for (const name of readdirSync(path.join(deploy, 'nginx', 'templates'))) {
  if (!name.endsWith('.template')) continue;
  const text = readFileSync(path.join(deploy, 'nginx', 'templates', name), 'utf8');
  writeFileSync(path.join(confD, name.replace(/\.template$/, '')), render(text, name));
}
for (const name of readdirSync(path.join(deploy, 'nginx'))) {
  if (name.endsWith('.inc')) copyFileSync(path.join(deploy, 'nginx', name), path.join(confD, name));
}

// nginx's worker may run as another user when this runs as root: let it use the temp paths.
chmodSync(prefix, 0o755);
const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => {
  const dir = path.join(prefix, 'temp', name);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  return [name, dir];
});
const tempPaths = Object.fromEntries(temp);

// The main file: the official image's nginx.conf, with every path inside the prefix.
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path ${tempPaths.body};
    proxy_temp_path ${tempPaths.proxy};
    fastcgi_temp_path ${tempPaths.fastcgi};
    uwsgi_temp_path ${tempPaths.uwsgi};
    scgi_temp_path ${tempPaths.scgi};
    include conf.d/*.conf;
}
`,
);

const configScript = path.join(deploy, 'docker-entrypoint.d', '40-referral-desk-config.sh');
const written = spawnSync('sh', [configScript], {
  env: { ...env, CONFIG_JSON_PATH: path.join(env.APP_ROOT, 'config.json') },
  stdio: 'inherit',
});
if (written.status !== 0) fail('the config.json script failed');

const args = ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr'];
const test = spawnSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
if (test.status !== 0) fail(`${nginx} -t refused the configuration in ${prefix}`);

const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(
  `serve-nginx: ${env.APP_ROOT} on http://127.0.0.1:${env.NGINX_PORT}, /partner-api/ → ${env.PARTNER_API_UPSTREAM}`,
);
const stop = () => child.kill('SIGQUIT');
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
