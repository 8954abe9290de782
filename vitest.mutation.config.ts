import { defineConfig } from 'vitest/config';

/** The unit tests of src/lib/rules and src/lib/versions, the scope of `npm run mutation` (stryker.config.json). */
export default defineConfig({
  test: {
    include: ['tests/unit/lib/rules/**/*.test.ts', 'tests/unit/lib/versions/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
