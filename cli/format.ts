/**
 * The three outputs of SPEC section 11, from the diagnostics of one check:
 *   text    tsc's own `path(line,col): error TS24008: message` lines (or, pretty, tsc's colour and
 *           context), then `Found N errors in M files.`
 *   json    one JSON array of `{ file, line, column, code, message }` (1-based, code a number)
 *   github  GitHub Actions `::error file=…,line=…,col=…,title=TS24008::message` lines
 * Paths are relative to the working directory, as tsc prints them.
 */
import path from 'node:path';
import { cliMessages } from '../src/problems';
import type { TS, TsModule } from '../transformer/types';
import type { Format } from './args';

export interface JsonProblem {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly code: number;
  readonly message: string;
}

const errorsOf = (ts: TsModule, diagnostics: readonly TS.Diagnostic[]) =>
  diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);

/** `Found N errors in M files.` counts errors only, as tsc's summary does. */
export function summary(ts: TsModule, diagnostics: readonly TS.Diagnostic[]): string {
  const errors = errorsOf(ts, diagnostics);
  const files = new Set(errors.flatMap((d) => (d.file ? [d.file.fileName] : [])));
  return cliMessages.summary(errors.length, files.size);
}

function relativeName(cwd: string, fileName: string): string {
  return path.relative(cwd, fileName).split(path.sep).join('/');
}

export function toJson(ts: TsModule, diagnostics: readonly TS.Diagnostic[], cwd: string) {
  return errorsOf(ts, diagnostics).map((d): JsonProblem => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined)
      return { file: null, line: null, column: null, code: d.code, message };
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return {
      file: relativeName(cwd, d.file.fileName),
      line: line + 1,
      column: character + 1,
      code: d.code,
      message,
    };
  });
}

// GitHub's workflow-command escapes: data escapes %, CR, LF; property values also : and ,.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithub(problems: readonly JsonProblem[]): string[] {
  return problems.map((p) => {
    const where =
      p.file === null ? '' : `file=${escapeProperty(p.file)},line=${p.line},col=${p.column},`;
    return `::error ${where}title=TS${p.code}::${escapeData(p.message)}`;
  });
}

export interface Output {
  /** What goes to stdout. */
  readonly stdout: string;
  /** A one-line summary for stderr (json and github keep stdout machine-readable). */
  readonly stderr: string;
}

export function render(
  ts: TsModule,
  diagnostics: readonly TS.Diagnostic[],
  how: {
    readonly format: Format;
    readonly pretty: boolean;
    readonly cwd: string;
    readonly files: number;
  },
): Output {
  const checked = cliMessages.checked(how.files);
  if (how.format === 'json') {
    const problems = toJson(ts, diagnostics, how.cwd);
    return {
      stdout: `${JSON.stringify(problems)}\n`,
      stderr: `${checked} ${summary(ts, diagnostics)}\n`,
    };
  }
  if (how.format === 'github') {
    const lines = toGithub(toJson(ts, diagnostics, how.cwd));
    return {
      stdout: lines.map((l) => `${l}\n`).join(''),
      stderr: `${checked} ${summary(ts, diagnostics)}\n`,
    };
  }
  const host: TS.FormatDiagnosticsHost = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => how.cwd,
    getNewLine: () => '\n',
  };
  const body = how.pretty
    ? ts.formatDiagnosticsWithColorAndContext(diagnostics, host)
    : diagnostics.map((d) => ts.formatDiagnostic(d, host)).join('');
  const gap = how.pretty && diagnostics.length > 0 ? '\n' : '';
  return { stdout: `${body}${gap}${summary(ts, diagnostics)}\n`, stderr: '' };
}
