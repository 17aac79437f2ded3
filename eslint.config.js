import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const browserGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'fetch',
  'indexedDB',
  'WebSocket',
  'crypto',
  'setTimeout',
  'setInterval',
  'alert',
  'confirm',
].map((name) => ({
  name,
  message: 'src/nostr is pure protocol code: pass this in from the caller.',
}))

/**
 * The layers of src, top to bottom: a layer imports only layers below it (HOUSE-STYLE.md). Data
 * flows up from relays (ndk) through the rules (nostr) into the stores; actions go down through
 * commands. Components and hooks are the shared UI, one layer.
 */
const layers = [
  ['app'],
  ['features'],
  ['components', 'hooks'],
  ['commands'],
  ['stores'],
  ['ndk', 'wallet'],
  ['storage'],
  ['safety', 'lightning'],
  ['nostr'],
]
const layerZones = layers.slice(1).flatMap((folders, index) =>
  folders.map((folder) => ({
    target: `./src/${folder}`,
    from: layers
      .slice(0, index + 1)
      .flat()
      .map((above) => `./src/${above}`),
    message: `src/${folder} is below these layers and must not import them (see eslint.config.js \`layers\`).`,
  })),
)

/** Only src/ndk may import NDK at runtime; elsewhere type-only imports are fine. */
const ndkOnlyInNdkLayer = {
  paths: [],
  patterns: [
    {
      group: ['@nostr-dev-kit/*'],
      allowTypeImports: true,
      message: 'Only src/ndk talks to NDK at runtime. Use a function from src/ndk.',
    },
    {
      group: ['react-router', 'react-router/*', 'wouter', 'wouter/*'],
      message:
        'Import navigation from @/components/router; the router library is a detail of src/app.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.bench',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-restricted-imports': ['error', ndkOnlyInNdkLayer],
    },
  },
  {
    files: [
      'src/ndk/**/*.{ts,tsx}',
      'src/app/router.tsx',
      'src/app/route-error.tsx',
      'src/app/app-shell.tsx',
      'src/components/router.ts',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/nostr/**/*.ts', 'src/lightning/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in as an argument.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'Pass the time in as an argument.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'],
              message: 'src/nostr has no UI.',
            },
            { group: ['@nostr-dev-kit/*'], message: 'src/nostr is pure: no NDK.' },
            {
              group: [
                '@/ndk/*',
                '@/stores/*',
                '@/features/*',
                '@/app/*',
                '@/components/*',
                '../ndk/*',
                '../stores/*',
                '../features/*',
                '../app/*',
              ],
              message: 'src/nostr depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...ndkOnlyInNdkLayer,
          patterns: [
            ...ndkOnlyInNdkLayer.patterns,
            {
              group: features
                .filter((f) => f !== feature)
                .flatMap((f) => [
                  `@/features/${f}`,
                  `@/features/${f}/*`,
                  `../${f}`,
                  `../${f}/*`,
                  `../../${f}/*`,
                ]),
              message:
                'Features do not import each other: move shared code to src/components, src/stores or src/nostr.',
            },
            { group: ['@/app/*'], message: 'Features do not import the app layer.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
