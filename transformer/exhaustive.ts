/**
 * SPEC section 12 at compile time: which canonical members a `match(member, handlers)` or a
 * `switch` over an enum-typed value handles. TypeScript cannot tell (every member has the
 * class's type); the core can, because it evaluated the class: it knows which names are
 * aliases. Where it cannot be sure (a class it could not evaluate, a value of a union type, a
 * `case` that is not a member, a spread or computed handler key, a flag, whose combinations
 * are values no list of members covers) it reports nothing and proves nothing.
 */
import type { TableMember } from '../src/define';
import { type MatchKind, problems } from '../src/problems';
import type { Analyzer } from './analyzer';
import { declaredNameFindings } from './declared-names';
import type { Finding } from './entries';
import { classOfSymbol, skipOuter, symbolOf } from './find';
import { handlerCallsOf, switchesOf } from './scan';
import type { ClassLike, TS } from './types';

export interface Coverage {
  readonly findings: readonly Finding[];
  /** Switches whose `case`s cover every canonical member (with or without a `default`). */
  readonly complete: readonly TS.SwitchStatement[];
}

/** An enum class the core evaluated: its name, canonical names and alias resolution. */
interface Target {
  readonly enumName: string;
  readonly decl: ClassLike;
  readonly flag: boolean;
  /** Every name (aliases included) -> its canonical member's name. */
  readonly canonicalOf: ReadonlyMap<string, string>;
  /** The canonical members' names, in definition order. */
  readonly canonical: readonly string[];
}

const NONE: Coverage = { findings: [], complete: [] };

/** The findings and proofs of one file (not cached here: the Analyzer caches per program). */
export function coverageOf(analyzer: Analyzer, file: TS.SourceFile): Coverage {
  const { ts } = analyzer.env;
  const findings: Finding[] = [];
  const complete: TS.SwitchStatement[] = [];
  for (const node of switchesOf(ts, file)) {
    const result = checkSwitch(analyzer, node);
    findings.push(...result.findings);
    if (result.complete) complete.push(node);
  }
  if (analyzer.lib.match.size > 0 && file.text.includes('match'))
    for (const call of handlerCallsOf(ts, file)) findings.push(...checkMatch(analyzer, call));
  findings.push(...declaredNameFindings(analyzer, file));
  return findings.length || complete.length ? { findings, complete } : NONE;
}

function checkSwitch(
  analyzer: Analyzer,
  node: TS.SwitchStatement,
): { findings: Finding[]; complete: boolean } {
  const { ts } = analyzer.env;
  const nothing = { findings: [], complete: false };
  const target = targetOf(analyzer, node.expression);
  if (!target) return nothing;
  const handled = new Handled('switch', target);
  let hasDefault = false;
  for (const clause of node.caseBlock.clauses) {
    if (ts.isDefaultClause(clause)) {
      hasDefault = true;
      continue;
    }
    const name = memberNameOf(analyzer, clause.expression, target);
    if (name === undefined) return nothing; // a case that is not a member: nothing to prove
    handled.add(name, clause.expression);
  }
  const missing = handled.missing();
  const findings = handled.findings;
  if (!hasDefault && missing.length > 0 && !target.flag)
    findings.push({
      problem: problems.unhandled('switch', target.enumName, missing),
      node: node.expression,
    });
  return { findings, complete: missing.length === 0 && !target.flag };
}

function checkMatch(analyzer: Analyzer, call: TS.CallExpression): Finding[] {
  const { ts } = analyzer.env;
  const callee = symbolOf(analyzer.env, call.expression);
  if (!callee || !analyzer.lib.match.has(callee)) return [];
  const [member, handlers] = call.arguments as unknown as [TS.Expression, TS.Expression];
  const target = targetOf(analyzer, member);
  if (!target || !ts.isObjectLiteralExpression(handlers)) return [];
  const handled = new Handled('match', target);
  const unknown: Finding[] = [];
  let hasDefault = false;
  for (const property of handlers.properties) {
    const name = keyOf(ts, property);
    if (name === undefined) return []; // a spread or a computed key: nothing to prove
    if (name === '_') hasDefault = true;
    else if (target.canonicalOf.has(name)) handled.add(name, property.name as TS.Node);
    else
      unknown.push({
        problem: problems.noSuchName(target.enumName, name),
        node: property.name as TS.Node,
      });
  }
  const missing = handled.missing();
  const findings = [...unknown, ...handled.findings];
  if (!hasDefault && missing.length > 0 && !target.flag)
    findings.push({
      problem: problems.unhandled('match', target.enumName, missing),
      node: call.expression,
    });
  return findings;
}

/** The names one switch or match handles, and the second handler of a member (TS24021). */
class Handled {
  readonly findings: Finding[] = [];
  private readonly first = new Map<string, string>();

  constructor(
    private readonly over: MatchKind,
    private readonly target: Target,
  ) {}

  add(name: string, node: TS.Node): void {
    const member = this.target.canonicalOf.get(name) as string;
    const first = this.first.get(member);
    if (first === undefined) this.first.set(member, name);
    else
      this.findings.push({
        problem: problems.handledTwice(this.over, this.target.enumName, member, first, name),
        node,
      });
  }

  missing(): string[] {
    return this.target.canonical.filter((name) => !this.first.has(name));
  }
}

/** The enum class whose instance type an expression has, when the core evaluated it. */
function targetOf(analyzer: Analyzer, expression: TS.Expression): Target | undefined {
  const { ts, checker } = analyzer.env;
  const type = checker.getTypeAtLocation(expression);
  if (type.isUnionOrIntersection() || !(type.flags & ts.TypeFlags.Object)) return undefined;
  const symbol = type.getSymbol();
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;
  // The instance type, not `typeof Status` (whose symbol is the class too).
  if (checker.getDeclaredTypeOfSymbol(symbol) !== type) return undefined;
  const decl = classOfSymbol(analyzer.env, symbol);
  const analysis = decl && analyzer.analysis(decl);
  const table = analysis?.table;
  if (!decl || !analysis || !table || analysis.findings.length > 0) return undefined;
  if (table.members.length === 0) return undefined;
  const members: readonly TableMember[] = table.members;
  const nameAt = (i: number): string => (members[i] as TableMember).name;
  return {
    enumName: analysis.enumName,
    decl,
    flag: analysis.kind === 'flag' || analysis.kind === 'intflag',
    canonicalOf: new Map(members.map((m) => [m.name, nameAt(m.canonical)])),
    canonical: members.filter((m, i) => m.canonical === i).map((m) => m.name),
  };
}

/** `case Status.X:` -> 'X' when X is a static of the target class the table knows. */
function memberNameOf(
  analyzer: Analyzer,
  expression: TS.Expression,
  target: Target,
): string | undefined {
  const { ts } = analyzer.env;
  const node = skipOuter(ts, expression);
  if (!ts.isPropertyAccessExpression(node)) return undefined;
  const symbol = symbolOf(analyzer.env, node);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !ts.isPropertyDeclaration(decl) || decl.parent !== target.decl)
    return undefined;
  return target.canonicalOf.has(symbol.name) ? symbol.name : undefined;
}

/** A handler's key as the runtime sees it; undefined for a spread or a computed key. */
function keyOf(
  ts: Analyzer['env']['ts'],
  property: TS.ObjectLiteralElementLike,
): string | undefined {
  if (ts.isSpreadAssignment(property)) return undefined;
  const name = property.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}
