import { config } from 'zod/mini';

/**
 * Imported first by every module that builds zod schemas when it loads. zod 4 probes
 * `new Function('')` once, when the first object schema is built, to decide whether it may compile
 * fast parsers. Under the production Content-Security-Policy (no 'unsafe-eval') the probe is
 * blocked and, although zod catches the error, the browser still reports a
 * `securitypolicyviolation`. Jitless skips the probe; under that policy zod could not compile
 * parsers anyway, so parsing in the app is exactly as fast as before. The setting is global, so it
 * covers the schemas built with `zod` (forms, simulator) as well as those built with `zod/mini`.
 */
config({ jitless: true });
