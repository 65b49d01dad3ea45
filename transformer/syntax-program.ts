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
import {
  exportsOfStatement,
  isDeclaration,
  kindOf,
  literalType,
  RUNTIME_EXPORTS,
  resolveOnDisk,
  SOURCE,
  skipParens,
  stubsOf,
  TSENUM,
  UNKNOWN_TYPE,
} from './syntax-parts';
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

const MAX_STEPS = 64;

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
  const { stub, lib } = stubsOf(ts);

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
