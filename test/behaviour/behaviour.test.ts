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
  type BatchOutput,
  compileAndRun,
  compileTransformedBatch,
  esbuildCompile,
  type RunResult,
  runJs,
  settings,
  TS7_SETTING,
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

/**
 * TypeScript 7 compiles every case in one CLI run, done once (by whichever block needs it
 * first) and shared. Skipped cases are not compiled; each skip is printed with its reason.
 */
const ts7Skips = new Map(TS7_SETTING.skips.map((s) => [s.id, s.reason]));
let ts7Batch: { outputs?: Map<string, BatchOutput>; error?: unknown } | undefined;
function ts7Outputs(): Map<string, BatchOutput> {
  if (!ts7Batch) {
    const unknown = [...ts7Skips.keys()].filter((id) => !cases.some((c) => c.id === id));
    if (unknown.length) throw new Error(`${TS7_SETTING.name} skips unknown cases: ${unknown}`);
    for (const [id, reason] of ts7Skips)
      console.warn(`!!! ${TS7_SETTING.name}: case ${id} SKIPPED: ${reason}`);
    const started = performance.now();
    try {
      const sources = new Map(
        cases.filter((c) => !ts7Skips.has(c.id)).map((c) => [c.id, c.source]),
      );
      const outputs = TS7_SETTING.compileBatch(sources);
      const typeErrors = [...outputs.values()].filter((o) => o.diagnostics.length).length;
      console.info(
        `${TS7_SETTING.name}: TypeScript ${TS7_SETTING.version} compiled ${sources.size} cases in ` +
          `${Math.round(performance.now() - started)} ms (one spawn; ${typeErrors} with type ` +
          `errors, ignored: emit only), ${ts7Skips.size} skipped`,
      );
      ts7Batch = { outputs };
    } catch (error) {
      ts7Batch = { error };
    }
  }
  if (ts7Batch.error) throw ts7Batch.error;
  return ts7Batch.outputs!;
}

function ts7Result(c: BehaviourCase): RunResult {
  return resultOf(TS7_SETTING.name, c, () => {
    const out = ts7Outputs().get(c.id);
    if (!out) throw new Error(`no ${TS7_SETTING.name} output for ${c.id}`);
    if (out.js === undefined)
      return { lines: [`COMPILE ERROR no output\n${out.diagnostics.join('\n')}`] };
    return runJs(out.js, `${c.id}.${TS7_SETTING.name}.js`);
  });
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

  describe(TS7_SETTING.name, () => {
    if (!TS7_SETTING.available()) {
      // A devDependency: `npm ci` installs it. Missing means a broken install, not a choice.
      it('typescript-7 is installed', () => {
        throw new Error('node_modules/typescript-7 is missing: run npm ci');
      });
      return;
    }
    beforeAll(() => {
      ts7Outputs();
    }, 120_000);
    for (const c of cases) {
      const skip = ts7Skips.get(c.id);
      if (skip !== undefined) {
        it.skip(`${c.id} (skipped under ${TS7_SETTING.name}: ${skip})`, () => {});
        continue;
      }
      it(c.id, () => {
        assertExpected(c, ts7Result(c).lines);
      });
    }
  });

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
    beforeAll(() => {
      // A failed TS 7 compile fails its own block above; here it leaves the others compared.
      try {
        if (TS7_SETTING.available()) ts7Outputs();
      } catch {}
    }, 120_000);
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
        if (TS7_SETTING.available() && !ts7Skips.has(c.id) && !ts7Batch?.error) {
          const out = text(ts7Result(c));
          if (out !== reference) differing[TS7_SETTING.name] = out;
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
