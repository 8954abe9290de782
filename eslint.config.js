// ESLint flat config: JavaScript and typescript-eslint recommended rules (not type-checked, so a run
// stays fast) for every script, plus eslint-plugin-astro for components. Layout is Prettier's job.
// The layers of src/ are declared once, in LAYERS below, and eslint-plugin-boundaries enforces them.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of the code, bottom first. A file may import its own element and any element of a lower
 * layer, never one of its own layer or above; type imports count. README's Layout shows the same table.
 */
export const LAYERS = [
  { core: ['src/lib/core/**/*'] },
  { config: ['src/topic.ts', 'src/schemas/topic.ts', 'src/lib/site.ts', 'src/lib/site-nav.ts'] },
  { rules: ['src/lib/rules/**/*'] },
  { schemas: ['src/schemas/**/*'] },
  { living: ['src/lib/living/**/*'] },
  { content: ['src/lib/content/**/*'], surveillance: ['src/lib/surveillance/**/*'] },
  { markdown: ['src/lib/markdown/**/*'], data: ['src/lib/data/**/*'], search: ['src/lib/search/**/*'] },
  { charts: ['src/lib/charts/**/*'] },
  { citing: ['src/lib/citing/**/*'] },
  { versions: ['src/lib/versions/**/*'] },
  { routes: ['src/lib/routes/**/*'] },
  { checks: ['src/lib/checks/**/*'] },
  {
    app: ['src/components/**/*', 'src/layouts/**/*', 'src/pages/**/*', 'src/scripts/**/*', 'src/cli/**/*', 'src/content.config.ts', 'astro.config.mjs'],
  },
];

const layerElements = LAYERS.flatMap((layer) => Object.entries(layer).map(([type, pattern]) => ({ type, pattern, mode: 'full' })));
const layerPolicies = LAYERS.flatMap((layer, rank) =>
  Object.keys(layer).map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: [type, ...LAYERS.slice(0, rank).flatMap((lower) => Object.keys(lower))] } } } },
  })),
);

export default defineConfig(
  {
    // Generated output, and fixtures whose files are test inputs rather than project code.
    ignores: ['dist/', '.astro/', 'bench/.work/', 'tmp/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['src/**/*.{ts,astro}', 'astro.config.mjs'],
    plugins: { boundaries },
    settings: {
      // The '@typescript-eslint/parser' also reads `import type`, so type imports are checked like any other.
      'boundaries/elements': layerElements,
      'boundaries/include': ['src/**/*', 'astro.config.mjs'],
      'import/resolver': { node: { extensions: ['.ts', '.mjs', '.js', '.astro'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  {
    // Entry URLs come from src/lib/core/urls.ts only: a hand-built `/studies/${id}/` silently disagrees with
    // the redirects and the versions the day the URL scheme changes.
    files: ['src/**/*.{ts,astro}', 'astro.config.mjs', 'bench/**/*.ts'],
    ignores: ['src/lib/core/urls.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateLiteral[quasis.0.value.raw=/^\\/((studies|questions|claims)\\/$|(cite|charts)(\\/|$))/]',
          message: 'build entry, citation-file and chart-file URLs with src/lib/core/urls.ts (entryPath, versionPath, citationFilePath, chartFilePath)',
        },
        {
          selector: "TemplateLiteral[quasis.0.value.raw='/'][quasis.1.value.raw=/^\\//]",
          message: 'build entry URLs such as `/${collection}/${id}/` with entryPath from src/lib/core/urls.ts',
        },
      ],
    },
  },
  {
    rules: {
      // `const { key: _key, ...rest } = value` is how the code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
