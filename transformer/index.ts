/**
 * tsenum's compile-time transformer.
 *
 * - With ts-patch (`tspc`), the one entry `{ "transform": "tsenum/transformer",
 *   "transformProgram": true }` loads the default export as a Program Transformer: it adds
 *   tsenum's definition errors to the program's semantic diagnostics (so `tspc`, `--noEmit`,
 *   `noEmitOnError`, `--watch`, `incremental` and `-b` all fail on them and clear when fixed)
 *   and hands the rewrite to every emit.
 * - Called as a source transformer (ttypescript, or ts-patch without `transformProgram`),
 *   the default export gives `{ before, afterDeclarations }`: the rewrite, and the errors
 *   reported from the declaration pass (ttypescript needs `declaration: true` for them).
 * - `before`, `afterDeclarations`, `getCustomTransformers` and `getDiagnostics` serve other
 *   hosts (ts-loader, ts-jest, rollup) and tools.
 */

import { diagnosticsOf, requireCompilerApi, semanticDiagnostics } from './core';
import { swallow } from './internal';
import { createRewriter } from './rewrite';
import type { TS, TsModule } from './types';

export interface TransformerExtras {
  /** The TypeScript instance of the host; `require('typescript')` when absent. */
  readonly ts?: TsModule;
}

let fallbackTs: TsModule | undefined;
function tsOf(extras: TransformerExtras | undefined): TsModule {
  if (extras?.ts) return extras.ts;
  // The host did not say which TypeScript it runs: the one installed beside tsenum. When that
  // one has no compiler API (TypeScript 7) or is missing, fail loudly: reporting nothing would
  // read as "no definition errors".
  fallbackTs ??= requireCompilerApi(loadTypeScript(), 'tsenum/transformer', __dirname);
  return fallbackTs;
}

function loadTypeScript(): unknown {
  try {
    return require('typescript');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
    return undefined;
  }
}

/**
 * tsenum's definition errors in one file (or in every file of the program).
 *
 * @example
 * const errors = getDiagnostics(program, program.getSourceFile('colors.ts'));
 */
export function getDiagnostics(
  program: TS.Program,
  file?: TS.SourceFile,
  extras?: TransformerExtras,
): readonly TS.Diagnostic[] {
  return diagnosticsOf(tsOf(extras), program, file);
}

/**
 * The rewrite, as a `before` source transformer factory (ts-patch / ttypescript signature).
 *
 * @example
 * // ts-loader, ts-jest, rollup-plugin-typescript2:
 * getCustomTransformers: (program) => ({ before: [before(program)] })
 */
export function before(
  program: TS.Program,
  _config?: unknown,
  extras?: TransformerExtras,
): TS.TransformerFactory<TS.SourceFile> {
  return createRewriter(tsOf(extras), program);
}

/**
 * Reports tsenum's definition errors from the declaration pass through the transformation
 * context (the route that fails a build under ttypescript + TypeScript 4.9; needs
 * `declaration: true`). Changes nothing in the declarations.
 *
 * @example
 * { "transform": "tsenum/transformer", "import": "afterDeclarations", "afterDeclarations": true }
 */
export function afterDeclarations(
  program: TS.Program,
  _config?: unknown,
  extras?: TransformerExtras,
): TS.TransformerFactory<TS.SourceFile | TS.Bundle> {
  const ts = tsOf(extras);
  return (context) => (node) => {
    const add = (context as { addDiagnostic?: (d: TS.Diagnostic) => void }).addDiagnostic;
    if (typeof add !== 'function') return node;
    const files = ts.isBundle(node) ? node.sourceFiles : [node];
    for (const declarationFile of files) {
      const original = ts.getOriginalNode(declarationFile);
      const file =
        ts.isSourceFile(original) && !original.isDeclarationFile
          ? original
          : program.getSourceFile(declarationFile.fileName);
      if (!file) continue;
      for (const diagnostic of getDiagnostics(program, file, { ts })) add.call(context, diagnostic);
    }
    return node;
  };
}

/**
 * Both transformers, for hosts that take `getCustomTransformers`.
 *
 * @example
 * // webpack: { loader: 'ts-loader', options: { getCustomTransformers } }
 * import { getCustomTransformers } from 'tsenum/transformer';
 */
export function getCustomTransformers(
  program: TS.Program,
  extras?: TransformerExtras,
): TS.CustomTransformers {
  return {
    before: [before(program, undefined, extras)],
    afterDeclarations: [afterDeclarations(program, undefined, extras)],
  };
}

const WRAPPED = Symbol.for('tsenum.transformer.program');

/**
 * The Program Transformer (ts-patch `transformProgram: true`): the same program, whose
 * semantic diagnostics include tsenum's and whose emit runs the rewrite first.
 */
export function transformProgram(
  program: TS.Program,
  _host?: unknown,
  _config?: unknown,
  extras?: TransformerExtras,
): TS.Program {
  const ts = tsOf(extras);
  const target = program as TS.Program & { [WRAPPED]?: true } & Record<string, unknown>;
  if (target[WRAPPED]) return program;
  try {
    for (const name of ['getSemanticDiagnostics', 'getBindAndCheckDiagnostics']) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function (this: unknown, file?: TS.SourceFile, ...rest: unknown[]) {
        const base = original.call(this, file, ...rest) as readonly TS.Diagnostic[];
        return semanticDiagnostics(ts, program, file, base);
      };
    }
    const emit = program.emit;
    target.emit = function (
      this: unknown,
      file?: TS.SourceFile,
      write?: unknown,
      token?: unknown,
      onlyDts?: boolean,
      custom?: TS.CustomTransformers,
      ...rest: unknown[]
    ) {
      const merged: TS.CustomTransformers = {
        ...custom,
        before: [createRewriter(ts, program), ...(custom?.before ?? [])],
      };
      return (emit as (...args: unknown[]) => TS.EmitResult).call(
        this,
        file,
        write,
        token,
        onlyDts,
        merged,
        ...rest,
      );
    };
    Object.defineProperty(target, WRAPPED, { value: true });
  } catch (error) {
    swallow(error);
    // leave the program as it was
  }
  return program;
}

/**
 * The one plugin entry. Called by ts-patch as a Program Transformer (four arguments) it
 * returns the wrapped program; called as a source transformer (ttypescript, or ts-patch
 * without `transformProgram`) it returns `{ before, afterDeclarations }`.
 *
 * @example
 * // tsconfig.json (ts-patch):
 * "plugins": [{ "transform": "tsenum/transformer", "transformProgram": true }]
 */
export default function tsenumTransformer(
  program: TS.Program,
  ...args: unknown[]
): TS.Program | TS.CustomTransformers {
  const [second, third, fourth] = args;
  const programMode =
    args.length >= 3 ||
    (typeof second === 'object' && second !== null && 'getSourceFile' in second);
  if (programMode)
    return transformProgram(program, second, third, fourth as TransformerExtras | undefined);
  const extras = third as TransformerExtras | undefined;
  return getCustomTransformers(program, extras);
}
