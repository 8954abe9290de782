import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow tier, `npm run test:slow` (vitest.slow.config.ts), which CI runs after `npm test` (.ci/run):
 * the fork (a second site built and tested), the 400-page scale build, the quick benchmark's three builds,
 * the 75-query relevance evaluation and the accessibility sweep of every page in the sitemap.
 */
export const SLOW_TESTS = [
  'tests/build/fork.test.ts',
  'tests/build/scale.test.ts',
  'tests/bench/quick.test.ts',
  'tests/browser/relevance.test.ts',
  'tests/quality/sitemap-sweep.test.ts',
];

/** Settings both tiers share. */
export const SHARED = {
  testTimeout: 30_000,
  hookTimeout: 120_000,
  pool: 'forks',
  reporters: ['default', './tests/helpers/summary-reporter.ts'],
} as const;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...SLOW_TESTS],
    ...SHARED,
    reporters: [...SHARED.reporters],
  },
});
