/**
 * The behaviour suite through the Vite/Vitest path (one more setting, `vite-ssr`): every case
 * through a Vite 8 dev server with tsenum/vite (test/harness/vite-ssr.ts), run by Vite's module
 * runner as Vitest runs a test file. Each case must print its expected lines, and exactly what
 * the first setting of test/harness/compile.ts (tsc-es2022-define, which behaviour.test.ts
 * holds equal to every other setting) prints.
 *
 * A case whose definition the plugin proves wrong fails the transform, as it fails a build:
 * nothing runs. For such a case the plugin's message must be one the program's expected output
 * shows the runtime raising (same words, SPEC section 11); the count is printed.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  comparableAcrossSettings,
  linesOf,
  normalizeAgainst,
  tsenumWords,
} from '../harness/compare';
import { compileAndRun, repoRoot, settings } from '../harness/compile';
import { createViteCaseRunner, type ViteCaseRunner, type ViteRunResult } from '../harness/vite-ssr';
import { loadCases } from './catalog';

const cases = loadCases();
const require = createRequire(path.join(repoRoot, 'package.json'));
const pluginBuilt = (() => {
  try {
    require.resolve('tsenum/vite');
    return true;
  } catch {
    return false;
  }
})();

const results = new Map<string, ViteRunResult>();
let runner: ViteCaseRunner | undefined;

beforeAll(async () => {
  if (!pluginBuilt) return;
  // A variable specifier: the plugin's declarations may not exist when this is type-checked.
  const specifier = 'tsenum/vite';
  const { default: tsenum } = (await import(/* @vite-ignore */ specifier)) as {
    default: () => Plugin;
  };
  runner = await createViteCaseRunner([tsenum()]);
  const started = performance.now();
  for (const c of cases) results.set(c.id, await runner.run(c.id, c.source));
  const refused = [...results.values()].filter((r) => r.transformError).length;
  console.info(
    `vite-ssr: ${cases.length} cases through Vite's pipeline + module runner in ` +
      `${Math.round(performance.now() - started)} ms; ${refused} refused by a definition error`,
  );
}, 180_000);

afterAll(async () => {
  await runner?.close();
});

const expectedOf = (c: (typeof cases)[number]) =>
  linesOf(readFileSync(c.expectedPath, 'utf8'), { comments: c.byHand });

/**
 * Whether the plugin's first finding is one the expected output shows the runtime raising: a
 * `raises` line with the same message (its new lines printed as `\n`; `~ text`: containing
 * the text), or a `naming` line (hand-written SPEC cases: `label -> RangeError naming Bad,
 * _bad_: yes`) all of whose words the message has. The plugin's text is tsc's: `error TS24008: <message> (in Enum.MEMBER)`.
 */
function sameWords(pluginMessage: string, expected: readonly string[]): boolean {
  const first = pluginMessage.split(/\n(?=\S+\(\d+,\d+\): error )/)[0] ?? '';
  const words = first
    .replace(/^error TS\d+: /, '')
    .replace(/ \(in [^)]*\)$/, '')
    .replace(/\r?\n/g, '\\n');
  return expected.some((line) => {
    const raised = /-> raises \S+?(: | ~ )(.*)$/.exec(tsenumWords(line));
    if (raised?.[1] === ' ~ ') return words.includes(raised[2]!);
    if (raised) return raised[2]!.startsWith(words) || words.startsWith(raised[2]!);
    const named = /-> \w+ naming (.*): yes$/.exec(line)?.[1];
    return named?.split(', ').every((w) => first.includes(w)) ?? false;
  });
}

describe.skipIf(!pluginBuilt)('vite-ssr', () => {
  for (const c of cases) {
    it(c.id, () => {
      const result = results.get(c.id);
      if (!result) throw new Error(`no vite-ssr result for ${c.id}`);
      const expected = expectedOf(c);
      const refused = result.transformError;
      if (refused) {
        expect(refused.plugin, result.lines.join('\n')).toMatch(/tsenum/);
        expect(
          sameWords(refused.message, expected),
          `the plugin's first finding is none the expected output shows:\n${refused.message}`,
        ).toBe(true);
        return;
      }
      expect(normalizeAgainst(expected, result.lines).join('\n')).toBe(expected.join('\n'));
      const first = settings[0]!;
      const reference = compileAndRun(first, c.source, `${c.id}.ts`);
      expect(comparableAcrossSettings(expected, result.lines).join('\n')).toBe(
        comparableAcrossSettings(expected, reference.lines).join('\n'),
      );
    });
  }
});

if (!pluginBuilt) {
  it.skip('tsenum/vite is not built: the vite-ssr setting is skipped', () => {});
  console.warn('\n!!! behaviour vite-ssr: tsenum/vite does not resolve: SKIPPED.\n');
}
