#!/usr/bin/env node
// `npm run accept`: rebuild, then rewrite fixtures/baselines/ from what the transformer does
// now (fixtures/cases/<name>.ts -> <name>.js and <name>.errors.txt). Review the diff: a
// changed baseline is a changed behaviour.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/build.mjs']);
run(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', 'test/transformer/baselines.test.ts'],
  { TSENUM_ACCEPT: '1' },
);
run('git', ['status', '--short', '--', 'fixtures/baselines']);
