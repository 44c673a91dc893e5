import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/** Import boundaries from the house style, enforced per folder with no-restricted-imports. */
const ours = (...folders) => folders.flatMap((f) => [`**/${f}/*`, `**/${f}`]);
const boundary = (files, groups, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [...groups.map((g) => ({ group: g.group, message: g.message })), ...extra],
      },
    ],
  },
});
/** The feature folders under src/features. */
const FEATURES = [
  'referrals-list',
  'referral-edit',
  'pipeline-board',
  'referral-create',
  'inbox',
  'insights',
];
const noMsw = {
  group: ['msw', 'msw/*'],
  message: 'msw is imported only under src/mocks and src/test.',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'react-router', 'wouter'],
  message: 'domain/ is pure TypeScript: no React, no query library.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'reports',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Named exports only (config files excepted).',
        },
      ],
    },
  },
  { files: ['*.config.{js,ts}', 'eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  boundary(
    ['src/domain/**'],
    [
      {
        group: ours('api', 'app', 'features', 'components', 'mocks', 'shared', 'test'),
        message: 'domain imports nothing of ours.',
      },
      noReact,
      noMsw,
    ],
  ),
  boundary(
    ['src/api/**'],
    [
      {
        group: ours('app', 'features', 'components', 'mocks', 'shared'),
        message: 'api imports only domain.',
      },
      noMsw,
    ],
  ),
  boundary(
    ['src/mocks/**'],
    [
      {
        group: ours('api', 'app', 'features', 'components', 'shared'),
        message: 'mocks import only domain (tests may use the client).',
      },
    ],
  ),
  { files: ['src/mocks/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  boundary(
    ['src/components/**'],
    [
      {
        group: ours('api', 'app', 'features', 'mocks', 'domain', 'shared'),
        message: 'components/ui have no domain knowledge.',
      },
      noMsw,
    ],
  ),
  boundary(
    ['src/shared/**'],
    [
      {
        group: ours('app', 'features', 'mocks'),
        message: 'shared referral UI imports api, domain and components only.',
      },
      noMsw,
    ],
  ),
  // Features never import each other or the app; src/app composes them.
  ...FEATURES.map((feature) =>
    boundary(
      [`src/features/${feature}/**`],
      [
        {
          group: [
            ...ours('app', 'mocks'),
            ...FEATURES.filter((f) => f !== feature).map((f) => `**/${f}/**`),
          ],
          message: 'features never import each other or the app.',
        },
        noMsw,
      ],
    ),
  ),
  boundary(
    ['src/app/**'],
    [
      { group: ours('mocks'), message: 'app does not import the simulator: main.tsx starts it.' },
      noMsw,
    ],
  ),
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // The simulator's entry points: browser.ts (the demo), node.ts (the test server), sim-server-cli.ts
  // (npm run sim). Its sub-folders (odata, seed, store, rules, handlers, browser, http) are its own.
  {
    files: [
      'src/main.tsx',
      'src/test/**',
      'src/**/*.test.{ts,tsx}',
      'e2e/**',
      'bench/**',
      'scripts/**',
      '*.config.ts',
    ],
    ignores: ['src/mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/mocks/*',
                '**/mocks/*/**',
                '!**/mocks/browser',
                '!**/mocks/node',
                '!**/mocks/sim-server-cli',
              ],
              message:
                'Outside src/mocks, import only its entry points: mocks/browser, mocks/node, mocks/sim-server-cli.',
            },
          ],
        },
      ],
    },
  },
);
