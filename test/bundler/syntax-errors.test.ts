/**
 * A file that does not parse (audit of SPEC section 11, "every host reports the same problems
 * as tspc"): tspc and `tsenum check` report only its syntax errors, since TypeScript's semantic
 * phase does not run on them. The bundler plugins report nothing of tsenum's there and pass the
 * file on, so the bundler's own parser reports the syntax error: here esbuild's, built with the
 * plugin as a user would.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../transformer/syntax-core';
import { repoRoot } from '../transformer/compile';
import { buildWith } from './builds';

const app = path.join(repoRoot, 'test/bundler/fixtures/unparsable');

describe('a file with syntax errors', () => {
  it('has no tsenum findings or edits in the core the plugins run', () => {
    const fileName = path.join(app, 'main.ts');
    const text = ts.sys.readFile(fileName) as string;
    expect(analyzeSource(ts, { readFile: ts.sys.readFile }, fileName, text)).toEqual({
      findings: [],
      edits: [],
    });
  });

  it("fails an esbuild build with esbuild's syntax error, not a tsenum code", async () => {
    const error = (await buildWith('esbuild', app, 'esbuild-unparsable').then(
      () => undefined,
      (e: unknown) => e,
    )) as Error | undefined;
    expect(error, 'the build failed').toBeInstanceOf(Error);
    expect(String(error?.message)).not.toContain('TS240');
    expect(String(error?.message)).toMatch(/main\.ts:\d+:\d+: ERROR: /);
  });
});
