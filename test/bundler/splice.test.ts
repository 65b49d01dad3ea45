/**
 * The plugin's source map (bundler/splice.ts): the rewrite keeps every line where it was, and
 * each mapped segment of unchanged text points at the same text in the source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splice } from '../../bundler/splice';
import { analyzeSource } from '../../transformer/syntax-core';
import { repoRoot, typescripts } from '../transformer/compile';

const ts = typescripts['6.0'];
const app = path.join(repoRoot, 'test/bundler/fixtures/app');

/** [generatedLine, generatedColumn, sourceLine, sourceColumn] per segment. */
function decode(mappings: string): number[][] {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[][] = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = chars.indexOf(ch);
        value += (digit & 31) << shift;
        shift += 5;
        if (!(digit & 32)) {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] as number;
      sourceLine += values[2] as number;
      sourceColumn += values[3] as number;
      out.push([generatedLine, column, sourceLine, sourceColumn]);
    }
  });
  return out;
}

describe('splice', () => {
  for (const name of ['colors.ts', 'perm.ts']) {
    it(`${name}: lines kept, unchanged text mapped to itself`, () => {
      const fileName = path.join(app, name);
      const code = readFileSync(fileName, 'utf8');
      const { edits } = analyzeSource(
        ts,
        { readFile: (f) => readFileSync(f, 'utf8') },
        fileName,
        code,
      );
      expect(edits.length).toBeGreaterThan(0);
      const { code: out, map } = splice(code, edits, fileName);
      expect(map.sourcesContent).toEqual([code]);
      const outLines = out.split('\n');
      const inLines = code.split('\n');
      expect(outLines.length).toBe(inLines.length);
      const segments = decode(map.mappings);
      for (const [gl, gc, sl, sc] of segments as [number, number, number, number][]) {
        expect(sl, `segment at ${gl}:${gc}`).toBe(gl);
        const generated = (outLines[gl] as string).slice(gc, gc + 1);
        const source = (inLines[sl] as string).slice(sc, sc + 1);
        // A segment starts either unchanged text (the same characters) or inserted text.
        if (generated !== source) {
          const at = out.split('\n').slice(0, gl).join('\n').length + (gl > 0 ? 1 : 0) + gc;
          expect(
            edits.some(
              (e) =>
                e.text.length > 0 &&
                out.startsWith(
                  e.text.trim().slice(0, 8),
                  at + (e.text.length - e.text.trimStart().length),
                ),
            ),
            `segment ${gl}:${gc} ${JSON.stringify(generated)} vs ${JSON.stringify(source)}`,
          ).toBe(true);
        }
      }
      for (let line = 0; line < outLines.length; line++)
        if ((outLines[line] as string).length > 0)
          expect(
            segments.some(([gl]) => gl === line),
            `line ${line + 1} mapped`,
          ).toBe(true);
    });
  }
});
