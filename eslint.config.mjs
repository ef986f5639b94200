import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// lib/server runs at build time only (each module imports 'server-only'); what runs in the browser
// may take its types, never its code. Routes get their data from the one entry point, lib/server/source.ts.
const SERVER = ['@/lib/server/**', '**/lib/server/**', '../server/**', '../../server/**'];
const serverCode = {
  group: SERVER,
  allowTypeImports: true,
  message: 'lib/server is build-time code: import only its types here (import type …), or pass the data in from the page’s view.',
};
const buildTimeLibraries = {
  group: ['node:*', 'fs', 'path', 'zod', 'yaml', 'unified', 'remark-*', '@mdx-js/*'],
  allowTypeImports: true,
  message: 'This module can run in the browser: no Node built-ins or build-time libraries.',
};

const schemasTypeOnly = {
  group: ['**/*.schemas', '@/lib/shared/*.schemas'],
  allowTypeImports: true,
  message: 'The *.schemas modules hold zod: code that can run in the browser imports their types only (import type …).',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'out/**',
      'out-scale/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      'service/data/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/shared/**/*.ts', 'lib/flow/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode, buildTimeLibraries, schemasTypeOnly] }] },
  },
  {
    // The report loop's zod schemas live beside its contract (lib/shared/report-contract.schemas.ts)
    // for the service, its CLI and the build; everything that can run in the browser imports their types only.
    files: ['lib/shared/**/*.schemas.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode] }] },
  },
  {
    // A client component takes its words from the page's dictionary (useDict): importing an edition's
    // dictionary would put it in the bundle, on a page whose first-load JavaScript has no room for it.
    files: ['**/*.client.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [serverCode, buildTimeLibraries, schemasTypeOnly],
          paths: ['@/lib/shared/i18n', '@/lib/shared/i18n/index', '@/lib/shared/i18n/zh', '@/lib/shared/i18n/en'].map((name) => ({
            name,
            allowTypeImports: true,
            message:
              'Client components read the page’s words with useDict() (@/lib/shared/i18n/context.client): a dictionary imported here lands in the bundle.',
          })),
        },
      ],
    },
  },
  {
    // The one render-time module of the article compiles MDX on the server.
    files: ['components/guide/article/render-guide.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...SERVER, '!@/lib/server/source'],
              allowTypeImports: true,
              message: 'Routes get their data from @/lib/server/source (getGuideView, getStepView …).',
            },
          ],
        },
      ],
    },
  },
];

export default config;
