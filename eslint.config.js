import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers (decision 016, docs/conventions.md). Every file belongs to one element (a folder);
 * the policies below say which element must not import which. Patterns are folders, so a new
 * feature or a new file in a shared folder is covered without touching this file. src/main.tsx is
 * the one file outside the layers: it wires the app and starts the mock (decision 004).
 */
const elements = [
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'api', pattern: 'src/api' },
  { type: 'components', pattern: 'src/components' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'styles', pattern: 'src/styles' },
  { type: 'mocks', pattern: 'mocks' },
  { type: 'tests', pattern: 'tests' },
  { type: 'scripts', pattern: 'scripts' },
  { type: 'bench', pattern: 'bench' },
];

const shared = ['api', 'components', 'lib', 'i18n', 'styles'];

const layers = {
  files: ['**/*.{ts,tsx,js,mjs}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        // Allowed unless a policy below forbids it: the list names the lines that must not be crossed.
        default: 'allow',
        policies: [
          {
            // A feature is one view; what two views share belongs in components, lib or api.
            from: { element: { type: 'feature' } },
            disallow: { to: { element: { type: 'feature' } } },
            message: 'A feature never imports another feature: move the shared part to src/components or src/lib.',
          },
          {
            from: { element: { type: 'feature' } },
            allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
          },
          {
            // Shared layers sit below the views and the shell, never the other way round.
            from: { element: { types: { anyOf: shared } } },
            disallow: { to: { element: { types: { anyOf: ['feature', 'app'] } } } },
            message: 'Shared code (api, components, lib, i18n) never imports a feature or the app shell.',
          },
          {
            // The mock stands in for a server: it knows the contract (src/api), never the views.
            from: { element: { type: 'mocks' } },
            disallow: { to: { element: { types: { anyOf: ['feature', 'app', 'components'] } } } },
            message: 'The mock never imports views or UI: it may use src/api (the contract) and src/lib.',
          },
          {
            // Only src/main.tsx starts the mock (lazily); the app itself never depends on it or on tests.
            from: { element: { types: { anyOf: ['feature', 'app', ...shared] } } },
            disallow: { to: { element: { types: { anyOf: ['mocks', 'tests', 'scripts', 'bench'] } } } },
            message: 'App code never imports the mock, tests or scripts.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.offline-real-api-dist/**',
      '.real-api-dist/**',
      'public/mockServiceWorker.js',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      'bench/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  jsxA11y.flatConfigs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // The bench's pages, and the callbacks its runner hands to the browser, run in the page.
  { files: ['bench/**/*.{js,mjs}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Hostile strings in the data must stay text (docs/quality.md): no HTML from data, ever.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from data: render text.' },
      ],
    },
  },
  layers,
  {
    // Tests query the page as a person perceives it (roles, names, text), not by walking the DOM.
    files: ['tests/integration/**/*.{ts,tsx}', 'tests/render.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
);
