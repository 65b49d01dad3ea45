/**
 * SPEC section 12 in the compile-time core: what TypeScript reports about a complete switch
 * over an enum without tsenum (TS7030, TS2366 and failing `never` checks), and that the core
 * answers exactly those, on each TypeScript with a compiler API. The findings themselves are
 * in fixtures/baselines (switch-complete, error-switch, error-match).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileCase, parseCase, repoRoot, typescripts } from './compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';

const complete = parseCase(
  'switch-complete',
  readFileSync(path.join(repoRoot, 'fixtures/cases/switch-complete.ts'), 'utf8'),
);
const codes = (diagnostics: readonly TS.Diagnostic[]) => diagnostics.map((d) => d.code).sort();

describe.each(['6.0', '5.9'] as const)('TypeScript %s', (version) => {
  const ts = typescripts[version];

  it('reports a complete switch over an enum without tsenum, and not with it', () => {
    const plain = compileCase(complete, { ts, transform: false });
    // label: 7030; code, inner: 2366; Labels.of: 2322; viaCall: 2345; viaSatisfies: 1360
    expect(codes(plain.diagnostics)).toEqual([1360, 2322, 2345, 2366, 2366, 7030]);
    const transformed = compileCase(complete, { ts, transform: true });
    expect(codes(transformed.diagnostics)).toEqual([]);
  });
});

describe('adjustDiagnostics', () => {
  it('passes what it cannot answer through unchanged (the same array when nothing may be)', async () => {
    const core = await import('../../transformer/core');
    const ts = typescripts['6.0'];
    const { program } = compileCase(complete, { ts, transform: false });
    const file = program.getSourceFiles().find((f) => f.fileName.endsWith('switch-complete.ts'));
    const all = program.getSemanticDiagnostics(file);
    const unrelated = all.map((d) => ({ ...d, code: 2304 }));
    expect(core.adjustDiagnostics(ts, program, file, unrelated)).toBe(unrelated);
    expect(core.adjustDiagnostics(ts, program, file, all)).toEqual([]);
    expect(core.adjustDiagnostics(ts, program, undefined, all)).toEqual([]);
  });
});
