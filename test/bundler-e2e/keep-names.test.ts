/**
 * Builds with no tsenum plugin (README: "Builds without a tsenum plugin"): the fixture app with
 * its decorators written as calls (`unique(Color)`, `verify(UNIQUE, CONTINUOUS)(Level)`, since
 * nothing lowers a decorator there) built by each bundler with the setting that keeps class
 * names, and run: each prints what plain tsc prints. This pins every setting the README gives:
 *
 *   Vite 8 (app, lib)  build.rolldownOptions.output.keepNames: true
 *   Rolldown           output.keepNames: true
 *   esbuild            keepNames: true (--keep-names)
 *   Rollup + terser    terser's keep_classnames: true
 *   webpack 5          optimization.minimizeOptions.javascript.keep_classnames: true and
 *                      optimization.concatenateModules: false (scope hoisting renames a class
 *                      whose name another module also declares: `level_b_Level`)
 *   rspack             SwcJsMinimizerRspackPlugin mangle + compress keep_classnames: true and
 *                      concatenateModules: false (likewise)
 *
 * Without those settings every one of these builds renames the classes (`<e.RED: 1>`,
 * `99 is not a valid e`), measured with the versions pinned in package.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLERS,
  type BuildName,
  buildAndRun,
  buildWithTsc,
  makeRunDir,
  type Outcome,
  removeRunDir,
  writeCallFormApp,
} from './builds';

let runDir = '';
let reference: Outcome | undefined;
let callFormReference: Outcome | undefined;
const outcomes = new Map<BuildName, Outcome>();

beforeAll(async () => {
  runDir = makeRunDir();
  const app = writeCallFormApp(runDir);
  const tsc = Promise.all([buildWithTsc(runDir), buildWithTsc(runDir, app, 'tsc-calls')]);
  for (const name of BUNDLERS) {
    outcomes.set(name, await buildAndRun(name, runDir, { app, keepNames: true }));
  }
  [reference, callFormReference] = await tsc;
}, 240_000);

afterAll(() => removeRunDir(runDir));

describe("no plugin, names kept by each tool's setting: each prints what tsc prints", () => {
  it('the call form prints what the decorator form prints (plain tsc)', () => {
    expect(reference?.error).toBeUndefined();
    expect(callFormReference?.error).toBeUndefined();
    expect(callFormReference?.stdout).toBe(reference?.stdout);
  });
  for (const name of BUNDLERS) {
    it(name, () => {
      const outcome = outcomes.get(name)!;
      expect(outcome.error).toBeUndefined();
      expect(outcome.stdout).toBe(reference!.stdout);
    });
  }
});
