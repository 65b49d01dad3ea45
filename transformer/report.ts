/**
 * The one place a definition problem becomes a compiler diagnostic: an error at the
 * offending node, with the problem's stable code (reported as `error TS24001`) and the
 * runtime's very words.
 */
import type { Finding } from './entries';
import type { TS, TsModule } from './types';

export function toDiagnostic(ts: TsModule, finding: Finding): TS.DiagnosticWithLocation {
  const { node, problem } = finding;
  const file = node.getSourceFile();
  const start = node.getStart(file);
  return {
    file,
    start,
    length: Math.max(0, node.getEnd() - start),
    category: ts.DiagnosticCategory.Error,
    code: problem.code,
    messageText: problem.message,
    source: 'tsenum',
  };
}

export function toDiagnostics(
  ts: TsModule,
  findings: readonly Finding[],
): TS.DiagnosticWithLocation[] {
  return findings.map((f) => toDiagnostic(ts, f));
}
