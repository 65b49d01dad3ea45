/**
 * The transformer's view of one program, computed lazily and cached: tsenum's symbols,
 * each enum class's analysis, each file's findings. Every internal failure is caught here
 * and means "nothing to report, leave this class alone".
 */

import type { Check } from '../src/checks';
import { uniqueProblem, verifyProblem } from '../src/checks';
import { analyzeClass, type CheckUse, type ClassAnalysis } from './define-class';
import type { Finding } from './entries';
import {
  chainOfClass,
  chainOfExpression,
  classOfSymbol,
  extendsExpression,
  findLibrary,
  isAmbient,
  type Library,
  skipOuter,
  symbolOf,
} from './find';
import { analyzeCreate } from './functional';
import { swallow } from './internal';
import { type ClassRead, readClass } from './read';
import type { ClassLike, Env, TS, TsModule } from './types';

interface CallUse {
  readonly target: ClassLike;
  readonly use: CheckUse;
}

export class Analyzer {
  private libCache: Library | undefined;
  private readonly reads = new Map<ClassLike, ClassRead>();
  private readonly classes = new Map<ClassLike, ClassAnalysis | undefined>();
  private readonly calls = new Map<TS.SourceFile, readonly CallUse[]>();
  private readonly findings = new Map<TS.SourceFile, readonly Finding[]>();
  private readonly classList = new Map<TS.SourceFile, readonly ClassLike[]>();
  readonly env: Env;

  constructor(ts: TsModule, program: TS.Program) {
    this.env = { ts, program, checker: program.getTypeChecker() };
  }

  get lib(): Library {
    this.libCache ??= findLibrary(this.env);
    return this.libCache;
  }

  /** The analysis of an enum class; undefined for any other class, or when reading failed. */
  analysis(decl: ClassLike): ClassAnalysis | undefined {
    if (this.classes.has(decl)) return this.classes.get(decl);
    this.classes.set(decl, undefined); // a cycle through checks reads as "not an enum"
    let result: ClassAnalysis | undefined;
    try {
      result = this.analyze(decl);
    } catch (error) {
      swallow(error);
      result = undefined;
    }
    this.classes.set(decl, result);
    return result;
  }

  private analyze(decl: ClassLike): ClassAnalysis | undefined {
    const { env } = this;
    const { ts } = env;
    if (isAmbient(ts, decl) || this.lib.bases.size === 0) return undefined;
    const chain = chainOfClass(env, this.lib, decl);
    const enumName = classNameOf(ts, decl);
    if (!chain || enumName === undefined) return undefined;
    const decorators = ts.canHaveDecorators(decl) ? (ts.getDecorators(decl) ?? []) : [];
    const uses: CheckUse[] = [];
    let outsideCode = false;
    for (const decorator of decorators) {
      const checks = this.checksOf(decorator.expression);
      if (checks) uses.push({ node: decorator, checks, local: true });
      else outsideCode = true;
    }
    for (const call of this.callsOf(decl.getSourceFile()))
      if (call.target === decl) uses.push(call.use);
    return analyzeClass(env, {
      enumName,
      kind: chain.kind,
      read: this.read(decl),
      parents: chain.parents.map((p) => this.read(p)),
      heritage: extendsExpression(env, decl) ?? decl,
      checks: uses,
      outsideCode,
      isAutoCall: (call) => this.isAutoCall(call),
      nameOf: (c) => classNameOf(ts, c) ?? '',
      classSyntax: this.classSyntax(),
    });
  }

  private classSyntax(): boolean {
    const { ts, program } = this.env;
    const target = program.getCompilerOptions().target;
    if (target !== undefined) return target >= ts.ScriptTarget.ES2015;
    return Number.parseInt(ts.versionMajorMinor, 10) >= 6; // the default target before 6.0 was ES5
  }

  read(decl: ClassLike): ClassRead {
    let read = this.reads.get(decl);
    if (!read) {
      read = readClass(this.env, decl);
      this.reads.set(decl, read);
    }
    return read;
  }

  isAutoCall(call: TS.CallExpression): boolean {
    const symbol = call.arguments.length === 0 ? symbolOf(this.env, call.expression) : undefined;
    return symbol !== undefined && this.lib.auto.has(symbol);
  }

  /** `unique` -> 'unique'; `verify(A, B)` with tsenum's checks -> [a, b]; else undefined. */
  checksOf(expression: TS.Expression): CheckUse['checks'] | undefined {
    const { ts } = this.env;
    const node = skipOuter(ts, expression);
    if (ts.isCallExpression(node)) {
      const callee = symbolOf(this.env, node.expression);
      if (!callee || !this.lib.verify.has(callee)) return undefined;
      const checks: Check[] = [];
      for (const arg of node.arguments) {
        const symbol = symbolOf(this.env, arg);
        const check = symbol && this.lib.checks.get(symbol);
        if (!check) return undefined;
        checks.push(check);
      }
      return checks;
    }
    const symbol = symbolOf(this.env, node);
    return symbol && this.lib.unique.has(symbol) ? 'unique' : undefined;
  }

  /** `unique(C)` and `verify(...)(C)` calls in a file, with the class each names. */
  callsOf(file: TS.SourceFile): readonly CallUse[] {
    let found = this.calls.get(file);
    if (found) return found;
    const out: CallUse[] = [];
    const { ts } = this.env;
    if (/unique|verify/.test(file.text) && this.lib.bases.size > 0) {
      const visit = (node: TS.Node): void => {
        if (ts.isCallExpression(node) && node.arguments.length === 1) {
          try {
            const checks = this.checksOf(node.expression);
            const target = checks && this.targetOf(node.arguments[0] as TS.Expression);
            if (checks && target)
              out.push({ target, use: { node, checks, local: target.getSourceFile() === file } });
          } catch (error) {
            swallow(error);
            // not a check we can read
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    found = out;
    this.calls.set(file, found);
    return found;
  }

  private targetOf(expression: TS.Expression): ClassLike | undefined {
    const { ts } = this.env;
    const node = skipOuter(ts, expression);
    if (ts.isClassExpression(node)) return node;
    const symbol = symbolOf(this.env, node);
    return symbol && classOfSymbol(this.env, symbol);
  }

  /** The classes of a file that extend something. */
  classesOf(file: TS.SourceFile): readonly ClassLike[] {
    let found = this.classList.get(file);
    if (found) return found;
    const { ts } = this.env;
    const out: ClassLike[] = [];
    const visit = (node: TS.Node): void => {
      if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.heritageClauses)
        out.push(node);
      ts.forEachChild(node, visit);
    };
    if (file.text.includes('extends')) visit(file);
    found = out;
    this.classList.set(file, found);
    return found;
  }

  /** Every definition error in a file, in source order. */
  fileFindings(file: TS.SourceFile): readonly Finding[] {
    let found = this.findings.get(file);
    if (found) return found;
    found = file.isDeclarationFile ? [] : this.scanFile(file);
    this.findings.set(file, found);
    return found;
  }

  private scanFile(file: TS.SourceFile): Finding[] {
    const { ts } = this.env;
    const out: Finding[] = [];
    try {
      if (this.lib.bases.size === 0) return out;
      const visit = (node: TS.Node): void => {
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.name.text === 'create'
        ) {
          out.push(...this.createFindings(node));
        }
        ts.forEachChild(node, visit);
      };
      for (const decl of this.classesOf(file)) out.push(...(this.analysis(decl)?.findings ?? []));
      if (file.text.includes('create')) visit(file);
      for (const call of this.callsOf(file))
        if (!call.use.local) out.push(...this.remoteCheck(call));
    } catch (error) {
      swallow(error);
      // leave the file alone
    }
    return out.sort((a, b) => a.node.getStart() - b.node.getStart());
  }

  private createFindings(call: TS.CallExpression): Finding[] {
    try {
      const callee = (call.expression as TS.PropertyAccessExpression).expression;
      const chain = chainOfExpression(this.env, this.lib, callee);
      if (!chain) return [];
      const reads = chain.parents.map((p) => this.read(p));
      const own = reads[0];
      const withMembers =
        own && own.members.length > 0 ? classNameOf(this.env.ts, own.decl) : undefined;
      return analyzeCreate(this.env, {
        call,
        kind: chain.kind,
        hook: reads.some((r) => r.hook || r.opaque),
        ...(withMembers !== undefined ? { calleeWithMembers: withMembers } : {}),
      });
    } catch (error) {
      swallow(error);
      return [];
    }
  }

  /** A check call on a class of another file: reported at the call. */
  private remoteCheck(call: CallUse): Finding[] {
    const analysis = this.analysis(call.target);
    if (!analysis?.table || analysis.findings.length > 0) return [];
    const { checks } = call.use;
    const problem =
      checks === 'unique' ? uniqueProblem(analysis.table) : verifyProblem(analysis.table, checks);
    return problem ? [{ problem, node: call.use.node }] : [];
  }
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

const analyzers = new WeakMap<TS.Program, Analyzer>();

export function analyzerFor(ts: TsModule, program: TS.Program): Analyzer {
  let analyzer = analyzers.get(program);
  if (!analyzer) {
    analyzer = new Analyzer(ts, program);
    analyzers.set(program, analyzer);
  }
  return analyzer;
}
