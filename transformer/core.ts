/**
 * The host-free entry of the compile-time core: what every checker host (the tspc program
 * wrapper in index.ts, the tsserver plugin in language-service/, `tsenum check` in cli/) calls.
 * It takes the TypeScript instance and the Program the host already has; it never loads a
 * `typescript` of its own and never prints.
 *
 * The contract, for every host that has a Program and its checker:
 *   (a) `diagnosticsOf(ts, program, file)`: tsenum's own diagnostics of the file (or of the
 *       program), as `ts.Diagnostic`s at the offending node; `findingsOf` is the same as plain
 *       `{ file, start, length, line, column, code, message }` records;
 *   (b) `adjustDiagnostics(ts, program, file, compilerDiagnostics)`: the compiler's own
 *       diagnostics of that file pass through here before the host reports them: the ones a
 *       `switch` the core proves complete answers are dropped (SPEC section 12: TS7030 and
 *       TS2366 at the function it ends, the failing `never` check in its `default`; see
 *       answered.ts); every other diagnostic passes unchanged.
 * `semanticDiagnostics` is (b) followed by (a), the one call a host usually makes. A host does
 * no analysis and writes no message of its own.
 */
import { hostMessages } from '../src/problems';
import { analyzerFor } from './analyzer';
import { ANSWERABLE, isAnswered } from './answered';
import type { Finding } from './entries';
import { swallow } from './internal';
import { toDiagnostics } from './report';
import type { TS, TsModule } from './types';

/** One problem as every host reports it: 1-based line and column, tsenum's stable code. */
export interface HostFinding {
  readonly file: string;
  readonly start: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly message: string;
}

const diagnosticCache = new WeakMap<readonly Finding[], readonly TS.Diagnostic[]>();

/**
 * (a) tsenum's definition errors in one file, or in every file of the program.
 *
 * @example
 * const errors = diagnosticsOf(ts, program, program.getSourceFile('colors.ts'));
 */
export function diagnosticsOf(
  ts: TsModule,
  program: TS.Program,
  file?: TS.SourceFile,
): readonly TS.Diagnostic[] {
  try {
    const analyzer = analyzerFor(ts, program);
    const files = file ? [file] : program.getSourceFiles();
    const out: TS.Diagnostic[] = [];
    for (const f of files) {
      const findings = analyzer.fileFindings(f);
      if (findings.length === 0) continue;
      let diagnostics = diagnosticCache.get(findings);
      if (!diagnostics) {
        diagnostics = toDiagnostics(ts, findings);
        diagnosticCache.set(findings, diagnostics);
      }
      out.push(...diagnostics);
    }
    return out;
  } catch (error) {
    swallow(error);
    return [];
  }
}

/**
 * (a) as plain records, for hosts that do not print `ts.Diagnostic`s.
 *
 * @example
 * for (const f of findingsOf(ts, program)) console.log(`${f.file}:${f.line}: TS${f.code}`);
 */
export function findingsOf(
  ts: TsModule,
  program: TS.Program,
  file?: TS.SourceFile,
): readonly HostFinding[] {
  return diagnosticsOf(ts, program, file).flatMap((d) => {
    if (!d.file || d.start === undefined) return [];
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return [
      {
        file: d.file.fileName,
        start: d.start,
        length: d.length ?? 0,
        line: line + 1,
        column: character + 1,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      },
    ];
  });
}

/**
 * (b) The compiler's own diagnostics of `file` (all files when absent), as the host should
 * report them. Never throws: on an internal failure the compiler's diagnostics pass unchanged.
 *
 * @example
 * const reported = adjustDiagnostics(ts, program, file, program.getSemanticDiagnostics(file));
 */
export function adjustDiagnostics(
  ts: TsModule,
  program: TS.Program,
  _file: TS.SourceFile | undefined,
  compilerDiagnostics: readonly TS.Diagnostic[],
): readonly TS.Diagnostic[] {
  try {
    // Most files have none of the codes a proof can answer: no analysis for them.
    if (!compilerDiagnostics.some(mayBeAnswered)) return compilerDiagnostics;
    const analyzer = analyzerFor(ts, program);
    return compilerDiagnostics.filter((d) => !mayBeAnswered(d) || !isAnswered(ts, analyzer, d));
  } catch (error) {
    swallow(error);
    return compilerDiagnostics;
  }
}

const mayBeAnswered = (d: TS.Diagnostic): boolean => ANSWERABLE.has(d.code);

/**
 * (b) then (a): the semantic diagnostics a host reports for `file` (all files when absent).
 *
 * @example
 * // a language-service plugin
 * getSemanticDiagnostics: (name) =>
 *   semanticDiagnostics(ts, program, program.getSourceFile(name), inner(name))
 */
export function semanticDiagnostics(
  ts: TsModule,
  program: TS.Program,
  file: TS.SourceFile | undefined,
  compilerDiagnostics: readonly TS.Diagnostic[],
): readonly TS.Diagnostic[] {
  const adjusted = adjustDiagnostics(ts, program, file, compilerDiagnostics);
  const ours = diagnosticsOf(ts, program, file);
  return ours.length ? [...adjusted, ...ours] : adjusted;
}

/** Does this `typescript` have the compiler API (5.x, 6.0; not TypeScript 7's stub)? */
export function hasCompilerApi(ts: unknown): ts is TsModule {
  const t = ts as Partial<TsModule> | undefined;
  return (
    typeof t?.createProgram === 'function' &&
    typeof t.createSourceFile === 'function' &&
    typeof t.SyntaxKind === 'object'
  );
}

/**
 * The TypeScript a host was handed, or an Error naming the fix when it has no compiler API
 * (TypeScript 7, where `require('typescript')` is only `{ version }`). `who` is the host's
 * name in the message (`tsenum/transformer`); `ts` undefined means none was found (`from`
 * says where it was looked for).
 *
 * @example
 * const ts = requireCompilerApi(require('typescript'), 'tsenum/transformer');
 */
export function requireCompilerApi(ts: unknown, who: string, from = 'here'): TsModule {
  if (hasCompilerApi(ts)) return ts;
  if (ts === undefined) throw new Error(hostMessages.noTypeScript(who, from));
  const version = (ts as { version?: unknown } | undefined)?.version;
  throw new Error(hostMessages.noCompilerApi(who, typeof version === 'string' ? version : ''));
}

/** The mark of a Program that index.ts's `transformProgram` already wrapped (same key there). */
export const PROGRAM_WRAPPED: unique symbol = Symbol.for('tsenum.transformer.program');
