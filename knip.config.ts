// knip (in `npm run lint`) reports unused files, exports and dependencies. Entries are globs, so a new
// command, bench script or test is picked up without editing this file.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The commands behind `npm run …` and the client scripts Astro bundles.
    'src/cli/*.ts',
    'src/scripts/*.ts',
    // Benchmark scripts (`npm run bench`, `bench:search`, …), run as files.
    'bench/*.ts',
    // Every test file (vitest and stryker find them by glob).
    'tests/**/*.test.ts',
  ],
  project: ['src/**/*.{ts,astro,mjs}', 'bench/**/*.ts', 'tests/**/*.ts'],
  ignore: ['tests/fixtures/**'],
  // A type or constant exported next to the function that uses it documents that function's contract.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Its generator and regex are loaded from the package's own files by path (src/lib/markdown/rehype-citation-source.ts).
    'rehype-citation',
    // The `starlight` variant of `npm run bench` installs it into a generated project (bench/lib/variants.ts).
    '@astrojs/starlight',
    // Pins the Node version that `npm run …` uses (README: The two commands).
    'node',
    // Its CLI is started as a process by `npm run serve:cdn` and tests/cdn (src/cli/lib/pages-dev.ts).
    'wrangler',
  ],
};

export default config;
