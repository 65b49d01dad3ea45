/**
 * The parts of the syntax resolver (syntax-program.ts) that hold no program state: what a
 * statement exports, where a relative specifier points on disk, the script kind of a file
 * name, the stand-in types (no checker: a type is unknown, or string literals written out) and
 * the two tiny files every syntax program holds.
 */
import type { TS, TsModule } from './types';

export const TSENUM = 'tsenum';
export const SOURCE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

export const UNKNOWN_TYPE = {
  flags: 0,
  isUnion: () => false,
  isUnionOrIntersection: () => false,
  isStringLiteral: () => false,
  getSymbol: () => undefined,
};

export function literalType(ts: TsModule, node: TS.TypeNode): unknown {
  if (ts.isParenthesizedTypeNode(node)) return literalType(ts, node.type);
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
    const value = node.literal.text;
    return { ...UNKNOWN_TYPE, isStringLiteral: () => true, value };
  }
  if (ts.isUnionTypeNode(node)) {
    const types = node.types.map((t) => literalType(ts, t));
    return { ...UNKNOWN_TYPE, isUnion: () => true, isUnionOrIntersection: () => true, types };
  }
  return UNKNOWN_TYPE;
}

const stubs = new WeakMap<TsModule, { stub: TS.SourceFile; lib: TS.SourceFile }>();

/** The two tiny files every syntax program holds, parsed once per TypeScript. */
export function stubsOf(ts: TsModule): { stub: TS.SourceFile; lib: TS.SourceFile } {
  let found = stubs.get(ts);
  if (!found) {
    const parse = (name: string, text: string) =>
      ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    found = {
      stub: parse('/tsenum-stub.ts', `import '${TSENUM}';`),
      lib: parse('/lib.d.ts', 'declare var Symbol: any;'),
    };
    stubs.set(ts, found);
  }
  return found;
}

/** What `tsenum` exports (SPEC section 1); any other name is a symbol of its own too. */
export const RUNTIME_EXPORTS = [
  'Enum',
  'IntEnum',
  'StrEnum',
  'Flag',
  'IntFlag',
  'ReprEnum',
  'auto',
  'unique',
  'verify',
  'UNIQUE',
  'CONTINUOUS',
  'NAMED_FLAGS',
  'EnumCheck',
  'FlagBoundary',
  'STRICT',
  'CONFORM',
  'EJECT',
  'KEEP',
  'match',
  'schemaOf',
  'showFlagValues',
];

export function kindOf(fileName: string): number {
  // ScriptKind: JS 1, JSX 2, TS 3, TSX 4 (stable across TypeScript versions)
  if (/\.tsx$/.test(fileName)) return 4;
  if (/\.jsx$/.test(fileName)) return 2;
  if (/\.[cm]?js$/.test(fileName)) return 1;
  return 3;
}

export function skipParens(ts: TsModule, node: TS.Expression): TS.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isAsExpression(current)
  )
    current = current.expression;
  return current;
}

export function isDeclaration(ts: TsModule, node: TS.Node): boolean {
  return (
    ts.isClassDeclaration(node) ||
    ts.isClassExpression(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isBindingElement(node) ||
    ts.isImportSpecifier(node) ||
    ts.isImportClause(node) ||
    ts.isNamespaceImport(node) ||
    ts.isImportEqualsDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isModuleDeclaration(node)
  );
}

/** The names a top-level statement exports, each with the symbol of what it declares. */
export function exportsOfStatement<S>(
  ts: TsModule,
  statement: TS.Statement,
  into: Map<string, S>,
  declare: (decl: TS.Node) => S,
): void {
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  const exported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (!clause || statement.isTypeOnly) return;
    if (ts.isNamespaceExport(clause)) into.set(clause.name.text, declare(clause));
    else
      for (const element of clause.elements)
        if (!element.isTypeOnly) into.set(element.name.text, declare(element));
    return;
  }
  if (ts.isExportAssignment(statement)) {
    if (!statement.isExportEquals) into.set('default', declare(statement));
    return;
  }
  if (!exported) return;
  if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations)
      if (ts.isIdentifier(d.name)) into.set(d.name.text, declare(d));
    return;
  }
  if (
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name))
  ) {
    const name = isDefault ? 'default' : statement.name?.text;
    if (name) into.set(name, declare(statement));
  }
}

/** `./x`, `./x.js` (meaning `./x.ts`), `./dir` (its index): the first local file that `exists`. */
export function resolveOnDisk(
  specifier: string,
  fromFile: string,
  exists: (fileName: string) => boolean,
): string | undefined {
  if (
    !specifier.startsWith('./') &&
    !specifier.startsWith('../') &&
    specifier !== '.' &&
    specifier !== '..'
  )
    return undefined;
  const dir = fromFile.slice(
    0,
    Math.max(fromFile.lastIndexOf('/'), fromFile.lastIndexOf('\\')) + 1,
  );
  const base = normalize(dir + specifier);
  const candidates: string[] = [];
  const js = /\.([cm]?)js(x?)$/.exec(base);
  if (js) {
    const stem = base.slice(0, js.index);
    candidates.push(`${stem}.${js[1]}ts${js[2]}`, `${stem}.${js[1]}tsx`);
  }
  candidates.push(base);
  for (const extension of EXTENSIONS) candidates.push(base + extension);
  for (const extension of EXTENSIONS) candidates.push(`${base}/index${extension}`);
  return candidates.find((c) => SOURCE.test(c) && exists(c));
}

function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined;
}
