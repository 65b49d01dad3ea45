/**
 * Runs the interop programs (test/interop/programs/*.ts: real consumers of tsenum's schemas
 * and columns) in both modes: compiled plainly by two compilers, and through tsenum's
 * transformer in one in-memory program that must also type-check (so the consumer code is
 * checked against the libraries' real types). Each program exports `main()`, which prints;
 * the runner awaits it with a console that records lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import vm from 'node:vm';
import {
  compileTransformedBatch,
  describeError,
  formatDiagnostics,
  repoRoot,
  settings,
  transformerAvailable,
} from '../harness/compile';

export const programsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');

/** One compiler that keeps class fields (tsc, ES2022) and one that lowers them (esbuild, ES2017). */
const PLAIN = ['tsc-es2022-define', 'esbuild-es2017'];
export const TRANSFORMED = 'transformed-es2022';

const rootRequire = createRequire(path.join(repoRoot, 'package.json'));

/** Runs CommonJS text, awaits its `main()`, and returns what it printed. */
export async function runProgram(js: string, fileName: string): Promise<string[]> {
  const lines: string[] = [];
  const print = (...args: unknown[]) => {
    lines.push(...format(...args).split('\n'));
  };
  const captured = { log: print, info: print, warn: print, error: print, debug: print };
  const module = { exports: {} as { main?: () => Promise<void> } };
  const wrapper = `(function (exports, require, module, console) {"use strict";\n${js}\n})`;
  const fn = vm.runInThisContext(wrapper, { filename: fileName }) as (...a: unknown[]) => void;
  try {
    fn(module.exports, rootRequire, module, captured);
    if (typeof module.exports.main !== 'function') throw new Error(`${fileName} exports no main()`);
    await module.exports.main();
  } catch (error) {
    lines.push(`UNCAUGHT ${describeError(error)}`);
  }
  return lines;
}

export interface ProgramRuns {
  /** mode name -> printed lines */
  readonly byMode: Map<string, string[]>;
  /** The transformed compile's type errors for this program (must be none). */
  readonly typeErrors: string;
}

/** Every program (or the named ones) in every mode. */
export function runPrograms(only?: readonly string[]): Promise<Map<string, ProgramRuns>> {
  const names = readdirSync(programsDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((name) => !only || only.includes(name));
  return runSources(
    new Map(names.map((n) => [n, readFileSync(path.join(programsDir, `${n}.ts`), 'utf8')])),
  );
}

/** Programs (name -> TypeScript source, each exporting `main()`) in every mode. */
export async function runSources(
  sources: ReadonlyMap<string, string>,
  plain: readonly string[] = PLAIN,
): Promise<Map<string, ProgramRuns>> {
  const transformed = transformerAvailable() ? compileTransformedBatch(sources) : undefined;
  const out = new Map<string, ProgramRuns>();
  for (const [name, source] of sources) {
    const byMode = new Map<string, string[]>();
    for (const setting of settings.filter((s) => plain.includes(s.name))) {
      let js: string;
      try {
        js = setting.compile(source, `${name}.ts`);
      } catch (error) {
        byMode.set(setting.name, [`COMPILE ERROR ${describeError(error)}`]);
        continue;
      }
      byMode.set(setting.name, await runProgram(js, `${name}.${setting.name}.js`));
    }
    const t = transformed?.get(name);
    if (t) byMode.set(TRANSFORMED, await runProgram(t.js, `${name}.${TRANSFORMED}.js`));
    out.set(name, { byMode, typeErrors: t ? formatDiagnostics(t.diagnostics) : '' });
  }
  return out;
}
