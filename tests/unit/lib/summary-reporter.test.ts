import { describe, expect, test, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from '../../helpers/summary-reporter.ts';

const moduleWith = (states: string[], moduleState = 'passed') =>
  ({
    state: () => moduleState,
    children: { allTests: () => states.map((state) => ({ result: () => ({ state }) }))[Symbol.iterator]() },
  }) as unknown as TestModule;

describe('SummaryReporter', () => {
  test('prints passed, failed and skipped counts on one plain line', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    new SummaryReporter().onTestRunEnd([moduleWith(['passed', 'failed', 'skipped', 'passed'])], []);
    expect(log).toHaveBeenCalledWith('\ntests: 2 passed, 1 failed, 1 skipped');
    log.mockRestore();
  });

  test('counts a module that failed to load and unhandled errors as failures', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    new SummaryReporter().onTestRunEnd([moduleWith([], 'failed')], [new Error('boom')]);
    expect(log).toHaveBeenCalledWith('\ntests: 0 passed, 2 failed, 0 skipped');
    log.mockRestore();
  });

  test('counts the tests a failed setup kept from running as failures, not skips', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    new SummaryReporter().onTestRunEnd([moduleWith(['skipped', 'skipped'], 'failed'), moduleWith(['passed', 'skipped'])], []);
    expect(log).toHaveBeenCalledWith('\ntests: 1 passed, 2 failed, 1 skipped');
    log.mockRestore();
  });
});
