/**
 * Vitest with the plugin in its Vite config (SPEC section 11): a child `vitest run` on
 * test/bundler-e2e/fixtures/vitest, whose test imports the fixture app's decorated enums
 * (`@unique`, `@verify(UNIQUE, CONTINUOUS)`) and a class extending a member-less base of
 * another file. Without the plugin Vitest's Oxc leaves the decorators as written and Node 20
 * fails to load the module. One spawn.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginsAvailable, repoRoot } from './builds';

const dir = path.join(repoRoot, 'test/bundler-e2e/fixtures/vitest');

describe.skipIf(!pluginsAvailable())('Vitest with tsenum/vite in its config', () => {
  it('runs the decorated enums of the app', () => {
    // The parent's VITEST* variables would make the child think it runs inside a worker.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')),
    );
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir],
      { cwd: dir, encoding: 'utf8', env: { ...env, NO_COLOR: '1', CI: 'true' }, timeout: 120_000 },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/Tests\s+1 passed/);
  }, 150_000);
});
