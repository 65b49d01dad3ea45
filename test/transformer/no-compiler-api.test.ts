/**
 * The transformer loaded where `typescript` is TypeScript 7 (no compiler API, only
 * `{ version }`) or is missing: asked for diagnostics without being handed a TypeScript, it
 * throws an error naming the fix instead of reporting nothing (SPEC section 11). The built
 * bundle is copied into a temporary project whose node_modules/typescript links to the
 * `typescript-7` alias, so its own `require('typescript')` finds TypeScript 7.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, typescripts } from './compile';

const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-ts7-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function transformerIn(name: string, typescript?: string) {
  const dir = path.join(temp, name);
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  if (typescript) symlinkSync(typescript, path.join(dir, 'node_modules/typescript'), 'dir');
  copyFileSync(path.join(repoRoot, 'dist/transformer/index.cjs'), path.join(dir, 'index.cjs'));
  return createRequire(path.join(dir, 'index.cjs'))('./index.cjs');
}

const ts = typescripts['6.0'];
const program = ts.createProgram({ rootNames: [], options: {} });

describe('the transformer without a compiler API', () => {
  it('TypeScript 7 as `typescript`: an error with the install line', () => {
    const transformer = transformerIn('ts7', path.join(repoRoot, 'node_modules/typescript-7'));
    expect(() => transformer.getDiagnostics(program)).toThrow(
      /tsenum\/transformer: the 'typescript' package it found \(7\.0\.2\) has no compiler API[\s\S]*npm install --save-dev typescript@npm:@typescript\/typescript6@\^6\.0\.2 @typescript\/native@npm:typescript@\^7\.0\.2/,
    );
    expect(() => transformer.default(program, {}, {}, {})).toThrow(/has no compiler API/);
  });

  it('no `typescript` at all: an error naming the fix', () => {
    const transformer = transformerIn('none');
    expect(() => transformer.getDiagnostics(program)).toThrow(
      /tsenum\/transformer: cannot find the 'typescript' package from [\s\S]*npm install --save-dev typescript@\^6\.0\.2/,
    );
  });

  it('a TypeScript handed in is used as is', () => {
    const transformer = transformerIn('handed', path.join(repoRoot, 'node_modules/typescript-7'));
    expect(transformer.getDiagnostics(program, undefined, { ts })).toEqual([]);
  });
});
