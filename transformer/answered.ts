/**
 * The compiler's own complaints about a `switch` that tsenum proved complete (SPEC section
 * 12): TypeScript cannot narrow a class-typed value, so it believes the end of
 *   function label(s: Status) { switch (s) { case Status.A: return 'a'; case Status.B: ... } }
 * is reachable (TS7030 "Not all code paths return a value", TS2366 "Function lacks ending
 * return statement") and that `s` is not `never` in its `default` (TS2322, TS2345, TS1360).
 * The core drops exactly those, and only where its proof covers them: anything it cannot
 * prove stays as the compiler reported it.
 */
import type { Analyzer } from './analyzer';
import { skipOuter } from './find';
import type { TS, TsModule } from './types';

const END_REACHABLE = new Set([7030, 2366]);
const NOT_NEVER = new Set([2322, 2345, 1360]);
/** Every code a proof may answer: a host's diagnostics with none of them need no analysis. */
export const ANSWERABLE: ReadonlySet<number> = new Set([...END_REACHABLE, ...NOT_NEVER]);

/** Which of a file's compiler diagnostics the core's proofs answer. */
export function isAnswered(ts: TsModule, analyzer: Analyzer, diagnostic: TS.Diagnostic): boolean {
  const { code, file, start } = diagnostic;
  if (!file || start === undefined) return false;
  if (!END_REACHABLE.has(code) && !NOT_NEVER.has(code)) return false;
  for (const node of analyzer.coverage(file).complete) {
    if (END_REACHABLE.has(code) && endAnswered(ts, node, start)) return true;
    if (NOT_NEVER.has(code) && neverAnswered(ts, node, diagnostic, start)) return true;
  }
  return false;
}

/**
 * An implicit end reported at the head of the function whose body ends with this switch, when
 * no case leaves the switch: then the only way past it is "no case matched", which the proof
 * rules out. (TS7030 at a bare `return;` is at the statement, not the head, and stays.)
 */
function endAnswered(ts: TsModule, node: TS.SwitchStatement, start: number): boolean {
  const clauses = node.caseBlock.clauses;
  if (clauses.some((c) => ts.isDefaultClause(c))) return false;
  const body = node.parent;
  const fn = body?.parent;
  if (!body || !fn || !ts.isBlock(body) || body.statements[body.statements.length - 1] !== node)
    return false;
  if (!ts.isFunctionLike(fn) || (fn as { body?: TS.Node }).body !== body) return false;
  if (start < fn.getStart() || start >= body.getStart()) return false;
  const last = clauses[clauses.length - 1];
  return last?.statements.some((s) => ends(ts, s)) === true && !breaksOut(ts, node);
}

/** Does this statement never complete normally (return, throw, or both branches do)? */
function ends(ts: TsModule, node: TS.Statement): boolean {
  if (ts.isReturnStatement(node) || ts.isThrowStatement(node)) return true;
  if (ts.isBlock(node)) return node.statements.some((s) => ends(ts, s));
  if (ts.isIfStatement(node))
    return (
      node.elseStatement !== undefined &&
      ends(ts, node.thenStatement) &&
      ends(ts, node.elseStatement)
    );
  if (ts.isTryStatement(node)) {
    if (node.finallyBlock && ends(ts, node.finallyBlock)) return true;
    return ends(ts, node.tryBlock) && (!node.catchClause || ends(ts, node.catchClause.block));
  }
  return false;
}

/** Is there a `break` (not inside a nested loop, switch or function) that leaves the switch? */
function breaksOut(ts: TsModule, node: TS.SwitchStatement): boolean {
  let found = false;
  const visit = (child: TS.Node): void => {
    if (found || ts.isFunctionLike(child) || ts.isClassLike(child)) return;
    if (ts.isBreakStatement(child) && !child.label) {
      found = true;
      return;
    }
    if (ts.isIterationStatement(child, false) || ts.isSwitchStatement(child)) {
      // their own unlabeled breaks stay inside; a labeled one targets a label in here
      return;
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node.caseBlock, visit);
  return found;
}

/**
 * A "not assignable to never" check of the switched value inside the `default` of a switch
 * whose cases cover every member: that default never runs. The diagnostic must be about the
 * value itself (`const n: never = s`, `assertNever(s)`, `s satisfies never`).
 */
function neverAnswered(
  ts: TsModule,
  node: TS.SwitchStatement,
  diagnostic: TS.Diagnostic,
  start: number,
): boolean {
  const clause = node.caseBlock.clauses.find((c) => ts.isDefaultClause(c));
  if (!clause || start < clause.getStart() || start >= clause.getEnd()) return false;
  if (!/\bnever\b/.test(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')))
    return false;
  const subject = skipOuter(ts, node.expression).getText();
  const isSubject = (e: TS.Expression | undefined): boolean =>
    e !== undefined && skipOuter(ts, e).getText() === subject;
  // reported at the name of `const n: never = s` (where the declaration starts too), at the
  // argument of `assertNever(s)`, within `s satisfies never`
  return nodesAt(ts, clause, start).some((at) => {
    if (diagnostic.code === 2322) return ts.isVariableDeclaration(at) && isSubject(at.initializer);
    if (diagnostic.code === 1360) return ts.isSatisfiesExpression(at) && isSubject(at.expression);
    return ts.isExpression(at) && at.getStart() === start && isSubject(at);
  });
}

/** The nodes inside `root` whose text contains `start`, outermost first. */
function nodesAt(ts: TsModule, root: TS.Node, start: number): TS.Node[] {
  const found: TS.Node[] = [];
  const visit = (child: TS.Node): void => {
    if (start < child.getStart() || start >= child.getEnd()) return;
    found.push(child);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(root, visit);
  return found;
}
