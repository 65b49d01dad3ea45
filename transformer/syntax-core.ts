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
import { createSyntaxProgram, resolveOnDisk, type SyntaxHost } from './syntax-program';
import type { TS, TsModule } from './types';

export type { HostFinding, SyntaxHost, TextEdit };

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
    const findings = findingsOf(ts, program, file);
    if (findings.length > 0) return { findings, edits: [] };
    return { findings, edits: fileEdits(analyzerFor(ts, program), file) };
  } catch (error) {
    swallow(error);
    return { findings: [], edits: [] };
  }
}

const LOCAL_IMPORT = /\b(?:from|import|require\s*\()\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;
const MAX_DEPTH = 16;

/**
 * Can this file hold something of tsenum's, before it is parsed: it mentions `tsenum`, or it
 * extends something and one of its local imports reaches a file that does (an enum base or a
 * re-export of tsenum behind a barrel), followed by text alone.
 *
 * @example
 * mayUseTsenum(host, '/app/fruit.ts', "import { StrEnum } from './kinds'; class F extends StrEnum {}");
 */
export function mayUseTsenum(host: SyntaxHost, fileName: string, text: string): boolean {
  if (text.includes('tsenum')) return true;
  if (!/\bextends\b/.test(text)) return false;
  const texts = new Map<string, string | undefined>();
  const read = (file: string): string | undefined => {
    if (!texts.has(file)) texts.set(file, host.readFile(file));
    return texts.get(file);
  };
  const seen = new Set<string>([fileName]);
  const reaches = (from: string, source: string, depth: number): boolean => {
    for (const match of source.matchAll(LOCAL_IMPORT)) {
      const specifier = match[1] as string;
      const target =
        host.resolveModule?.(specifier, from) ??
        resolveOnDisk(specifier, from, (f) => read(f) !== undefined);
      if (target === undefined || seen.has(target)) continue;
      seen.add(target);
      const targetText = read(target);
      if (targetText === undefined) continue;
      if (targetText.includes('tsenum')) return true;
      if (depth < MAX_DEPTH && reaches(target, targetText, depth + 1)) return true;
    }
    return false;
  };
  return reaches(fileName, text, 0);
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
