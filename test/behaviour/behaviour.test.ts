/**
 * The behaviour suite: every case (test/behaviour/catalog.ts) under every compiler setting
 * (test/harness/compile.ts) and, once the transformer is built, the transformed mode; each
 * run must print the expected lines (CPython 3.13's output, or SPEC's by hand), and every
 * setting must print exactly the same as every other.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparableAcrossSettings, linesOf, normalizeAgainst } from '../harness/compare';
import {
  compileAndRun,
  compileTransformedBatch,
  esbuildCompile,
  type RunResult,
  runJs,
  settings,
  transformerAvailable,
  warnTransformerMissing,
} from '../harness/compile';
import { type BehaviourCase, behaviourDir, loadCases } from './catalog';

const cases = loadCases();
const runtimeBuilt = existsSync(path.join(behaviourDir, '../../dist/runtime/index.cjs'));

function expectedLines(c: BehaviourCase): string[] {
  return linesOf(readFileSync(c.expectedPath, 'utf8'), { comments: c.byHand });
}

/** setting name -> case id -> result, filled lazily so that each compile+run happens once */
const results = new Map<string, Map<string, RunResult>>();
function resultOf(settingName: string, c: BehaviourCase, run: () => RunResult): RunResult {
  let bySetting = results.get(settingName);
  if (!bySetting) {
    bySetting = new Map();
    results.set(settingName, bySetting);
  }
  let result = bySetting.get(c.id);
  if (!result) {
    result = run();
    bySetting.set(c.id, result);
  }
  return result;
}

function assertExpected(c: BehaviourCase, actual: readonly string[]): void {
  const expected = expectedLines(c);
  expect(
    normalizeAgainst(expected, actual).join('\n'),
    `${c.id}\n--- program ---\n${numbered(c.source)}`,
  ).toBe(expected.join('\n'));
}

function numbered(source: string): string {
  return source
    .split('\n')
    .map((l, i) => `${String(i + 1).padStart(4)} ${l}`)
    .filter((l) => l.trim().length > 4)
    .join('\n');
}

describe('catalog', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it('every case has its expected output, every CPython-derived case its Python twin', () => {
    const missing: string[] = [];
    for (const c of cases) {
      if (!existsSync(c.expectedPath))
        missing.push(`expected ${path.relative(behaviourDir, c.expectedPath)}`);
      if (c.byHand) continue;
      const [group, rest] = c.id.split('/') as [string, string];
      const twin = path.join(behaviourDir, 'python', group, `${rest.split('.')[0]}.py`);
      if (!existsSync(twin)) missing.push(`python twin ${path.relative(behaviourDir, twin)}`);
    }
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!runtimeBuilt)('behaviour', () => {
  for (const setting of settings) {
    describe(setting.name, () => {
      for (const c of cases) {
        it(c.id, () => {
          const { lines } = resultOf(setting.name, c, () =>
            compileAndRun(setting, c.source, `${c.id}.ts`),
          );
          assertExpected(c, lines);
        });
      }
    });
  }

  describe('transformed', () => {
    const available = transformerAvailable();
    if (!available) {
      it.skip('dist/transformer/index.cjs is not built: transformed mode skipped', () => {});
      warnTransformerMissing();
      return;
    }
    let outputs: ReturnType<typeof compileTransformedBatch> | undefined;
    let batchError: unknown;
    beforeAll(() => {
      try {
        outputs = compileTransformedBatch(new Map(cases.map((c) => [c.id, c.source])));
      } catch (error) {
        batchError = error;
      }
    }, 120_000);
    for (const c of cases) {
      it(c.id, () => {
        if (batchError) throw batchError;
        const out = outputs?.get(c.id);
        if (!out) throw new Error(`no transformed output for ${c.id}`);
        const { lines } = resultOf('transformed', c, () => runJs(out.js, `${c.id}.transformed.js`));
        assertExpected(c, lines);
      });
    }
  });

  describe('every setting prints the same', () => {
    for (const c of cases) {
      it(c.id, () => {
        const expected = expectedLines(c);
        const text = (r: RunResult) => comparableAcrossSettings(expected, r.lines).join('\n');
        const first = settings[0]!;
        const reference = text(
          resultOf(first.name, c, () => compileAndRun(first, c.source, `${c.id}.ts`)),
        );
        const differing: Record<string, string> = {};
        for (const setting of settings.slice(1)) {
          const out = text(
            resultOf(setting.name, c, () => compileAndRun(setting, c.source, `${c.id}.ts`)),
          );
          if (out !== reference) differing[setting.name] = out;
        }
        const transformed = results.get('transformed')?.get(c.id);
        if (transformed && text(transformed) !== reference)
          differing.transformed = text(transformed);
        expect(differing, `output that differs from ${first.name}'s:\n${reference}`).toEqual({});
      });
    }
  });

  describe('esbuild without keepNames (a known limitation, documented)', () => {
    // esbuild renames the class binding when it lowers static fields, and an enum's name is its
    // class's name: users of esbuild need `keepNames: true` (see ESBUILD_KEEP_NAMES).
    const source = `import { Enum } from 'tsenum';
class Color extends Enum { static readonly RED = new Color(1); }
console.log(Color.RED);`;
    it('es2017 without keepNames names the enum after the renamed binding', () => {
      expect(runJs(esbuildCompile(source, 'c.ts', 'es2017', false, false)).lines).toEqual([
        '<_Color.RED: 1>',
      ]);
    });
    it('es2017 with keepNames keeps the name', () => {
      expect(runJs(esbuildCompile(source, 'c.ts', 'es2017', false, true)).lines).toEqual([
        '<Color.RED: 1>',
      ]);
    });
  });
});

afterAll(() => {
  if (!runtimeBuilt)
    console.warn('tsenum behaviour suite: dist/runtime/index.cjs missing; run `npm run build`.');
});
