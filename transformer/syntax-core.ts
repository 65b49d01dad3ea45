/**
 * The host-free entry for hosts with source text and no type checker (the bundler plugins):
 * one file's tsenum findings and its rewrite as text edits, from the one analyzer run over
 * the syntax resolver (syntax-program.ts). What syntax and import tracing cannot prove is
 * neither reported nor rewritten: the runtime stays the authority.
 */
import { analyzerFor } from './analyzer';
import { findingsOf, type HostFinding } from './core';
import { fileEdits, type TextEdit } from './edits';
import { swallow } from './internal';
import { mayUseTsenum } from './prefilter';
import { createSyntaxProgram, type SyntaxHost } from './syntax-program';
import type { TS, TsModule } from './types';

export type { HostFinding, SyntaxHost, TextEdit };
export { mayUseTsenum };

export interface SourceResult {
  /** Definition errors in this file, in source order (1-based line and column). */
  readonly findings: readonly HostFinding[];
  /** The rewrite; empty when there are findings or nothing to do. */
  readonly edits: readonly TextEdit[];
}

/**
 * tsenum's findings and rewrite for one file's current text; other files it imports are read
 * through `host`.
 *
 * @example
 * const { findings, edits } = analyzeSource(ts, { readFile }, '/app/colors.ts', code);
 */
export function analyzeSource(
  ts: TsModule,
  host: SyntaxHost,
  fileName: string,
  text: string,
  /** `target` below ES2015 means classes become functions (as for the transformer). */
  options?: TS.CompilerOptions,
): SourceResult {
  try {
    if (!mayUseTsenum(host, fileName, text)) return { findings: [], edits: [] };
    const program = createSyntaxProgram(ts, host, [{ fileName, text }], options);
    const file = program.getSourceFile(fileName) as TS.SourceFile;
    // A file that does not parse: tsc reports only its syntax errors (the semantic phase does
    // not run), and so does the bundler's own parser once the file is passed on as it is.
    const parseErrors = (file as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
    if (parseErrors?.length) return { findings: [], edits: [] };
    const findings = findingsOf(ts, program, file);
    if (findings.length > 0) return { findings, edits: [] };
    return { findings, edits: fileEdits(analyzerFor(ts, program), file) };
  } catch (error) {
    swallow(error);
    return { findings: [], edits: [] };
  }
}

/** The edits applied to the text (for tests and hosts that need no source map). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
