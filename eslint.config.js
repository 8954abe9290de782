// ESLint flat config: JavaScript and typescript-eslint recommended rules (not type-checked, so a run
// stays fast) for every script, plus eslint-plugin-astro for components. Layout is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated output, and fixtures whose files are test inputs rather than project code.
    ignores: ['dist/', '.astro/', 'bench/.work/', 'tmp/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `const { key: _key, ...rest } = value` is how the code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
