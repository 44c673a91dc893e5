import { defineConfig } from 'vite';

/**
 * `npm run sim` builds the HTTP simulator with Vite itself (Node 20 cannot run TypeScript and we
 * add no packages): an SSR build of the CLI entry into dist-sim/sim-server.js. Dependencies (msw,
 * zod) stay external and load from node_modules at run time.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-sim',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { 'sim-server': 'src/mocks/sim-server-cli.ts' },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
