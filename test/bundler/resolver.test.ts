/**
 * The syntax resolver against the type checker: every fixture case analyzed over a syntax
 * program (no checker) reports exactly the transformer's baseline errors, except the cases
 * listed in NEEDS_TYPES (what only types can prove; the README says "tspc, editor and CLI
 * only").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../transformer/analyzer';
import { toDiagnostic } from '../../transformer/report';
import { createSyntaxProgram } from '../../transformer/syntax-program';
import { parseCase, repoRoot, typescripts } from '../transformer/compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';
const ts = typescripts['6.0'];
const casesDir = path.join(repoRoot, 'fixtures/cases');
const baselines = path.join(repoRoot, 'fixtures/baselines');

/** Cases whose errors need the type checker (with what it proves that syntax cannot). */
const NEEDS_TYPES: Record<string, string> = {
  'error-match': "which enum a `match` covers is its first argument's type",
  'error-switch': 'which enum a `switch` covers is the type of the value switched on',
};

function syntaxErrors(name: string): string {
  const parsed = parseCase(name, readFileSync(path.join(casesDir, `${name}.ts`), 'utf8'));
  const files = new Map(parsed.files.map((f) => [path.join(parsed.dir, f.name), f.text]));
  const roots = [...files].map(([fileName, text]) => ({ fileName, text }));
  const program = createSyntaxProgram(ts, { readFile: (f) => files.get(f) }, roots);
  const analyzer = analyzerFor(ts, program);
  const lines: { file: string; line: number; text: string }[] = [];
  for (const root of roots) {
    const file = program.getSourceFile(root.fileName) as import('typescript').SourceFile;
    for (const finding of analyzer.fileFindings(file)) {
      const d = toDiagnostic(ts, finding);
      const { line, character } = file.getLineAndCharacterOfPosition(d.start);
      const rel = path.relative(parsed.dir, file.fileName);
      lines.push({
        file: rel,
        line,
        text: `${rel}(${line + 1},${character + 1}): error TS${d.code}: ${d.messageText}`,
      });
    }
  }
  lines.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return lines.map((l) => `${l.text}\n`).join('');
}

const names = readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('syntax resolver: the baseline errors without a type checker', () => {
  for (const name of names) {
    it(name, () => {
      const file = path.join(baselines, `${name}.errors.txt`);
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const tsenumOnly = expected
        .split(/^(?=\S+\(\d+,\d+\): error TS)/m)
        .filter((entry) => / error TS240\d\d: /.test(entry))
        .join('');
      if (name in NEEDS_TYPES) expect(syntaxErrors(name)).not.toBe(tsenumOnly);
      else expect(syntaxErrors(name)).toBe(tsenumOnly);
    });
  }
});
