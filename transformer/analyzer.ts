/**
 * The transformer's view of one program, computed lazily and cached: tsenum's symbols,
 * each enum class's analysis, each file's findings. Every internal failure is caught here
 * and means "nothing to report, leave this class alone".
 */

import type { Check } from '../src/checks';
import { uniqueProblem, verifyProblem } from '../src/checks';
import { analyzeClass, type CheckUse, type ClassAnalysis } from './define-class';
import type { Finding } from './entries';
import { type Coverage, coverageOf } from './exhaustive';
import {
  chainOfClass,
  chainOfExpression,
  classOfSymbol,
  extendsExpression,
  findLibrary,
  isAmbient,
  type Library,
  skipOuter,
  symbolAt,
  symbolOf,
} from './find';
import { analyzeCreate } from './functional';
import { swallow } from './internal';
import { type ClassRead, readClass } from './read';
import { classesOf, classNameOf, createCallsOf, newsOf, unaryCallsOf } from './scan';
import type { ClassLike, Env, TS, TsModule } from './types';

interface CallUse {
  readonly target: ClassLike;
  readonly use: CheckUse;
}

const THIS: unique symbol = Symbol('this');

export class Analyzer {
  private libCache: Library | undefined;
  private readonly reads = new Map<ClassLike, ClassRead>();
  private readonly classes = new Map<ClassLike, ClassAnalysis | undefined>();
  private readonly calls = new Map<TS.SourceFile, readonly CallUse[]>();
  private readonly findings = new Map<TS.SourceFile, readonly Finding[]>();
  private readonly coverages = new Map<TS.SourceFile, Coverage>();
  private readonly news = new Map<
    TS.SourceFile,
    Map<TS.Symbol | typeof THIS, TS.NewExpression[]>
  >();
  readonly env: Env;

  constructor(ts: TsModule, program: TS.Program) {
    this.env = { ts, program, checker: program.getTypeChecker(), symbols: new Map() };
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
    const read = this.read(decl);
    const members = new Set(
      read.members.flatMap((m) => (m.source.kind === 'new' ? [m.source.expression] : [])),
    );
    // `new C(...)` anywhere but a member's initializer (a static method, code after the
    // class) would meet a class the seal already finalized.
    if (this.constructedElsewhere(decl, members)) outsideCode = true;
    return analyzeClass(env, {
      enumName,
      kind: chain.kind,
      read,
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

  /** A file's `new X(...)` by the symbol of X (`this` under THIS), resolved once per file. */
  private constructionsIn(file: TS.SourceFile): Map<TS.Symbol | typeof THIS, TS.NewExpression[]> {
    let found = this.news.get(file);
    if (found) return found;
    const { ts } = this.env;
    found = new Map();
    for (const node of newsOf(ts, file)) {
      const callee = skipOuter(ts, node.expression);
      const key = callee.kind === ts.SyntaxKind.ThisKeyword ? THIS : symbolOf(this.env, callee);
      if (key === undefined) continue;
      const list = found.get(key);
      if (list) list.push(node);
      else found.set(key, [node]);
    }
    this.news.set(file, found);
    return found;
  }

  /** Is the class constructed anywhere but in its members' initializers? */
  private constructedElsewhere(decl: ClassLike, members: ReadonlySet<TS.Node>): boolean {
    const byCallee = this.constructionsIn(decl.getSourceFile());
    const symbol = decl.name && symbolAt(this.env, decl.name);
    const named = (symbol && byCallee.get(symbol)) ?? [];
    const inside = (byCallee.get(THIS) ?? []).filter((n) => n.pos >= decl.pos && n.end <= decl.end);
    return [...named, ...inside].some((n) => !members.has(n));
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
      for (const node of unaryCallsOf(ts, file)) {
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

  /** The `match` and `switch` checks of a file (SPEC section 12); nothing on a failure. */
  coverage(file: TS.SourceFile): Coverage {
    let found = this.coverages.get(file);
    if (found) return found;
    found = { findings: [], complete: [] };
    try {
      if (!file.isDeclarationFile && this.lib.bases.size > 0) found = coverageOf(this, file);
    } catch (error) {
      swallow(error);
      // prove nothing, report nothing
    }
    this.coverages.set(file, found);
    return found;
  }

  /** Every definition error in a file, and its `match`/`switch` problems, in source order. */
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
      for (const decl of classesOf(ts, file)) out.push(...(this.analysis(decl)?.findings ?? []));
      if (file.text.includes('create'))
        for (const call of createCallsOf(ts, file)) out.push(...this.createFindings(call));
      for (const call of this.callsOf(file))
        if (!call.use.local) out.push(...this.remoteCheck(call));
      out.push(...this.coverage(file).findings);
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
      return analyzeCreate(this.env, {
        call,
        kind: chain.kind,
        hook: reads.some((r) => r.hook || r.opaque),
        isAutoCall: (c) => this.isAutoCall(c),
        calleeWithMembers: reads[0]?.members.length ? reads[0].decl.name?.text : undefined,
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

const analyzers = new WeakMap<TS.Program, Analyzer>();

export function analyzerFor(ts: TsModule, program: TS.Program): Analyzer {
  let analyzer = analyzers.get(program);
  if (!analyzer) {
    analyzer = new Analyzer(ts, program);
    analyzers.set(program, analyzer);
  }
  return analyzer;
}
