/**
 * Lexical scopes over syntax alone: which declaration an identifier in a value position names,
 * found by walking up from it and asking each enclosing scope what it declares. The syntax
 * resolver (syntax-program.ts) builds its symbols on this; it serves hosts that have parsed
 * files but no type checker (the bundler plugins).
 *
 * It errs towards "declared here": a name declared in any way in a scope (a parameter, a
 * `var` anywhere in the function, a catch variable, an import) hides every outer one, so a
 * local `Enum` never reads as tsenum's.
 */
import type { TS, TsModule } from './types';

const cache = new WeakMap<TS.Node, Map<string, TS.Node>>();

/** The declaration `identifier` refers to, or undefined (a global, or not declared at all). */
export function declarationOf(ts: TsModule, identifier: TS.Identifier): TS.Node | undefined {
  const name = identifier.text;
  for (let scope = identifier.parent; scope; scope = scope.parent) {
    const found = declarationsOf(ts, scope).get(name);
    if (found) return found;
  }
  return undefined;
}

/** The names a node declares for the code inside it, by name (the first declaration). */
export function declarationsOf(ts: TsModule, scope: TS.Node): ReadonlyMap<string, TS.Node> {
  let found = cache.get(scope);
  if (found) return found;
  const names = new Map<string, TS.Node>();
  found = names;
  const add = (name: TS.Node | undefined, decl: TS.Node): void => addBinding(ts, names, name, decl);
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
    for (const statement of scope.statements) declareStatement(ts, statement, add);
  } else if (ts.isCaseBlock(scope)) {
    for (const clause of scope.clauses)
      for (const statement of clause.statements) declareStatement(ts, statement, add);
  } else if (ts.isClassDeclaration(scope) || ts.isClassExpression(scope)) {
    if (scope.name) add(scope.name, scope);
  } else if (ts.isCatchClause(scope)) {
    if (scope.variableDeclaration) add(scope.variableDeclaration.name, scope.variableDeclaration);
  } else if (ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) {
    const init = scope.initializer;
    if (init && ts.isVariableDeclarationList(init))
      for (const d of init.declarations) add(d.name, d);
  } else if (ts.isFunctionLike(scope)) {
    if (ts.isFunctionExpression(scope) && scope.name) add(scope.name, scope);
    for (const parameter of scope.parameters) add(parameter.name, parameter);
  }
  // `var` and function declarations in nested blocks belong to the enclosing function (or file).
  if (ts.isSourceFile(scope) || (ts.isFunctionLike(scope) && 'body' in scope && scope.body))
    hoistVars(ts, ts.isSourceFile(scope) ? scope : (scope as { body: TS.Node }).body, add);
  cache.set(scope, found);
  return found;
}

function addBinding(
  ts: TsModule,
  into: Map<string, TS.Node>,
  name: TS.Node | undefined,
  decl: TS.Node,
): void {
  if (!name) return;
  if (ts.isIdentifier(name)) {
    if (!into.has(name.text)) into.set(name.text, decl);
  } else if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name)) {
    for (const element of name.elements)
      if (ts.isBindingElement(element)) addBinding(ts, into, element.name, element);
  }
}

type Add = (name: TS.Node | undefined, decl: TS.Node) => void;

function declareStatement(ts: TsModule, statement: TS.Statement, add: Add): void {
  if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations) add(d.name, d);
  } else if (
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name))
  ) {
    add(statement.name, statement);
  } else if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return;
    if (clause.name) add(clause.name, clause);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name, bindings);
    else if (bindings) for (const element of bindings.elements) add(element.name, element);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    add(statement.name, statement);
  } else if (ts.isLabeledStatement(statement)) {
    declareStatement(ts, statement.statement, add);
  }
}

/** Every `var` (and function declaration in a block) under a body, not entering functions. */
function hoistVars(ts: TsModule, body: TS.Node, add: Add): void {
  const visit = (node: TS.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
      if (ts.isFunctionDeclaration(node) && node.name) add(node.name, node);
      return;
    }
    if (ts.isVariableDeclarationList(node)) {
      const blockScoped = (node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== 0;
      if (!blockScoped) for (const d of node.declarations) add(d.name, d);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
}
