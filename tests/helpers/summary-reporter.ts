/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", that
 * CI and people can read without knowing Vitest's format. A failed module
 * (one that could not load, or whose setup threw) counts as a failure, and so
 * does every test it then could not run: those are not "skipped".
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      const moduleFailed = module.state() === 'failed';
      if (moduleFailed && [...module.children.allTests()].length === 0) count.failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed += 1;
        else if (state === 'failed' || moduleFailed) count.failed += 1;
        else count.skipped += 1;
      }
    }
    count.failed += errors.length;
    console.log(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
