/**
 * The transformer's exports as hosts call them: the default export in both of its roles,
 * the declaration-pass route (ttypescript, getCustomTransformers) on each TypeScript
 * version, and the program wrapper's idempotence.
 */
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileCase, loadTransformer, parseCase, typescripts } from './compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';

const BROKEN = parseCase(
  'api-broken',
  `import { Enum } from 'tsenum';
export class Shape extends Enum<number> {
  static readonly SQUARE = new Shape(1);
  static readonly _bad_ = new Shape(2);
}
`,
);

const tsenumCodes = (diagnostics: readonly TS.Diagnostic[]) =>
  diagnostics.filter((d) => d.code >= 24001 && d.code < 25000).map((d) => d.code);

describe('default export', () => {
  it('is a program transformer when called with four arguments, a source transformer otherwise', () => {
    const transformer = loadTransformer();
    const { program } = compileCase(BROKEN, { transform: false });
    const ts = typescripts['6.0'];
    const asSource = transformer.default(program, {}, { ts }) as TS.CustomTransformers;
    expect(typeof asSource.before?.[0]).toBe('function');
    expect(typeof asSource.afterDeclarations?.[0]).toBe('function');
    const asProgram = transformer.default(program, undefined, {}, { ts }) as TS.Program;
    expect(asProgram).toBe(program);
    expect(tsenumCodes(asProgram.getSemanticDiagnostics())).toEqual([24003]);
  });

  it('falls back to the typescript installed beside it when no instance is handed over', () => {
    const transformer = loadTransformer();
    const { program } = compileCase(BROKEN, { transform: false });
    expect(tsenumCodes(transformer.getDiagnostics(program))).toEqual([24003]);
    expect(typeof transformer.before(program)).toBe('function');
  });

  it('wraps a program once, however often it is applied', () => {
    const transformer = loadTransformer();
    const ts = typescripts['6.0'];
    const compiled = compileCase(BROKEN, { transform: true });
    const again = transformer.transformProgram(compiled.program, undefined, {}, { ts });
    expect(tsenumCodes(again.getSemanticDiagnostics())).toEqual([24003]);
    const file = again
      .getSourceFiles()
      .find((f) => f.fileName.endsWith('api-broken.ts')) as TS.SourceFile;
    expect(tsenumCodes(again.getSemanticDiagnostics(file))).toEqual([24003]);
    expect(tsenumCodes(transformer.getDiagnostics(again, file, { ts }))).toEqual([24003]);
  });
});

describe.each(['6.0', '5.9', '4.9'] as const)('TypeScript %s', (version) => {
  const ts = typescripts[version];

  it('afterDeclarations reports tsenum errors as emit diagnostics (declaration: true)', () => {
    const transformer = loadTransformer();
    const { program } = compileCase(BROKEN, {
      ts,
      transform: false,
      options: { declaration: true },
    });
    const result = program.emit(
      undefined,
      () => {},
      undefined,
      false,
      transformer.getCustomTransformers(program, { ts }),
    );
    expect(tsenumCodes(result.diagnostics)).toEqual([24003]);
  });

  it('before rewrites through getCustomTransformers', () => {
    const transformer = loadTransformer();
    const fine = parseCase(
      'api-fine',
      "import { Enum } from 'tsenum';\nclass C extends Enum<number> {\n  static A = new C();\n}\n",
    );
    const { program } = compileCase(fine, { ts, transform: false });
    let js = '';
    program.emit(
      undefined,
      (name, text) => {
        if (name.endsWith('.js')) js = text;
      },
      undefined,
      false,
      { before: [transformer.before(program, {}, { ts })] },
    );
    expect(js).toContain('new C(1)');
    expect(js).toContain('tsenum.seal');
  });
});
