import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The simulator answers a bad body with zod's English message, as a server would. `zod/mini` comes
 * without messages; loading them here keeps them in the demo backend's chunk, off the app's first load.
 */
config(en());
