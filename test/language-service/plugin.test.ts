/**
 * The plugin in process, on TypeScript 6's own language service (what tsserver hands it), for
 * what the stdio tests cannot reach cheaply: a program that ts-patch already wrapped (after
 * `ts-patch install`, tsserver's programs report tsenum's diagnostics themselves) gets no second
 * copy; a TypeScript without the compiler API leaves the service as it is and says so in the
 * log; and a fuzz over every error fixture cut and spliced as in mid-keystroke, with internal
 * failures of the core made to throw (TSENUM_TRANSFORMER_STRICT), never reaches tsserver and
 * logs nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type * as TS from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTransformer, parseCase, repoRoot, typescripts } from '../transformer/compile';

const require = createRequire(import.meta.url);
const init = require('tsenum/language-service') as (m: { typescript: unknown }) => {
  create(info: unknown): TS.LanguageService;
};
const ts = typescripts['6.0'];
const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-plugin-'));
mkdirSync(path.join(temp, 'node_modules'));
symlinkSync(repoRoot, path.join(temp, 'node_modules/tsenum'), 'dir');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BROKEN = `import { Enum, unique } from 'tsenum';
export class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly CRIMSON = new Color(1);
}
unique(Color);
`;

/** A language service over in-memory files (under `temp`, so `tsenum` resolves). */
function service(files: Map<string, string>) {
  const versions = new Map<string, number>();
  const host: TS.LanguageServiceHost = {
    getCompilationSettings: () => ({
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      types: [],
    }),
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: (f) => String(versions.get(f) ?? 0),
    getScriptSnapshot: (f) => {
      const text = files.get(f) ?? ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => temp,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => files.has(f) || ts.sys.fileExists(f),
    readFile: (f) => files.get(f) ?? ts.sys.readFile(f),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
  const edit = (file: string, text: string) => {
    files.set(file, text);
    versions.set(file, (versions.get(file) ?? 0) + 1);
  };
  return { ls, edit };
}

function decorate(inner: TS.LanguageService, typescript: unknown = ts) {
  const log: string[] = [];
  const info = {
    languageService: inner,
    project: { projectService: { logger: { info: (m: string) => log.push(m) } } },
    config: { name: 'tsenum/language-service' },
  };
  return { ls: init({ typescript }).create(info), log };
}

const codes = (ds: readonly TS.Diagnostic[]) => ds.map((d) => [d.code, d.start]);

describe('tsenum/language-service in process', () => {
  it('adds tsenum diagnostics to the semantic ones, at the member', () => {
    const file = path.join(temp, 'color.ts');
    const { ls: inner } = service(new Map([[file, BROKEN]]));
    const { ls, log } = decorate(inner);
    expect(codes(ls.getSemanticDiagnostics(file))).toEqual([[24008, BROKEN.indexOf('CRIMSON')]]);
    expect(log).toEqual(['tsenum/language-service: enabled (TypeScript 6.0.3)']);
  });

  it('a program ts-patch already wrapped: no second copy', () => {
    const file = path.join(temp, 'wrapped.ts');
    const { ls: real } = service(new Map([[file, BROKEN]]));
    const transformer = loadTransformer();
    const program = transformer.transformProgram(
      real.getProgram() as TS.Program,
      undefined,
      undefined,
      { ts },
    );
    const inner = {
      ...real,
      getProgram: () => program,
      getSemanticDiagnostics: (f: string) => [
        ...program.getSemanticDiagnostics(program.getSourceFile(f)),
      ],
    } as TS.LanguageService;
    expect(codes(inner.getSemanticDiagnostics(file))).toEqual([[24008, BROKEN.indexOf('CRIMSON')]]);
    expect(codes(decorate(inner).ls.getSemanticDiagnostics(file))).toEqual(
      codes(inner.getSemanticDiagnostics(file)),
    );
  });

  it('TypeScript 7 (no compiler API): the service unchanged, and a line in the log', () => {
    const file = path.join(temp, 'seven.ts');
    const { ls: inner } = service(new Map([[file, BROKEN]]));
    const { ls, log } = decorate(inner, require('typescript-7'));
    expect(ls).toBe(inner);
    expect(log).toEqual([
      'tsenum/language-service: the TypeScript running this server has no compiler API; tsenum reports nothing',
    ]);
  });

  it('fuzz: half-typed fixtures never throw and never log a failure', () => {
    const casesDir = path.join(repoRoot, 'fixtures/cases');
    const sources = ['error-unique', 'error-auto', 'error-switch', 'error-verify', 'error-order']
      .map((name) => parseCase(name, readFileSync(path.join(casesDir, `${name}.ts`), 'utf8')))
      .flatMap((parsed) => parsed.files.map((f) => f.text));
    const file = path.join(temp, 'typing.ts');
    const { ls: inner, edit } = service(new Map([[file, sources[0] as string]]));
    const { ls, log } = decorate(inner);
    const strict = process.env.TSENUM_TRANSFORMER_STRICT;
    process.env.TSENUM_TRANSFORMER_STRICT = '1';
    try {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: sources.length - 1 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.constantFrom(
            '',
            '(',
            ')',
            '{',
            '}',
            'new ',
            '@',
            'static ',
            ',',
            '`${',
            '=',
            '.',
            ' extends ',
          ),
          (which, cut, at, insert) => {
            const text = sources[which] as string;
            const end = Math.round(text.length * cut);
            const head = text.slice(0, end);
            const pos = Math.round(head.length * at);
            edit(file, head.slice(0, pos) + insert + head.slice(pos));
            ls.getSemanticDiagnostics(file);
            ls.getSyntacticDiagnostics(file);
          },
        ),
        { numRuns: 150, seed: 20261202 },
      );
    } finally {
      if (strict === undefined) delete process.env.TSENUM_TRANSFORMER_STRICT;
      else process.env.TSENUM_TRANSFORMER_STRICT = strict;
    }
    expect(log.filter((l) => l.includes('failed'))).toEqual([]);
  }, 120_000);
});
