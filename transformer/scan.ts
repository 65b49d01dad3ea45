/**
 * What the transformer needs from a file's syntax alone, computed once per source file:
 * the classes that extend something, every `new X(...)`, and the name a class gets.
 */
import type { ClassLike, TS, TsModule } from './types';

const classCache = new WeakMap<TS.SourceFile, readonly ClassLike[]>();
const newCache = new WeakMap<TS.SourceFile, readonly TS.NewExpression[]>();

/** The classes of a file that extend something. */
export function classesOf(ts: TsModule, file: TS.SourceFile): readonly ClassLike[] {
  let found = classCache.get(file);
  if (found) return found;
  const out: ClassLike[] = [];
  const visit = (node: TS.Node): void => {
    if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.heritageClauses) {
      out.push(node);
    }
    ts.forEachChild(node, visit);
  };
  if (file.text.includes('extends')) visit(file);
  found = out;
  classCache.set(file, found);
  return found;
}

/** Every `new X(...)` of a file. */
export function newsOf(ts: TsModule, file: TS.SourceFile): readonly TS.NewExpression[] {
  let found = newCache.get(file);
  if (found) return found;
  const out: TS.NewExpression[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isNewExpression(node)) out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  found = out;
  newCache.set(file, found);
  return found;
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
