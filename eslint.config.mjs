import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'lib/db/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Guard rails (the README's code map): app/ and components/ reach data only through
  // lib/access (defineQuery, defineRoute) and lib/action (defineAction), never lib/db.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'],
              message:
                'app/ and components/ never import lib/db: read through defineQuery or defineRoute (lib/access), change through defineAction (lib/action)',
            },
          ],
        },
      ],
    },
  },
  // lib/rules is pure: other rules and the date libraries (types from the permission table allowed).
  {
    files: ['lib/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|date-fns(/|$)|@date-fns/tz$|date-holidays$|node:crypto$)',
              allowTypeImports: true,
              message: 'lib/rules imports only other rules and date libraries: no I/O, no database, no framework',
            },
          ],
        },
      ],
    },
  },
];

export default config;
