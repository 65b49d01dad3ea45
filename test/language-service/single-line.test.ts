/**
 * The README's one plugins line carries both hosts' keys (`transform` + `transformProgram` for
 * ts-patch, `name` for tsserver): tsserver.test.ts shows tsserver loads the plugin from it; here
 * `tspc` (TypeScript 6.0 + ts-patch 4) still fails the build on it with the baseline's errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../transformer/compile';
import { type FixtureProject, writeFixtureProjects } from './projects';

const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-line-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('tspc reads the single line', () => {
  const projects = writeFixtureProjects(temp, 6);
  const project = projects.find((p) => p.name === 'error-unique') as FixtureProject;
  const config = JSON.parse(readFileSync(path.join(project.dir, 'tsconfig.json'), 'utf8'));
  expect(config.compilerOptions.plugins).toEqual([
    { transform: 'tsenum/transformer', transformProgram: true, name: 'tsenum/language-service' },
  ]);
  writeFileSync(path.join(project.dir, 'tsconfig.json'), JSON.stringify(config));
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/ts-patch/bin/tspc.js'), '-p', '.'],
    { cwd: project.dir, encoding: 'utf8' },
  );
  expect(run.stdout).toBe(project.baseline.map((e) => `${e.line}\n`).join(''));
  expect(run.status).toBe(2);
});
