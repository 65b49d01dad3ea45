/**
 * The interop programs (test/interop/programs) in both modes: each must print exactly its
 * expected lines (test/interop/expected/<name>.txt, written by hand from the libraries'
 * documented behaviour and SPEC section 13), identically in every mode, and type-check.
 * `INTEROP_ACCEPT=1 npx vitest run test/interop` rewrites the expected files from the first
 * mode's output when a change is intended: review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { transformerAvailable } from '../harness/compile';
import { type ProgramRuns, programsDir, runPrograms, TRANSFORMED } from './run';

const expectedDir = path.join(programsDir, '../expected');
let runs: Map<string, ProgramRuns>;

beforeAll(async () => {
  runs = await runPrograms(only);
}, 240_000);

const all = ['schema', 'hono', 'trpc', 'tanstack-form', 'zod', 'drizzle-pg', 'drizzle-sqlite'];
// `INTEROP_ONLY=hono,trpc` runs some of them while iterating.
const only = process.env.INTEROP_ONLY?.split(',');
const programs = only ?? all;

describe.each(programs)('%s', (name) => {
  it('prints the expected lines in every mode', () => {
    const run = runs.get(name);
    expect(run, `no program ${name}`).toBeDefined();
    const file = path.join(expectedDir, `${name}.txt`);
    if (process.env.INTEROP_ACCEPT) {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(file, `${[...run!.byMode.values()][0]!.join('\n')}\n`);
    }
    const expected = existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n') : [];
    for (const [mode, lines] of run!.byMode) expect(lines, mode).toEqual(expected);
    expect(run!.byMode.has(TRANSFORMED), 'transformed mode ran').toBe(transformerAvailable());
  });
  it('type-checks against the libraries', () => {
    expect(runs.get(name)!.typeErrors).toBe('');
  });
});
