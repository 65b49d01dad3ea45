/**
 * The fixtures: each fixtures/cases/<name>.ts compiled in memory with the transformer
 * (TypeScript 6 + the program transformer, as `tspc` loads it) must emit exactly
 * fixtures/baselines/<name>.js and report exactly fixtures/baselines/<name>.errors.txt
 * (absent when there is no error). `npm run accept` rewrites them after an intended change.
 *
 * Each case also runs, transformed and not, and must print the same (parity.test.ts checks
 * the other TypeScript versions).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileCase,
  formatErrors,
  formatOutputs,
  parseCase,
  repoRoot,
  runCase,
  typescripts,
} from './compile';

// An internal failure of the transformer fails the test instead of being swallowed.
process.env.TSENUM_TRANSFORMER_STRICT = '1';

const fixtures = path.join(repoRoot, 'fixtures');
const casesDir = path.join(fixtures, 'cases');
const baselinesDir = path.join(fixtures, 'baselines');
const accept = process.env.TSENUM_ACCEPT === '1';
const ts = typescripts['6.0'];

const names = readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const cases = names.map((name) =>
  parseCase(name, readFileSync(path.join(casesDir, `${name}.ts`), 'utf8')),
);

function compare(file: string, actual: string): void {
  const full = path.join(baselinesDir, file);
  if (accept) {
    if (actual === '') rmSync(full, { force: true });
    else writeFileSync(full, actual);
    return;
  }
  const expected = existsSync(full) ? readFileSync(full, 'utf8') : '';
  expect(actual, `fixtures/baselines/${file} (npm run accept to update)`).toBe(expected);
}

describe('fixtures', () => {
  it('exist', () => {
    expect(names.length).toBeGreaterThan(20);
    if (accept) mkdirSync(baselinesDir, { recursive: true });
    const expected = new Set(names.flatMap((n) => [`${n}.js`, `${n}.errors.txt`]));
    const stray = existsSync(baselinesDir)
      ? readdirSync(baselinesDir).filter((f) => !expected.has(f))
      : [];
    if (accept) for (const f of stray) rmSync(path.join(baselinesDir, f));
    else expect(stray, 'baselines without a case').toEqual([]);
  });

  for (const parsed of cases) {
    describe(parsed.name, () => {
      let memo: ReturnType<typeof compileCase> | undefined;
      const transformed = () => {
        memo ??= compileCase(parsed, { transform: true });
        return memo;
      };
      const errors = () => formatErrors(ts, transformed());

      it('emits the baseline', () => compare(`${parsed.name}.js`, formatOutputs(transformed())));
      it('reports the baseline errors', () => compare(`${parsed.name}.errors.txt`, errors()));

      it.skipIf(parsed.settings.run === 'false')('prints the same transformed and not', () => {
        const plain = compileCase(parsed, { transform: false });
        expect(runCase(transformed())).toEqual(runCase(plain));
      });
    });
  }
});
