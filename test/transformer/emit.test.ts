/**
 * What the rewrite must not disturb: declaration output (`.d.ts`) is the same with and
 * without the transformer for every fixture, and the source map of a rewritten file maps
 * every generated line to the same source line as without the transformer (the added seal
 * call maps to nothing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, parseCase, repoRoot } from './compile';

// An internal failure of the transformer fails the test instead of being swallowed.
process.env.TSENUM_TRANSFORMER_STRICT = '1';

const casesDir = path.join(repoRoot, 'fixtures/cases');
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => parseCase(f.slice(0, -3), readFileSync(path.join(casesDir, f), 'utf8')));

const pick = (outputs: ReadonlyMap<string, string>, suffix: string) =>
  new Map([...outputs].filter(([name]) => name.endsWith(suffix)));

describe('declaration output', () => {
  for (const parsed of cases) {
    it(`${parsed.name}: .d.ts is the same with and without the transformer`, () => {
      const options = { declaration: true };
      const plain = compileCase(parsed, { transform: false, options });
      const transformed = compileCase(parsed, { transform: true, options });
      const dts = pick(transformed.outputs, '.d.ts');
      expect(dts.size).toBeGreaterThan(0);
      expect(dts).toEqual(pick(plain.outputs, '.d.ts'));
    });
  }
});

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** For each generated line, the source line (0-based) of its first mapping, or undefined. */
function sourceLines(mappings: string): (number | undefined)[] {
  const lines: (number | undefined)[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    let first: number | undefined;
    for (const segment of line.split(',').filter(Boolean)) {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      if (fields.length >= 4) {
        sourceLine += fields[2] as number;
        first ??= sourceLine;
      }
    }
    lines.push(first);
  }
  return lines;
}

describe('source maps', () => {
  for (const name of [
    'class-basic',
    'auto-values',
    'es2017-target',
    'legacy-decorators-es2017',
    'reexport',
  ]) {
    it(`${name}: every generated line maps to the same source line as without the transformer`, () => {
      const parsed = cases.find((c) => c.name === name);
      if (!parsed) throw new Error(`no case ${name}`);
      const options = { sourceMap: true };
      const plain = compileCase(parsed, { transform: false, options });
      const transformed = compileCase(parsed, { transform: true, options });
      const maps = pick(transformed.outputs, '.js.map');
      expect([...transformed.outputs.values()].some((text) => text.includes('tsenum.seal'))).toBe(
        true,
      );
      expect(maps.size).toBeGreaterThan(0);
      for (const [file, map] of maps) {
        const js = (transformed.outputs.get(file.replace(/\.map$/, '')) as string).split('\n');
        const mine = sourceLines(JSON.parse(map).mappings);
        const theirs = sourceLines(JSON.parse(plain.outputs.get(file) as string).mappings);
        // The lines the rewrite added: the name record, the table and seal calls, and below
        // ES2022 the IIFE around each.
        const added = new Set<number>();
        js.forEach((line, i) => {
          const ours = ['tsenum.seal', 'tsenum.table', '"name", { value: '];
          if (!ours.some((text) => line.includes(text))) return;
          added.add(i);
          if (js[i - 1]?.trim().startsWith('(() =>')) added.add(i - 1);
          if (js[i + 1]?.trim().startsWith('})()')) added.add(i + 1);
        });
        const defined = (lines: (number | undefined)[], skip: Set<number>) =>
          lines.filter((l, i) => l !== undefined && !skip.has(i));
        expect(defined(mine, added), file).toEqual(defined(theirs, new Set()));
        // Each member line maps to the source line that declares the member.
        const source = (
          transformed.parsed.files.find((f) =>
            file.endsWith(`${f.name.replace(/\.ts$/, '')}.js.map`),
          )?.text ?? ''
        ).split('\n');
        js.forEach((line, i) => {
          const member = /(?:static |\.)([A-Z]+) = /.exec(line)?.[1];
          const at = mine[i];
          if (member && at !== undefined)
            expect(source[at], `${file}:${i + 1} ${line}`).toContain(member);
        });
        expect(theirs.filter((l) => l !== undefined).length).toBeGreaterThan(0);
      }
    });
  }
});
