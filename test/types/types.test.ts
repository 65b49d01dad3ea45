/**
 * Runs the TypeScript compiler over test/types/*.test-d.ts (no emit) so that a type regression
 * fails `npm test`: once against the built declarations, resolved by name through the
 * package's `exports` (what a user gets), and once against the sources through tsconfig.json's
 * `paths` (what `npm run typecheck` sees).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test-d.ts'))
  .map((f) => path.join(here, f));

function repoOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot, undefined, configPath)
    .options;
}

/** Library and node_modules files parsed once for both programs. */
const sourceFiles = new Map<string, ts.SourceFile | undefined>();

function typeErrors(options: ts.CompilerOptions): string[] {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    if (!fileName.includes('/node_modules/')) return read(fileName, languageVersion, onError);
    if (!sourceFiles.has(fileName))
      sourceFiles.set(fileName, read(fileName, languageVersion, onError));
    return sourceFiles.get(fileName);
  };
  const program = ts.createProgram(files, { ...options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return `TS${d.code}: ${text}`;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${path.relative(repoRoot, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
    });
}

describe('type tests (SPEC section 4)', () => {
  it('there are type test files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(path.join(repoRoot, 'dist/runtime/index.d.ts')))(
    'type-check against the built declarations (package exports)',
    () => {
      const { paths: _paths, ...options } = repoOptions();
      expect(typeErrors(options)).toEqual([]);
    },
    60_000,
  );

  it('type-check against the sources (tsconfig paths)', () => {
    expect(typeErrors(repoOptions())).toEqual([]);
  }, 60_000);
});
