/**
 * Is this class an enum? Answered by symbol, through the checker: the class's `extends`
 * expression must resolve (through renamed imports, namespace imports, re-exports and
 * member-less subclasses declared anywhere) to one of the classes exported by the module
 * `tsenum`. A local class that happens to be called `Enum` resolves to itself and is not one.
 */
import type { Check } from '../src/checks';
import type { Kind } from '../src/kinds';
import type { ClassLike, Env, TS } from './types';

/** tsenum's exports as symbols of this program. */
export interface Library {
  readonly bases: Map<TS.Symbol, Kind>;
  readonly auto: Set<TS.Symbol>;
  readonly unique: Set<TS.Symbol>;
  readonly verify: Set<TS.Symbol>;
  readonly match: Set<TS.Symbol>;
  readonly checks: Map<TS.Symbol, Check>;
}

const BASES: Readonly<Record<string, Kind>> = {
  Enum: 'enum',
  IntEnum: 'int',
  StrEnum: 'str',
  Flag: 'flag',
  IntFlag: 'intflag',
};
const CHECKS: Readonly<Record<string, Check>> = {
  UNIQUE: 'unique',
  CONTINUOUS: 'continuous',
  NAMED_FLAGS: 'named_flags',
};
const MODULE = 'tsenum';

/**
 * Every module symbol the program resolves `'tsenum'` to (an ESM and a CJS declaration file
 * are two), found from the import, export and `import = require` declarations of its files.
 */
export function findLibrary(env: Env): Library {
  const { ts, checker } = env;
  const lib: Library = {
    bases: new Map(),
    auto: new Set(),
    unique: new Set(),
    verify: new Set(),
    match: new Set(),
    checks: new Map(),
  };
  const seen = new Set<TS.Symbol>();
  for (const file of env.program.getSourceFiles()) {
    // The lib files (megabytes of text, read again for every Program an editor makes) never
    // import tsenum.
    if (env.program.isSourceFileDefaultLibrary(file) || !file.text.includes(MODULE)) continue;
    for (const statement of file.statements) {
      const specifier = moduleSpecifierOf(ts, statement);
      if (!specifier || !ts.isStringLiteral(specifier) || specifier.text !== MODULE) continue;
      const moduleSymbol = checker.getSymbolAtLocation(specifier);
      if (!moduleSymbol || seen.has(moduleSymbol)) continue;
      seen.add(moduleSymbol);
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const name = exported.name;
        const target = resolveAlias(env, exported);
        if (name in BASES) lib.bases.set(target, BASES[name] as Kind);
        else if (name in CHECKS) lib.checks.set(target, CHECKS[name] as Check);
        else if (name === 'auto') lib.auto.add(target);
        else if (name === 'unique') lib.unique.add(target);
        else if (name === 'verify') lib.verify.add(target);
        else if (name === 'match') lib.match.add(target);
      }
    }
  }
  return lib;
}

function moduleSpecifierOf(ts: Env['ts'], statement: TS.Statement): TS.Expression | undefined {
  if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))
    return statement.moduleSpecifier;
  if (
    ts.isImportEqualsDeclaration(statement) &&
    ts.isExternalModuleReference(statement.moduleReference)
  ) {
    return statement.moduleReference.expression;
  }
  return undefined;
}

export function resolveAlias(env: Env, symbol: TS.Symbol): TS.Symbol {
  return symbol.flags & env.ts.SymbolFlags.Alias ? env.checker.getAliasedSymbol(symbol) : symbol;
}

/** Parentheses, type assertions, `!` and `satisfies` change nothing at run time. */
export function skipOuter(ts: Env['ts'], node: TS.Expression): TS.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = (current as TS.ParenthesizedExpression).expression;
    } else {
      return current;
    }
  }
}

/**
 * `checker.getSymbolAtLocation(node)`, asked once per node: the same `new C(...)` is resolved
 * both when a class's members are read and when the file's constructions are grouped.
 */
export function symbolAt(env: Env, node: TS.Node): TS.Symbol | undefined {
  const cache = env.symbols;
  if (!cache) return env.checker.getSymbolAtLocation(node);
  if (cache.has(node)) return cache.get(node);
  const symbol = env.checker.getSymbolAtLocation(node);
  cache.set(node, symbol);
  return symbol;
}

/** The symbol an identifier or `a.b` expression names, aliases followed. */
export function symbolOf(env: Env, expression: TS.Expression): TS.Symbol | undefined {
  const { ts } = env;
  const node = skipOuter(ts, expression);
  let symbol: TS.Symbol | undefined;
  if (ts.isIdentifier(node)) symbol = symbolAt(env, node);
  else if (ts.isPropertyAccessExpression(node)) symbol = symbolAt(env, node.name);
  return symbol && resolveAlias(env, symbol);
}

/** The expression after `extends`, if the class has one. */
export function extendsExpression(env: Env, decl: ClassLike): TS.Expression | undefined {
  const { ts } = env;
  for (const clause of decl.heritageClauses ?? []) {
    if (clause.token === ts.SyntaxKind.ExtendsKeyword) return clause.types[0]?.expression;
  }
  return undefined;
}

/** The class a symbol declares (a class declaration, or a named class expression). */
export function classOfSymbol(env: Env, symbol: TS.Symbol): ClassLike | undefined {
  const { ts } = env;
  const decl = symbol.valueDeclaration;
  if (!decl) return undefined;
  if (ts.isClassDeclaration(decl) || ts.isClassExpression(decl)) return decl;
  return undefined;
}

/** How a class (or an expression naming one) reaches a tsenum base class. */
export interface Chain {
  readonly kind: Kind;
  /** The classes between it and the tsenum base, nearest first (member-less subclasses). */
  readonly parents: readonly ClassLike[];
}

const MAX_DEPTH = 64;

/** The chain of the class an expression names: a tsenum base itself, or a subclass of one. */
export function chainOfExpression(
  env: Env,
  lib: Library,
  expression: TS.Expression,
  depth = 0,
): Chain | undefined {
  const symbol = symbolOf(env, expression);
  if (!symbol || depth > MAX_DEPTH) return undefined;
  const kind = lib.bases.get(symbol);
  if (kind) return { kind, parents: [] };
  const decl = classOfSymbol(env, symbol);
  if (!decl) return undefined;
  const up = chainOfClass(env, lib, decl, depth + 1);
  return up && { kind: up.kind, parents: [decl, ...up.parents] };
}

/** The chain above a class declaration, or undefined when it is not an enum class. */
export function chainOfClass(
  env: Env,
  lib: Library,
  decl: ClassLike,
  depth = 0,
): Chain | undefined {
  const base = extendsExpression(env, decl);
  return base ? chainOfExpression(env, lib, base, depth) : undefined;
}

/** In a declaration file, `declare`d, or inside a `declare` block: nothing of it runs. */
export function isAmbient(ts: Env['ts'], node: TS.Node): boolean {
  const flag = (ts.NodeFlags as unknown as Record<string, number | undefined>).Ambient ?? 0;
  return (node.flags & flag) !== 0 || node.getSourceFile().isDeclarationFile;
}
