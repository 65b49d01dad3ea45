import { defineConfig } from 'vitest/config';

// Tests import the package by name ('tsenum', 'tsenum/transformer'). There is deliberately no
// alias: the name resolves through package.json `exports` (package self-reference) to the
// build in dist/, so `npm test` runs `npm run build` first and a broken export map fails.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compile inputs live in fixtures/ and test/**/cases|fixtures|baselines/, never run as tests.
    exclude: [
      '**/node_modules/**',
      'dist/**',
      'fixtures/**',
      'test/bench/**',
      'test/**/cases/**',
      'test/**/fixtures/**',
      'test/**/baselines/**',
    ],
    // The spawned-tool tests (tspc, tsserver, the bins, the bundlers) take a few seconds alone
    // and several times that when the 2 cores are shared: a timeout is for a hang, not a budget.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Child processes rather than threads: tests spawn compilers and load several TypeScript
    // versions. Vitest's default would be one worker on 2 cores; use both.
    pool: 'forks',
    maxWorkers: 2,
  },
});
