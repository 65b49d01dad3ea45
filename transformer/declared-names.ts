/**
 * SPEC section 12's idiom for compilers without a tsenum host: a class declares its canonical
 * names (`declare readonly name: 'PENDING' | 'COMPLETED'`) so that TypeScript itself narrows
 * `switch (m.name)` and checks `match`'s handler keys. That is only as safe as the list is
 * right, and TypeScript cannot check it (it cannot tell an alias from a member): the core
 * can, so every host reports a list that leaves out a canonical member or names anything else
 * (an alias, a name that is no member). A type it cannot read as string literals: nothing.
 * A literal union written out is read from the syntax, so the bundler plugins report it too.
 */
import { problems } from '../src/problems';
import type { Analyzer } from './analyzer';
import type { Finding } from './entries';
import { classesOf } from './scan';
import type { ClassLike, TS } from './types';

export function declaredNameFindings(analyzer: Analyzer, file: TS.SourceFile): Finding[] {
  const { ts } = analyzer.env;
  if (!file.text.includes('declare')) return [];
  const out: Finding[] = [];
  for (const decl of classesOf(ts, file)) {
    const node = declaredName(analyzer, decl);
    if (!node?.type) continue;
    const analysis = analyzer.analysis(decl);
    const table = analysis?.table;
    if (!analysis || !table || analysis.findings.length > 0) continue;
    if (analysis.kind === 'flag' || analysis.kind === 'intflag') continue;
    const names = literalsOf(analyzer, node.type);
    if (!names) continue;
    const canonical = table.members.filter((m, i) => m.canonical === i).map((m) => m.name);
    const missing = canonical.filter((n) => !names.has(n));
    const extra = [...names].filter((n) => !canonical.includes(n));
    if (missing.length || extra.length)
      out.push({
        problem: problems.declaredNames(analysis.enumName, missing, extra),
        node: node.type,
      });
  }
  return out;
}

/** The class's own `declare readonly name: ...` instance property, if it has one. */
function declaredName(analyzer: Analyzer, decl: ClassLike): TS.PropertyDeclaration | undefined {
  const { ts } = analyzer.env;
  for (const member of decl.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    if (member.name.text !== 'name') continue;
    const modifiers = ts.getModifiers(member) ?? [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
    return member;
  }
  return undefined;
}

/**
 * `'A' | 'B'` -> {A, B}, read from the syntax (so a syntax-only host, the bundler plugins,
 * checks it too), or through the checker for any other type (`Names`, an alias), where there is
 * one; undefined for anything that is not string literals.
 */
function literalsOf(analyzer: Analyzer, node: TS.TypeNode): Set<string> | undefined {
  const { ts } = analyzer.env;
  const written = ts.isUnionTypeNode(node) ? node.types : [node];
  if (written.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
    return new Set(
      written.map((t) => ((t as TS.LiteralTypeNode).literal as TS.StringLiteral).text),
    );
  const checker = analyzer.env.checker as Partial<TS.TypeChecker>;
  if (typeof checker.getTypeFromTypeNode !== 'function') return undefined; // no types here
  const type = checker.getTypeFromTypeNode(node);
  const parts = type.isUnion() ? type.types : [type];
  const names = new Set<string>();
  for (const part of parts) {
    if (!part.isStringLiteral()) return undefined;
    names.add(part.value);
  }
  return names;
}
