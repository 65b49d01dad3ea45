/**
 * What every part of the transformer is handed: the TypeScript instance it was loaded with
 * (never a `typescript` of its own: ts-patch, ttypescript and a bundler each bring theirs),
 * the program and its checker.
 */
import type * as TS from 'typescript';

export type { TS };
export type TsModule = typeof TS;

export interface Env {
  readonly ts: TsModule;
  readonly program: TS.Program;
  readonly checker: TS.TypeChecker;
  /** `checker.getSymbolAtLocation` by node, resolved once (see `symbolAt`). */
  readonly symbols?: Map<TS.Node, TS.Symbol | undefined>;
}

export type ClassLike = TS.ClassDeclaration | TS.ClassExpression;
