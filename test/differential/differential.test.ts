/**
 * Differential test against CPython 3.13 (issue 2, "Must show" bullet 3).
 *
 * test/differential/corpus.json is written by generate.py (run `npm run regen:differential`
 * with python3.13 installed; this test needs no Python). Each case holds an enum definition in
 * Python and in TypeScript and a list of operations, each as a TypeScript expression, the
 * Python expression it mirrors and CPython's rendered result (or its exception, mapped per
 * SPEC section 9). Here every case becomes a function in a batch program; the program is
 * compiled and run
 *   - runtime only: TypeScript's transpileModule (ES2022 with TC39 decorators; ES2017 with
 *     experimentalDecorators and statics assigned after the class body) and esbuild (ES2017,
 *     experimentalDecorators, lowered static fields), to CommonJS, run with a `require` that
 *     resolves 'tsenum' through the package's own exports (dist/);
 *   - transformed: an in-memory ts.Program with tsenum's transformer (dist/transformer),
 *     skipped, loudly, only while dist/transformer/index.cjs does not exist.
 * and every operation's output is compared with CPython's: strings exactly; errors by class
 * exactly and by CPython's message as a prefix of ours (ours may append context), or by class
 * only where the case says `check: "class"`.
 *
 * DIFFERENTIAL_VERBOSE=1 prints every failure (default: the first 25 per mode, then a summary
 * grouped by operation shape).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { tsenumWords } from '../harness/compare';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const transformerPath = path.join(repoRoot, 'dist/transformer/index.cjs');
const rootRequire = createRequire(path.join(repoRoot, 'package.json'));
/**
 * 'tsenum' resolves through the package's exports to dist/; DIFFERENTIAL_TSENUM=<file> points
 * it at another build of the runtime (to try a runtime change without touching dist/).
 */
const override = process.env.DIFFERENTIAL_TSENUM;
const caseRequire = (id: string): unknown =>
  id === 'tsenum' && override ? rootRequire(path.resolve(override)) : rootRequire(id);

// ---------------------------------------------------------------------------------------------
// The corpus

interface ExpectedError {
  readonly error: string;
  readonly message: string;
  /** 'class': compare the error class only. Absent: class exactly, message as a prefix. */
  readonly check?: 'class' | 'prefix';
}
type Expected = string | ExpectedError;
/** [TypeScript expression, Python expression, CPython's result]. */
type Op = readonly [string, string, Expected];

interface Case {
  readonly id: number;
  readonly kind: string;
  readonly form: 'class' | 'functional';
  readonly cls: string;
  readonly mode?: string;
  readonly py: string;
  readonly ts: string;
  readonly defError?: ExpectedError;
  readonly ops: readonly Op[];
}

interface Corpus {
  readonly python: string;
  readonly seed: number;
  readonly cases: readonly Case[];
}

const corpus = JSON.parse(readFileSync(path.join(here, 'corpus.json'), 'utf8')) as Corpus;

// ---------------------------------------------------------------------------------------------
// The program a batch of cases becomes

/** The render helpers of generate.py, in TypeScript (same names, same output). */
const PRELUDE = `import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { inspect } from 'node:util';
void [Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary];
const V = (x: any): string => {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  if (typeof x === 'number') return Object.is(x, -0) ? '0' : String(x);
  if (typeof x === 'string') return JSON.stringify(x);
  if (Array.isArray(x)) return '[' + x.map(V).join(',') + ']';
  if (typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return '{' + Object.entries(x).map(([k, v]) => JSON.stringify(k) + ':' + V(v)).join(',') + '}';
  }
  return 'OTHER ' + inspect(x);
};
const R = (x: any): string => inspect(x);
const S = (x: any): string => String(x);
const B = (x: any): string => (typeof x === 'boolean' ? String(x) : 'NOT A BOOLEAN: ' + inspect(x));
const N = (x: any): string => (typeof x === 'number' ? String(x) : 'NOT A NUMBER: ' + inspect(x));
const J = (x: any): string => String(JSON.stringify(x));
const L = (xs: Iterable<any>): string => '[' + [...xs].map((m) => inspect(m)).join(', ') + ']';
const MM = (m: ReadonlyMap<string, any>): string =>
  [...m].map(([k, v]) => k + '->' + (v === null || v === undefined ? String(v) : v.name)).join(', ');
void [V, R, S, B, N, J, L, MM];
export const cases: Record<number, () => Array<() => string>> = {};
`;

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

/** One case as a function: define (and first use), then one closure per operation. */
function caseFunction(c: Case): string {
  const ops = c.ops.map((op) => `    () => ${op[0]},`).join('\n');
  return (
    `// ---- case ${c.id} (${c.kind}, ${c.form}${c.mode ? `, ${c.mode}` : ''})\n` +
    `cases[${c.id}] = () => {\n` +
    `${indent(c.ts.trimEnd(), '  ')}\n` +
    `  void ${c.cls}.members();\n` +
    `  return [\n${ops}\n  ];\n` +
    `};\n`
  );
}

function programText(batch: readonly Case[]): string {
  return PRELUDE + batch.map(caseFunction).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Compiling and running

type CaseFn = () => Array<() => string>;
type CaseTable = Record<number, CaseFn>;

/** Runs CommonJS text in this realm (so instanceof RangeError is the runtime's RangeError). */
function runCjs(js: string, fileName: string): CaseTable {
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = `(function (exports, require, module) {"use strict";\n${js}\n})`;
  const fn = vm.runInThisContext(wrapper, { filename: fileName }) as (
    e: unknown,
    r: unknown,
    m: unknown,
  ) => void;
  fn(module.exports, caseRequire, module);
  return module.exports.cases as CaseTable;
}

interface Mode {
  readonly name: string;
  /** Program text -> CommonJS, plus the definition-error diagnostics it reported, per case id. */
  compile(source: string, batch: readonly Case[], fileName: string): Compiled;
}

interface Compiled {
  readonly js: string;
  /** Transformer diagnostics by case id (transformed mode only). */
  readonly diagnostics?: ReadonlyMap<number, readonly Diagnostic[]>;
  /** Diagnostics not attributable to a case (prelude), transformed mode. */
  readonly stray?: readonly Diagnostic[];
}

interface Diagnostic {
  readonly code: number;
  readonly message: string;
  readonly line: number;
}

function tscMode(name: string, options: ts.CompilerOptions): Mode {
  return {
    name,
    compile(source, _batch, fileName) {
      const out = ts.transpileModule(source, {
        fileName,
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.CommonJS, esModuleInterop: true, ...options },
      });
      const errors = (out.diagnostics ?? []).filter(
        (d) => d.category === ts.DiagnosticCategory.Error,
      );
      if (errors.length) {
        throw new SyntaxError(
          errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'),
        );
      }
      return { js: out.outputText };
    },
  };
}

const tscRuntime = tscMode('runtime-only (tsc transpileModule, ES2022, TC39 decorators)', {
  target: ts.ScriptTarget.ES2022,
  useDefineForClassFields: true,
});

/** Statics assigned after the class body (`Color.RED = new Color(1)`), legacy decorators. */
const tscAssignRuntime = tscMode(
  'runtime-only (tsc transpileModule, ES2017, experimentalDecorators, assigned statics)',
  { target: ts.ScriptTarget.ES2017, useDefineForClassFields: false, experimentalDecorators: true },
);

const esbuildRuntime: Mode = {
  name: 'runtime-only (esbuild, ES2017, experimentalDecorators, keepNames)',
  compile(source, _batch, fileName) {
    const out = esbuild.transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2017',
      sourcefile: fileName,
      // Lowered static fields make esbuild rename a class that refers to itself
      // (`const _Color = class _Color`); without keepNames, Color.name is '_Color'.
      keepNames: true,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
    });
    return { js: out.code };
  },
};

// -- transformed mode ---------------------------------------------------------------------------

/** dist/transformer/index.cjs, or DIFFERENTIAL_TRANSFORMER=<file> (another build of it). */
const transformerFile = process.env.DIFFERENTIAL_TRANSFORMER
  ? path.resolve(process.env.DIFFERENTIAL_TRANSFORMER)
  : transformerPath;

function transformerAvailable(): boolean {
  return existsSync(transformerFile);
}

const transformedOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: ['node'],
  noEmitOnError: false,
};

let libCache: Map<string, ts.SourceFile | undefined> | undefined;

type TransformerModule = {
  transformProgram?: (p: ts.Program, host: unknown, config: unknown, extras: unknown) => ts.Program;
  before?: (
    p: ts.Program,
    config: unknown,
    extras: unknown,
  ) => ts.TransformerFactory<ts.SourceFile>;
  getDiagnostics?: (p: ts.Program, f?: ts.SourceFile, extras?: unknown) => readonly ts.Diagnostic[];
};

/** Per case: did the transformer change its emitted JavaScript? (how much the rewrite covers) */
const rewriteStats = { cases: 0, rewritten: 0 };

/** The emitted JavaScript of each case function, by case id. */
function splitCases(js: string): Map<number, string> {
  const out = new Map<number, string>();
  const parts = js.split(/^(?=(?:exports\.)?cases\[\d+\] = )/m);
  for (const part of parts) {
    const m = /^(?:exports\.)?cases\[(\d+)\] = /.exec(part);
    if (m) out.set(Number(m[1]), part);
  }
  return out;
}

/**
 * The transformed mode: the batch in one in-memory ts.Program, handed to tsenum's transformer
 * the way ts-patch does with the one plugin entry (`transformProgram`: the program's semantic
 * diagnostics gain tsenum's, its emit runs the rewrite), or, for a build without it, `before`
 * plus `getDiagnostics`. Definition errors come back as diagnostics (codes 24000-24999),
 * attributed to a case by the line they are reported at.
 */
function compileTransformed(source: string, batch: readonly Case[], fileName: string): Compiled {
  if (!transformerAvailable()) {
    throw new Error(`not available: ${path.relative(repoRoot, transformerFile)} does not exist`);
  }
  const mod = rootRequire(transformerFile) as TransformerModule;
  const file = path.join(repoRoot, 'test/differential/.virtual', fileName);
  const base = ts.createCompilerHost(transformedOptions, true);
  libCache ??= new Map();
  const cache = libCache;
  let js = '';
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (f) => path.resolve(f) === file || base.fileExists(f),
    readFile: (f) => (path.resolve(f) === file ? source : base.readFile(f)),
    getSourceFile(name, languageVersion, onError) {
      if (path.resolve(name) === file) {
        return ts.createSourceFile(name, source, languageVersion, true);
      }
      if (!cache.has(name)) cache.set(name, base.getSourceFile(name, languageVersion, onError));
      return cache.get(name);
    },
    writeFile(name, text) {
      if (name.endsWith('.js')) js = text;
    },
  };
  const program = ts.createProgram({ rootNames: [file], options: transformedOptions, host });
  const sf = program.getSourceFile(file);
  if (!sf) throw new Error('virtual source file missing from the program');

  // the same program without the transformer, to see which cases the rewrite touched
  program.emit(sf);
  const plain = splitCases(js);

  let found: readonly ts.Diagnostic[];
  if (typeof mod.transformProgram === 'function') {
    const wrapped = mod.transformProgram(program, host, {}, { ts });
    wrapped.emit(sf);
    found = wrapped.getSemanticDiagnostics(sf);
  } else if (typeof mod.before === 'function') {
    program.emit(sf, undefined, undefined, false, { before: [mod.before(program, {}, { ts })] });
    found = mod.getDiagnostics?.(program, sf, { ts }) ?? [];
  } else {
    throw new Error(`${transformerFile} exports neither transformProgram nor before`);
  }
  const transformed = splitCases(js);
  for (const c of batch) {
    rewriteStats.cases++;
    if (plain.get(c.id) !== transformed.get(c.id)) rewriteStats.rewritten++;
  }

  const ours = found.filter(
    (d) => d.code >= 24000 && d.code < 25000 && (!d.file || path.resolve(d.file.fileName) === file),
  );
  // case id by line: each case starts with its `cases[<id>] = () => {` line
  const starts: Array<[number, number]> = [];
  source.split('\n').forEach((text, line) => {
    const m = /^cases\[(\d+)\] = /.exec(text);
    if (m) starts.push([line, Number(m[1])]);
  });
  const diagnostics = new Map<number, Diagnostic[]>();
  const stray: Diagnostic[] = [];
  for (const d of ours) {
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const diag = {
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      line: line + 1,
    };
    let owner: number | undefined;
    for (const [startLine, id] of starts) if (startLine <= line) owner = id;
    if (owner === undefined) stray.push(diag);
    else diagnostics.set(owner, [...(diagnostics.get(owner) ?? []), diag]);
  }
  return { js, diagnostics, stray };
}

const transformedMode: Mode = {
  name: 'transformed (ts.Program + tsenum transformer)',
  compile: compileTransformed,
};

// ---------------------------------------------------------------------------------------------
// Comparing

type Outcome = { ok: true; text: string } | { ok: false; cls: string; message: string };

function errorClass(e: unknown): string {
  if (e instanceof RangeError) return 'RangeError';
  if (e instanceof TypeError) return 'TypeError';
  if (e instanceof Error) return e.constructor === Error ? 'Error' : `Error(${e.constructor.name})`;
  return `non-Error(${typeof e})`;
}

function attempt(fn: () => unknown): Outcome {
  try {
    const text = fn();
    return { ok: true, text: typeof text === 'string' ? text : `NOT A STRING: ${String(text)}` };
  } catch (e) {
    return { ok: false, cls: errorClass(e), message: e instanceof Error ? e.message : String(e) };
  }
}

function matches(expected: Expected, actual: Outcome): boolean {
  if (typeof expected === 'string') return actual.ok && actual.text === expected;
  if (actual.ok || actual.cls !== expected.error) return false;
  return expected.check === 'class' || actual.message.startsWith(tsenumWords(expected.message));
}

const show = (x: Expected | Outcome): string => {
  if (typeof x === 'string') return JSON.stringify(x);
  if ('ok' in x)
    return x.ok ? JSON.stringify(x.text) : `throws ${x.cls}: ${JSON.stringify(x.message)}`;
  return `throws ${x.error}: ${JSON.stringify(x.message)}${x.check === 'class' ? ' (class only)' : ' (prefix)'}`;
};

interface Failure {
  readonly c: Case;
  readonly what: string;
  readonly py: string;
  readonly expected: Expected;
  readonly actual: string;
}

interface ModeResult {
  cases: number;
  operations: number;
  matched: number;
  definitions: number;
  definitionsMatched: number;
  /** Transformed mode: definition errors reported as compile diagnostics. */
  definitionsDiagnosed: number;
  /** Transformed mode: definition errors CPython raises that no compile diagnostic reported. */
  undiagnosed: Case[];
  failures: Failure[];
}

/** The shape of an operation, for grouping failures: literals and names blanked out. */
const shape = (op: string, cls: string): string =>
  op
    .replaceAll(`${cls}.`, 'C.')
    .replace(/'[^']*'/g, "'s'")
    .replace(/-?\d+(\.\d+)?/g, 'n')
    .replace(/C\.[A-Za-z_][A-Za-z0-9_]*/g, 'C.M')
    .replace(/C\.M\.(of|get|has|members|memberMap|size|or|and|xor|not)\b/g, 'C.$1');

const BATCH = 60;

function runMode(mode: Mode): ModeResult {
  const result: ModeResult = {
    cases: 0,
    operations: 0,
    matched: 0,
    definitions: 0,
    definitionsMatched: 0,
    definitionsDiagnosed: 0,
    undiagnosed: [],
    failures: [],
  };
  const fail = (c: Case, what: string, py: string, expected: Expected, actual: string) =>
    result.failures.push({ c, what, py, expected, actual });

  for (let i = 0; i < corpus.cases.length; i += BATCH) {
    const batch = corpus.cases.slice(i, i + BATCH);
    const fileName = `differential-${i / BATCH}.ts`;
    let table: CaseTable;
    let compiled: Compiled;
    try {
      compiled = mode.compile(programText(batch), batch, fileName);
      table = runCjs(compiled.js, fileName);
    } catch (batchError) {
      // isolate: one case per program, so one bad case costs only itself
      void batchError;
      for (const c of batch) {
        let one: Compiled;
        let t: CaseTable;
        try {
          one = mode.compile(programText([c]), [c], `differential-case-${c.id}.ts`);
          t = runCjs(one.js, `differential-case-${c.id}.js`);
        } catch (e) {
          result.cases++;
          result.operations += c.ops.length;
          if (c.defError) result.definitions++;
          const message = e instanceof Error ? e.message : String(e);
          fail(
            c,
            '(compile/load of the case program)',
            '',
            'compiles',
            `throws ${errorClass(e)}: ${message}`,
          );
          continue;
        }
        runCase(c, t[c.id], one, result, fail);
      }
      continue;
    }
    for (const s of compiled.stray ?? []) {
      console.warn(
        `differential: transformer diagnostic outside any case: TS${s.code} line ${s.line}: ${s.message}`,
      );
    }
    for (const c of batch) runCase(c, table[c.id], compiled, result, fail);
  }
  return result;
}

function runCase(
  c: Case,
  fn: CaseFn | undefined,
  compiled: Compiled,
  result: ModeResult,
  fail: (c: Case, what: string, py: string, expected: Expected, actual: string) => void,
): void {
  result.cases++;
  result.operations += c.ops.length;
  const diags = compiled.diagnostics?.get(c.id) ?? [];
  if (!fn) {
    fail(c, '(case function missing from the compiled program)', '', 'a function', 'undefined');
    return;
  }
  let ops: Array<() => string> | undefined;
  let defOutcome: Outcome;
  try {
    ops = fn();
    defOutcome = { ok: true, text: 'defined' };
  } catch (e) {
    defOutcome = {
      ok: false,
      cls: errorClass(e),
      message: e instanceof Error ? e.message : String(e),
    };
  }
  if (c.defError) {
    result.definitions++;
    // transformed mode: a compile diagnostic with CPython's words counts as the error
    const diagOk =
      compiled.diagnostics !== undefined &&
      diags.some(
        (d) =>
          c.defError?.check === 'class' ||
          d.message.startsWith(tsenumWords(c.defError?.message ?? '')),
      );
    if (diagOk) result.definitionsDiagnosed++;
    else if (compiled.diagnostics !== undefined) result.undiagnosed.push(c);
    if (diagOk || matches(c.defError, defOutcome)) {
      result.definitionsMatched++;
    } else {
      const seen = diags.length
        ? `${show(defOutcome)}; diagnostics: ${diags.map((d) => `TS${d.code} line ${d.line}: ${JSON.stringify(d.message)}`).join('; ')}`
        : show(defOutcome);
      fail(c, '(definition)', '(exec of the definition)', c.defError, seen);
    }
    return;
  }
  if (diags.length) {
    fail(
      c,
      '(definition: unexpected transformer diagnostics)',
      '(exec of the definition)',
      'no diagnostic',
      diags.map((d) => `TS${d.code} line ${d.line}: ${d.message}`).join('; '),
    );
  }
  if (!ops) {
    fail(c, '(definition)', '(exec of the definition)', 'defined', show(defOutcome));
    return;
  }
  if (ops.length !== c.ops.length) {
    fail(c, '(operation count)', '', String(c.ops.length), String(ops.length));
    return;
  }
  for (let k = 0; k < c.ops.length; k++) {
    const [tsText, pyText, expected] = c.ops[k] as Op;
    const actual = attempt(ops[k] as () => string);
    if (matches(expected, actual)) result.matched++;
    else fail(c, tsText, pyText, expected, show(actual));
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const verbose = process.env.DIFFERENTIAL_VERBOSE === '1';
const summaries: string[] = [];
const totals: ModeResult[] = [];

function report(mode: Mode, r: ModeResult): void {
  const line =
    `differential [${mode.name}]: ${r.cases} cases, ${r.operations} operations, ` +
    `${r.matched} matched; ${r.definitions} definition errors, ${r.definitionsMatched} matched` +
    (mode === transformedMode
      ? ` (${r.definitionsDiagnosed} as compile diagnostics); the rewrite changed ` +
        `${rewriteStats.rewritten} of ${rewriteStats.cases} case functions`
      : '');
  summaries.push(line);
  if (r.undiagnosed.length) {
    // not failures (the transformer reports what it can see at compile time), but worth knowing
    const groups = new Map<string, number[]>();
    for (const c of r.undiagnosed) {
      const key =
        (c.defError?.message ?? '')
          .split('\n')[0]
          ?.replace(/'[^']*'|\d+/g, '#')
          .slice(0, 60) ?? '';
      groups.set(key, [...(groups.get(key) ?? []), c.id]);
    }
    console.log(
      `${mode.name}: ${r.undiagnosed.length} definition errors found only at run time:\n` +
        [...groups]
          .sort((a, b) => b[1].length - a[1].length)
          .map(
            ([k, ids]) =>
              `  ${String(ids.length).padStart(4)}  ${k}   (cases ${ids.slice(0, 6).join(', ')})`,
          )
          .join('\n'),
    );
  }
  totals.push(r);
  if (!r.failures.length) {
    console.log(line);
    return;
  }
  const shown = verbose ? r.failures : r.failures.slice(0, 25);
  const text: string[] = [`${line}\n${r.failures.length} FAILURES (${mode.name})`];
  for (const f of shown) {
    text.push(
      [
        `--- case ${f.c.id} (${f.c.kind}, ${f.c.form}${f.c.mode ? `, ${f.c.mode}` : ''})`,
        'Python:',
        indent(f.c.py.trimEnd(), '    '),
        'TypeScript:',
        indent(f.c.ts.trimEnd(), '    '),
        `operation: ${f.what}`,
        `   python: ${f.py}`,
        ` expected: ${show(f.expected)}`,
        `   actual: ${f.actual}`,
      ].join('\n'),
    );
  }
  if (shown.length < r.failures.length) {
    text.push(`... ${r.failures.length - shown.length} more (DIFFERENTIAL_VERBOSE=1 prints all)`);
  }
  const groups = new Map<string, { n: number; first: Failure }>();
  for (const f of r.failures) {
    const key = `${f.c.kind}  ${shape(f.what, f.c.cls)}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { n: 1, first: f });
  }
  text.push('failures by kind and operation shape (count, first case):');
  for (const [key, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) {
    text.push(
      `  ${String(g.n).padStart(5)}  ${key}   (case ${g.first.c.id}: ${g.first.actual.slice(0, 120)})`,
    );
  }
  console.log(text.join('\n\n'));
}

// ---------------------------------------------------------------------------------------------

describe(`differential against CPython ${corpus.python} (${corpus.cases.length} cases, seed ${corpus.seed})`, () => {
  afterAll(() => {
    const total = corpus.cases.length;
    const ops = corpus.cases.reduce((n, c) => n + c.ops.length, 0);
    const matched = totals.reduce((n, t) => n + t.matched, 0);
    console.log(
      `differential: ${total} cases, ${ops * totals.length} operations, ${matched} matched ` +
        `(${totals.length} modes x ${ops} operations)\n  ${summaries.join('\n  ')}`,
    );
  });

  for (const mode of [tscRuntime, tscAssignRuntime, esbuildRuntime]) {
    it(mode.name, () => {
      const r = runMode(mode);
      report(mode, r);
      expect(r.failures.length, `${r.failures.length} differences from CPython (see the log)`).toBe(
        0,
      );
    }, 120_000);
  }

  if (!transformerAvailable()) {
    console.warn(
      '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
        '!!! differential: dist/transformer/index.cjs does not exist: the TRANSFORMED mode\n' +
        '!!! is SKIPPED. Build the transformer (npm run build) to run it.\n' +
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
    );
  }
  it.skipIf(!transformerAvailable())(
    transformedMode.name,
    () => {
      const r = runMode(transformedMode);
      report(transformedMode, r);
      expect(r.failures.length, `${r.failures.length} differences from CPython (see the log)`).toBe(
        0,
      );
    },
    300_000,
  );
});
