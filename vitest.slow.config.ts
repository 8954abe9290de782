/** `npm run test:slow`: the slow tier only (SLOW_TESTS in vitest.config.ts), after `npm run build`. */
import { defineConfig } from 'vitest/config';
import { SHARED, SLOW_TESTS } from './vitest.config.ts';

export default defineConfig({
  test: {
    include: SLOW_TESTS,
    ...SHARED,
    reporters: [...SHARED.reporters],
  },
});
