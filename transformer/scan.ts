/**
 * What the transformer needs from a file's syntax alone, computed once per source file in a
 * single walk: the classes that extend something, every `new X(...)`, the calls with one
 * argument (where `unique(C)` and `verify(...)(C)` may be), the `x.create(...)` calls, the
 * calls with an object literal as second argument (where `match(m, {...})` may be), the
 * `switch` statements, and the name a class gets.
 */
import type { ClassLike, TS, TsModule } from './types';

interface FileScan {
  /** Classes (declarations and expressions) with a heritage clause, in source order. */
  readonly classes: readonly ClassLike[];
  readonly news: readonly TS.NewExpression[];
  /** Calls with exactly one argument. */
  readonly unaryCalls: readonly TS.CallExpression[];
  /** `x.create(...)` calls. */
  readonly creates: readonly TS.CallExpression[];
  /** Calls of two arguments whose second is an object literal. */
  readonly handlerCalls: readonly TS.CallExpression[];
  readonly switches: readonly TS.SwitchStatement[];
}

const scanCache = new WeakMap<TS.SourceFile, FileScan>();

/** Every node of the file, once, in the order of `ts.forEachChild` (a node before its children). */
function scanOf(ts: TsModule, file: TS.SourceFile): FileScan {
  let found = scanCache.get(file);
  if (found) return found;
  const classes: ClassLike[] = [];
  const news: TS.NewExpression[] = [];
  const unaryCalls: TS.CallExpression[] = [];
  const creates: TS.CallExpression[] = [];
  const handlerCalls: TS.CallExpression[] = [];
  const switches: TS.SwitchStatement[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      if (node.arguments.length === 1) unaryCalls.push(node);
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'create')
        creates.push(node);
      if (node.arguments.length === 2 && ts.isObjectLiteralExpression(node.arguments[1] as TS.Node))
        handlerCalls.push(node);
    } else if (ts.isSwitchStatement(node)) {
      switches.push(node);
    } else if (ts.isNewExpression(node)) {
      news.push(node);
    } else if (
      (ts.isClassDeclaration(node) || ts.isClassExpression(node)) &&
      node.heritageClauses
    ) {
      classes.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  found = { classes, news, unaryCalls, creates, handlerCalls, switches };
  scanCache.set(file, found);
  return found;
}

/** The classes of a file that extend something. */
export function classesOf(ts: TsModule, file: TS.SourceFile): readonly ClassLike[] {
  return file.text.includes('extends') ? scanOf(ts, file).classes : [];
}

/** Every `new X(...)` of a file. */
export function newsOf(ts: TsModule, file: TS.SourceFile): readonly TS.NewExpression[] {
  return scanOf(ts, file).news;
}

/** Every call with exactly one argument, in source order. */
export function unaryCallsOf(ts: TsModule, file: TS.SourceFile): readonly TS.CallExpression[] {
  return scanOf(ts, file).unaryCalls;
}

/** Every `x.create(...)` call, in source order. */
export function createCallsOf(ts: TsModule, file: TS.SourceFile): readonly TS.CallExpression[] {
  return scanOf(ts, file).creates;
}

/** Every call of two arguments whose second is an object literal, in source order. */
export function handlerCallsOf(ts: TsModule, file: TS.SourceFile): readonly TS.CallExpression[] {
  return scanOf(ts, file).handlerCalls;
}

/** Every `switch` statement of a file, in source order (an outer one before those inside). */
export function switchesOf(ts: TsModule, file: TS.SourceFile): readonly TS.SwitchStatement[] {
  return scanOf(ts, file).switches;
}

/** The name the runtime sees as `cls.name`, when the source says it. */
export function classNameOf(ts: TsModule, decl: ClassLike): string | undefined {
  if (decl.name) return decl.name.text;
  if (ts.isClassDeclaration(decl)) return 'default';
  const parent = decl.parent;
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
    ts.isIdentifier(parent.name)
  ) {
    return parent.initializer === decl ? parent.name.text : undefined;
  }
  return undefined;
}
