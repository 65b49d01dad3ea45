/**
 * The syntax resolver: the part of a `TS.Program` and its checker the compile-time core asks
 * (`getSymbolAtLocation`, `getAliasedSymbol`, `getExportsOfModule`, `getSourceFiles`, ...),
 * answered from parsed files alone, with no type checker. So the one analyzer (analyzer.ts)
 * runs unchanged where a program per build would be the slow path (the bundler plugins).
 *
 * It follows what syntax and imports prove: imports from `tsenum` (renamed, default,
 * namespace, `import =`), re-export chains (`export { X } from`, `export *`, `export * as`)
 * through local files, and classes declared in other local files, which it reads and parses
 * on demand. A module it cannot resolve (a package other than tsenum) has unknown exports:
 * a class extending one of them is not an enum here, and is left to the runtime.
 */
import { declarationOf, declarationsOf } from './syntax-scope';
import type { TS, TsModule } from './types';

export interface SyntaxHost {
  /** A file's text, or undefined when there is no such file. */
  readFile(fileName: string): string | undefined;
  /**
   * The file a module specifier names, when it is a local source file. Relative specifiers
   * are resolved on disk when this is absent or answers undefined.
   */
  resolveModule?(specifier: string, fromFile: string): string | undefined;
  /** Parsed files by name, kept by the host between programs and reused while their text is the same. */
  readonly parsed?: Map<string, TS.SourceFile>;
}

interface SyntaxSymbol {
  readonly name: string;
  readonly escapedName: string;
  readonly flags: number;
  readonly declarations: TS.Node[];
  readonly valueDeclaration?: TS.Node;
  /** A module: its file (undefined for tsenum itself). */
  readonly module?: { readonly file: TS.SourceFile | undefined };
}

const TSENUM = 'tsenum';
const MAX_STEPS = 64;
const SOURCE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * A program over `roots` (the files a host hands over, with their current text) and whatever
 * local files they import, for the analyzer; not a real `TS.Program`, only the subset the core
 * uses. `options.target` decides, as in a real program, whether classes stay classes.
 *
 * @example
 * const program = createSyntaxProgram(ts, { readFile }, [{ fileName: id, text: code }]);
 * const findings = analyzerFor(ts, program).fileFindings(program.getSourceFile(id)!);
 */
export function createSyntaxProgram(
  ts: TsModule,
  host: SyntaxHost,
  roots: readonly { readonly fileName: string; readonly text: string }[],
  options: TS.CompilerOptions = { target: ts.ScriptTarget.ESNext },
): TS.Program {
  const files = new Map<string, TS.SourceFile | undefined>();
  const declared = new WeakMap<TS.Node, SyntaxSymbol>();
  const fileModules = new WeakMap<TS.SourceFile, SyntaxSymbol>();
  const fileExports = new WeakMap<TS.SourceFile, Map<string, SyntaxSymbol>>();
  const tsenumExports = new Map<string, SyntaxSymbol>();
  const globals = new Map<string, SyntaxSymbol>();
  const Alias = ts.SymbolFlags.Alias;

  const parse = (fileName: string, text: string): TS.SourceFile => {
    const kept = host.parsed?.get(fileName);
    if (kept && kept.text === text) return kept;
    const file = ts.createSourceFile(
      fileName,
      text,
      ts.ScriptTarget.Latest,
      true,
      kindOf(fileName),
    );
    host.parsed?.set(fileName, file);
    return file;
  };
  for (const root of roots) files.set(root.fileName, parse(root.fileName, root.text));
  // The tsenum module is always known (findLibrary looks for it through an import), and the
  // globals (`Symbol`) are declared by a default library.
  const stub = ts.createSourceFile(
    '/tsenum-stub.ts',
    `import '${TSENUM}';`,
    ts.ScriptTarget.Latest,
    true,
  );
  const lib = ts.createSourceFile(
    '/lib.d.ts',
    'declare var Symbol: any;',
    ts.ScriptTarget.Latest,
    true,
  );

  const fileNamed = (fileName: string): TS.SourceFile | undefined => {
    if (files.has(fileName)) return files.get(fileName);
    const text = SOURCE.test(fileName) ? host.readFile(fileName) : undefined;
    const file = text === undefined ? undefined : parse(fileName, text);
    files.set(fileName, file);
    return file;
  };

  const symbol = (
    name: string,
    flags: number,
    decl?: TS.Node,
    module?: SyntaxSymbol['module'],
  ): SyntaxSymbol => ({
    name,
    escapedName: name,
    flags,
    declarations: decl ? [decl] : [],
    ...(decl && !(flags & Alias) ? { valueDeclaration: decl } : {}),
    ...(module ? { module } : {}),
  });
  const tsenumModule = symbol(`"${TSENUM}"`, ts.SymbolFlags.ValueModule, undefined, {
    file: undefined,
  });
  const unknown = symbol('unknown', 0);

  const tsenumExport = (name: string): SyntaxSymbol => {
    let found = tsenumExports.get(name);
    if (!found) {
      found = symbol(name, ts.SymbolFlags.Value);
      tsenumExports.set(name, found);
    }
    return found;
  };
  for (const name of RUNTIME_EXPORTS) tsenumExport(name);

  const moduleOfFile = (file: TS.SourceFile): SyntaxSymbol => {
    let found = fileModules.get(file);
    if (!found) {
      found = symbol(`"${file.fileName}"`, ts.SymbolFlags.ValueModule, file, { file });
      fileModules.set(file, found);
    }
    return found;
  };

  const moduleNamed = (specifier: string, from: TS.SourceFile): SyntaxSymbol | undefined => {
    if (specifier === TSENUM) return tsenumModule;
    const fileName =
      host.resolveModule?.(specifier, from.fileName) ??
      resolveOnDisk(specifier, from.fileName, (f) => fileNamed(f) !== undefined);
    const file = fileName === undefined ? undefined : fileNamed(fileName);
    return file && moduleOfFile(file);
  };

  const moduleOf = (node: TS.Node): SyntaxSymbol | undefined => {
    for (let n: TS.Node | undefined = node; n; n = n.parent) {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
        const specifier = n.moduleSpecifier;
        return specifier && ts.isStringLiteral(specifier)
          ? moduleNamed(specifier.text, n.getSourceFile())
          : undefined;
      }
      if (ts.isImportEqualsDeclaration(n)) {
        const ref = n.moduleReference;
        return ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)
          ? moduleNamed(ref.expression.text, n.getSourceFile())
          : undefined;
      }
    }
    return undefined;
  };

  const ofDeclaration = (decl: TS.Node): SyntaxSymbol => {
    let found = declared.get(decl);
    if (found) return found;
    const name = (decl as { name?: TS.Node }).name;
    const text = name && ts.isIdentifier(name) ? name.text : 'default';
    const alias =
      ts.isImportSpecifier(decl) ||
      ts.isImportClause(decl) ||
      ts.isNamespaceImport(decl) ||
      ts.isImportEqualsDeclaration(decl) ||
      ts.isExportSpecifier(decl) ||
      ts.isNamespaceExport(decl) ||
      ts.isExportAssignment(decl);
    const flags = alias
      ? Alias
      : ts.isClassLike(decl)
        ? ts.SymbolFlags.Class
        : ts.isFunctionDeclaration(decl)
          ? ts.SymbolFlags.Function
          : ts.SymbolFlags.Variable;
    found = symbol(text, flags, decl);
    declared.set(decl, found);
    return found;
  };

  const exportsOf = (file: TS.SourceFile): Map<string, SyntaxSymbol> => {
    let found = fileExports.get(file);
    if (found) return found;
    found = new Map();
    for (const statement of file.statements)
      exportsOfStatement(ts, statement, found, ofDeclaration);
    fileExports.set(file, found);
    return found;
  };

  /** A module's export by name, through `export *` (never for `default`). */
  const exportOf = (
    module: SyntaxSymbol,
    name: string,
    seen = new Set<SyntaxSymbol>(),
  ): SyntaxSymbol | undefined => {
    const file = module.module?.file;
    if (module === tsenumModule) return tsenumExport(name);
    if (!file || seen.has(module)) return undefined;
    seen.add(module);
    const own = exportsOf(file).get(name);
    if (own || name === 'default') return own;
    for (const statement of file.statements) {
      if (!ts.isExportDeclaration(statement) || statement.exportClause || statement.isTypeOnly)
        continue;
      const from = moduleOf(statement);
      const found = from && exportOf(from, name, seen);
      if (found) return found;
    }
    return undefined;
  };

  /** One step along an alias: the symbol an import, re-export or `export default x` names. */
  const aliasStep = (decl: TS.Node): SyntaxSymbol | undefined => {
    if (ts.isNamespaceImport(decl) || ts.isNamespaceExport(decl)) return moduleOf(decl);
    if (ts.isImportEqualsDeclaration(decl)) return moduleOf(decl);
    if (ts.isImportClause(decl)) {
      const module = moduleOf(decl);
      return module && exportOf(module, 'default');
    }
    if (ts.isImportSpecifier(decl) || ts.isExportSpecifier(decl)) {
      const name = (decl.propertyName ?? decl.name) as TS.Identifier | TS.StringLiteral;
      const exportDecl = decl.parent.parent;
      if (ts.isExportDeclaration(exportDecl) && !exportDecl.moduleSpecifier) {
        const local = declarationsOf(ts, decl.getSourceFile()).get(name.text);
        return local && ofDeclaration(local);
      }
      const module = moduleOf(decl);
      return module && exportOf(module, name.text);
    }
    if (ts.isExportAssignment(decl) && ts.isIdentifier(decl.expression)) {
      const local = declarationOf(ts, decl.expression);
      return local && ofDeclaration(local);
    }
    return undefined;
  };

  const checker = {
    getSymbolAtLocation(node: TS.Node): SyntaxSymbol | undefined {
      if (ts.isStringLiteral(node)) {
        const parent = node.parent;
        const isSpecifier =
          ((ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) &&
            parent.moduleSpecifier === node) ||
          ts.isExternalModuleReference(parent);
        return isSpecifier ? moduleNamed(node.text, node.getSourceFile()) : undefined;
      }
      if (!ts.isIdentifier(node)) return undefined;
      const parent = node.parent;
      if ((parent as { name?: TS.Node }).name === node && isDeclaration(ts, parent))
        return ofDeclaration(parent);
      if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
        const left = skipParens(ts, parent.expression);
        const owner =
          ts.isIdentifier(left) || ts.isPropertyAccessExpression(left)
            ? resolve(checker.getSymbolAtLocation(ts.isIdentifier(left) ? left : left.name))
            : undefined;
        return owner?.module ? exportOf(owner, node.text) : undefined;
      }
      const decl = declarationOf(ts, node);
      if (decl) return ofDeclaration(decl);
      if (node.text === 'undefined') return undefined; // the global undefined has no declaration
      let global = globals.get(node.text);
      if (!global) {
        global = symbol(node.text, ts.SymbolFlags.Variable, lib.statements[0]);
        globals.set(node.text, global);
      }
      return global;
    },
    getAliasedSymbol(alias: SyntaxSymbol): SyntaxSymbol {
      return resolve(alias) ?? unknown;
    },
    /** No types here: every expression's type is unknown (so no `switch` / `match` check). */
    getTypeAtLocation(): unknown {
      return UNKNOWN_TYPE;
    },
    /** A type written as string literals (`'A' | 'B'`), read from syntax; else unknown. */
    getTypeFromTypeNode(node: TS.TypeNode): unknown {
      return literalType(ts, node);
    },
    getExportsOfModule(module: SyntaxSymbol): SyntaxSymbol[] {
      if (module === tsenumModule) return [...tsenumExports.values()];
      return module.module?.file ? [...exportsOf(module.module.file).values()] : [];
    },
  };

  function resolve(start: SyntaxSymbol | undefined): SyntaxSymbol | undefined {
    let current = start;
    for (let step = 0; current && current.flags & Alias; step++) {
      const decl = current.declarations[0];
      current = step < MAX_STEPS && decl ? aliasStep(decl) : undefined;
    }
    return current;
  }

  const program = {
    getTypeChecker: () => checker,
    getSourceFiles: () => [...files.values()].filter((f) => f !== undefined).concat(stub),
    getSourceFile: (fileName: string) => fileNamed(fileName),
    getCompilerOptions: () => options,
    isSourceFileDefaultLibrary: (file: TS.SourceFile) => file === lib,
    getSyntacticDiagnostics: (file: TS.SourceFile) =>
      (file as { parseDiagnostics?: readonly TS.Diagnostic[] }).parseDiagnostics ?? [],
  };
  return program as unknown as TS.Program;
}

const UNKNOWN_TYPE = {
  flags: 0,
  isUnion: () => false,
  isUnionOrIntersection: () => false,
  isStringLiteral: () => false,
  getSymbol: () => undefined,
};

function literalType(ts: TsModule, node: TS.TypeNode): unknown {
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

/** What `tsenum` exports (SPEC section 1); any other name is a symbol of its own too. */
const RUNTIME_EXPORTS = [
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

function kindOf(fileName: string): number {
  // ScriptKind: JS 1, JSX 2, TS 3, TSX 4 (stable across TypeScript versions)
  if (/\.tsx$/.test(fileName)) return 4;
  if (/\.jsx$/.test(fileName)) return 2;
  if (/\.[cm]?js$/.test(fileName)) return 1;
  return 3;
}

function skipParens(ts: TsModule, node: TS.Expression): TS.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isAsExpression(current)
  )
    current = current.expression;
  return current;
}

function isDeclaration(ts: TsModule, node: TS.Node): boolean {
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

type Declare = (decl: TS.Node) => SyntaxSymbol;

function exportsOfStatement(
  ts: TsModule,
  statement: TS.Statement,
  into: Map<string, SyntaxSymbol>,
  declare: Declare,
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
