/**
 * In-process compilation of a TypeScript program text to runnable CommonJS under each
 * compiler setting the behaviour suite covers, and a runner that executes the result with
 * a captured console and a `require` that resolves `tsenum` through the package's own
 * `exports` map (package self-reference from the repository root).
 *
 * Settings (see TOOLING.md for how each one emits classes, statics and decorators):
 *   tsc-es2022-define      tsc, target ES2022, useDefineForClassFields true, TC39 decorators
 *   tsc-es2022-assign      tsc, target ES2022, useDefineForClassFields false
 *   tsc-es2017             tsc, target ES2017 (statics assigned after the class)
 *   tsc-legacy-es2022      tsc, experimentalDecorators, target ES2022
 *   tsc-legacy-es2017      tsc, experimentalDecorators, target ES2017
 *   esbuild-es2022         esbuild, target es2022, TC39 decorators (every esbuild setting uses
 *                          keepNames: without it esbuild renames classes, see ESBUILD_KEEP_NAMES)
 *   esbuild-legacy-es2022  esbuild, target es2022, experimentalDecorators (tsconfigRaw)
 *   esbuild-es2017         esbuild, target es2017, TC39 decorators
 *   esbuild-legacy-es2017  esbuild, target es2017, experimentalDecorators
 *   swc-es2022             @swc/core, target es2022, decoratorVersion 2022-03
 *   swc-legacy-es2022      @swc/core, target es2022, legacy decorators
 *   swc-es2017             @swc/core, target es2017, decoratorVersion 2022-03
 *   swc-legacy-es2017      @swc/core, target es2017, legacy decorators
 * and, compiled as one batch (a CLI spawn, not per case):
 *   tsc7-es2022            TypeScript 7 (the native compiler, npm alias `typescript-7`), target
 *                          ES2022, useDefineForClassFields default (true), TC39 decorators; it
 *                          runs no JavaScript transformers, so the runtime alone must be right
 *                          (see TS7_SETTING)
 * and, once dist/transformer/index.cjs exists, the transformed mode:
 *   transformed-es2022     ts.createProgram in memory + tsenum's `before` transformer
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import vm from 'node:vm';
import * as swc from '@swc/core';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { createCaseHelpers } from './case-helpers';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The specifier a case program imports its print helpers from (provided by the runner). */
export const HELPERS_SPECIFIER = 'case-helpers';

export interface CompilerSetting {
  readonly name: string;
  /** TypeScript source text -> CommonJS JavaScript. Throws on a syntax error. */
  compile(source: string, fileName: string): string;
}

function tscSetting(
  name: string,
  target: ts.ScriptTarget,
  extra: ts.CompilerOptions,
): CompilerSetting {
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target,
    strict: true,
    esModuleInterop: true,
    ...extra,
  };
  return {
    name,
    compile(source, fileName) {
      const out = ts.transpileModule(source, {
        compilerOptions,
        fileName,
        reportDiagnostics: true,
      });
      const errors = (out.diagnostics ?? []).filter(
        (d) => d.category === ts.DiagnosticCategory.Error,
      );
      if (errors.length) throw new SyntaxError(`${name}: ${formatDiagnostics(errors)}`);
      return out.outputText;
    },
  };
}

/**
 * esbuild renames a class binding when it lowers static fields (target es2017: `class Color`
 * becomes `const _Color = class _Color`) or when a nested class shadows another of the same
 * name (`MoreColor2`), and an enum's name is its class's `name`, so without `keepNames`
 * enums print as `<_Color.RED: 1>`. Nothing at run time can recover the written name; users
 * of esbuild need `keepNames: true` (test/behaviour/behaviour.test.ts pins the limitation).
 */
export const ESBUILD_KEEP_NAMES = true;

export function esbuildCompile(
  source: string,
  fileName: string,
  target: 'es2022' | 'es2017',
  legacy: boolean,
  keepNames = ESBUILD_KEEP_NAMES,
): string {
  return esbuild.transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target,
    keepNames,
    sourcefile: fileName,
    tsconfigRaw: {
      compilerOptions: {
        target: target === 'es2022' ? 'ES2022' : 'ES2017',
        ...(legacy ? { experimentalDecorators: true } : {}),
      },
    },
  }).code;
}

function esbuildSetting(
  name: string,
  target: 'es2022' | 'es2017',
  legacy: boolean,
): CompilerSetting {
  return {
    name,
    compile: (source, fileName) => esbuildCompile(source, fileName, target, legacy),
  };
}

function swcSetting(name: string, target: 'es2022' | 'es2017', legacy: boolean): CompilerSetting {
  return {
    name,
    compile(source, fileName) {
      return swc.transformSync(source, {
        filename: fileName,
        swcrc: false,
        configFile: false,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          target,
          transform: legacy ? { legacyDecorator: true } : { decoratorVersion: '2022-03' },
        },
        module: { type: 'commonjs' },
      }).code;
    },
  };
}

export const settings: readonly CompilerSetting[] = [
  tscSetting('tsc-es2022-define', ts.ScriptTarget.ES2022, { useDefineForClassFields: true }),
  tscSetting('tsc-es2022-assign', ts.ScriptTarget.ES2022, { useDefineForClassFields: false }),
  tscSetting('tsc-es2017', ts.ScriptTarget.ES2017, {}),
  tscSetting('tsc-legacy-es2022', ts.ScriptTarget.ES2022, { experimentalDecorators: true }),
  tscSetting('tsc-legacy-es2017', ts.ScriptTarget.ES2017, { experimentalDecorators: true }),
  esbuildSetting('esbuild-es2022', 'es2022', false),
  esbuildSetting('esbuild-legacy-es2022', 'es2022', true),
  esbuildSetting('esbuild-es2017', 'es2017', false),
  esbuildSetting('esbuild-legacy-es2017', 'es2017', true),
  swcSetting('swc-es2022', 'es2022', false),
  swcSetting('swc-legacy-es2022', 'es2022', true),
  swcSetting('swc-es2017', 'es2017', false),
  swcSetting('swc-legacy-es2017', 'es2017', true),
];

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return text;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${d.file.fileName}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------
// The runner

/** `require` as seen from the repository root: `tsenum` resolves through package.json exports. */
const rootRequire = createRequire(path.join(repoRoot, 'package.json'));

export interface RunResult {
  readonly lines: string[];
  /** The error that escaped the program, if any (also printed as an `UNCAUGHT` line). */
  readonly uncaught?: unknown;
}

/**
 * Runs CommonJS text in this realm (so `instanceof TypeError` means the same thing as in the
 * runtime) in strict mode, with a console that records lines.
 */
export function runJs(js: string, fileName = 'case.js'): RunResult {
  const lines: string[] = [];
  const print = (...args: unknown[]) => {
    lines.push(...format(...args).split('\n'));
  };
  const captured = { log: print, info: print, warn: print, error: print, debug: print };
  const helpers = createCaseHelpers(print);
  const localRequire = (id: string) => (id === HELPERS_SPECIFIER ? helpers : rootRequire(id));
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = `(function (exports, require, module, console) {"use strict";\n${js}\n})`;
  const fn = vm.runInThisContext(wrapper, { filename: fileName }) as (
    e: unknown,
    r: unknown,
    m: unknown,
    c: unknown,
  ) => void;
  try {
    fn(module.exports, localRequire, module, captured);
    return { lines };
  } catch (error) {
    lines.push(`UNCAUGHT ${describeError(error)}`);
    return { lines, uncaught: error };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return `non-Error thrown: ${String(error)}`;
}

/** Compiles under one setting and runs. A compile failure is reported as a line, not thrown. */
export function compileAndRun(
  setting: CompilerSetting,
  source: string,
  fileName: string,
): RunResult {
  let js: string;
  try {
    js = setting.compile(source, fileName);
  } catch (error) {
    return { lines: [`COMPILE ERROR ${describeError(error)}`], uncaught: error };
  }
  return runJs(js, `${fileName}.${setting.name}.js`);
}

// ---------------------------------------------------------------------------------------
// TypeScript 7: the native compiler, through its CLI, once for a whole batch of programs.

/** A case this setting does not run, and why (printed by the suite, never silent). */
export interface CaseSkip {
  readonly id: string;
  readonly reason: string;
}

export interface BatchOutput {
  /** The emitted CommonJS, or undefined when the compiler emitted nothing for the program. */
  readonly js: string | undefined;
  /** The compiler's error diagnostics for the program (type errors included), one per line. */
  readonly diagnostics: readonly string[];
}

export interface BatchCompilerSetting {
  readonly name: string;
  readonly version: string;
  /** Cases not run under this setting, each with its reason. */
  readonly skips: readonly CaseSkip[];
  /** Whether the compiler is installed (`npm ci` installs it: a devDependency alias). */
  available(): boolean;
  /** Compiles every program (case id -> TypeScript source) in one compiler run. */
  compileBatch(sources: ReadonlyMap<string, string>): Map<string, BatchOutput>;
}

/**
 * TypeScript 7.0.2 (`"typescript-7": "npm:typescript@7.0.2"`). Its `require('typescript')`
 * exposes only `version`, so the programs are written to a temporary directory with a
 * tsconfig.json and compiled by ONE spawn of its `tsc` (the package's `bin`), then run by
 * `runJs` like every other setting.
 *
 * Compiler options: those of the tsc settings above (module commonjs, strict, esModuleInterop),
 * target ES2022, useDefineForClassFields left at its default (true for ES2022), TC39
 * decorators. `tsenum` resolves to the built declarations (dist/runtime/index.d.cts) and
 * `case-helpers` to a declaration of the helpers, so the diagnostics are the programs' own.
 * The other tsc settings never type-check (transpileModule), and some cases are `// @ts-nocheck`
 * or deliberately ill-typed: type errors are therefore kept (`noEmitOnError: false`) and only
 * an emit problem fails a case (no output file, or a compiler exit other than 0 and 2).
 * Measured 2026-11-21: ~0.5-0.8 s for the 242 cases; 8 have type errors (the same as TS 6.0.3
 * reports on this tsconfig); the JavaScript is byte-identical to tsc-es2022-define's.
 *
 * The temporary directory lives outside the repository: under it, the root package.json's
 * `"type": "module"` makes tsc (7.0.2, and 6.0.3 alike) emit ESM `import`s even with
 * `module: commonjs` + `moduleResolution: bundler`.
 */
export const TS7_SETTING: BatchCompilerSetting = {
  name: 'tsc7-es2022',
  version: '7.0.2',
  // TS 7.0.2 emits everything the cases use (TC39 decorators included): nothing is skipped.
  skips: [],
  available: () => ts7Package() !== undefined,
  compileBatch: compileTs7Batch,
};

function ts7Package(): { dir: string; bin: string; version: string } | undefined {
  let manifest: string;
  try {
    manifest = rootRequire.resolve('typescript-7/package.json');
  } catch {
    return undefined;
  }
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    version: string;
    bin: Record<string, string>;
  };
  const bin = pkg.bin.tsc;
  if (!bin) throw new Error(`${manifest} declares no tsc binary`);
  const dir = path.dirname(manifest);
  return { dir, bin: path.join(dir, bin), version: pkg.version };
}

const CASE_HELPERS_DECLARATION = `// The print helpers of test/harness/case-helpers.ts, as the cases import them.
declare module '${HELPERS_SPECIFIER}' {
  export function out(label: string, ...values: unknown[]): void;
  export function r(x: unknown): string;
  export function raises(label: string, fn: () => unknown): void;
  export function mentions(label: string, fn: () => unknown, ...words: string[]): void;
  export function inspect(x: unknown, options?: object): string;
}
`;

function compileTs7Batch(sources: ReadonlyMap<string, string>): Map<string, BatchOutput> {
  const pkg = ts7Package();
  if (!pkg) throw new Error('typescript-7 is not installed (npm ci)');
  if (pkg.version !== TS7_SETTING.version)
    throw new Error(`typescript-7 is ${pkg.version}, expected ${TS7_SETTING.version}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'tsenum-ts7-'));
  try {
    const srcDir = path.join(dir, 'src');
    const outDir = path.join(dir, 'out');
    mkdirSync(srcDir);
    const fileOf = new Map<string, string>();
    for (const [id, source] of sources) {
      const base = id.replace(/[^A-Za-z0-9_.-]/g, '_');
      if ([...fileOf.values()].includes(base)) throw new Error(`two cases map to ${base}.ts`);
      fileOf.set(id, base);
      writeFileSync(path.join(srcDir, `${base}.ts`), source);
    }
    writeFileSync(path.join(dir, 'case-helpers.d.ts'), CASE_HELPERS_DECLARATION);
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'commonjs',
        moduleResolution: 'bundler',
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
        types: [],
        noEmitOnError: false,
        rootDir: 'src',
        outDir: 'out',
        paths: { tsenum: [path.join(repoRoot, 'dist/runtime/index.d.cts')] },
      },
      files: ['case-helpers.d.ts', ...[...fileOf.values()].map((base) => `src/${base}.ts`)],
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const run = spawnSync(process.execPath, [pkg.bin, '-p', dir, '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // 0: no diagnostics; 2: diagnostics, outputs generated; anything else: no (full) emit.
    if (run.status !== 0 && run.status !== 2) {
      throw new Error(
        `TypeScript ${pkg.version} exited ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`,
      );
    }
    const diagnostics = diagnosticsByFile(run.stdout, srcDir);
    const result = new Map<string, BatchOutput>();
    for (const [id, base] of fileOf) {
      const jsPath = path.join(outDir, `${base}.js`);
      result.set(id, {
        js: existsSync(jsPath) ? readFileSync(jsPath, 'utf8') : undefined,
        diagnostics: diagnostics.get(`${base}.ts`) ?? [],
      });
    }
    const stray = [...diagnostics.keys()].filter((f) => !f.endsWith('.ts') || f.includes('/'));
    if (stray.length)
      throw new Error(`TypeScript ${pkg.version} diagnostics outside the cases:\n${run.stdout}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--pretty false` output -> file (relative to srcDir, or as printed) -> its diagnostics. */
function diagnosticsByFile(stdout: string, srcDir: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+: .*)$/.exec(line);
    if (m) {
      const resolved = path.resolve(srcDir, '..', m[1]!);
      const rel = path.relative(srcDir, resolved);
      const key = rel.startsWith('..') ? m[1]! : rel;
      current = byFile.get(key) ?? [];
      byFile.set(key, current);
      current.push(`${m[2]}:${m[3]} ${m[4]} ${m[5]}`);
    } else if (current && /^\s/.test(line)) {
      current.push(line);
    } else {
      current = byFile.get('(global)') ?? [];
      byFile.set('(global)', current);
      current.push(line);
    }
  }
  return byFile;
}

// ---------------------------------------------------------------------------------------
// Transformed mode: tsenum's compile-time transformer in a ts.createProgram held in memory.

export const transformerPath = path.join(repoRoot, 'dist/transformer/index.cjs');

export function transformerAvailable(): boolean {
  return existsSync(transformerPath);
}

const transformedOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
  noEmitOnError: false,
};

const sourceFileCache = new Map<string, ts.SourceFile | undefined>();
let baseHost: ts.CompilerHost | undefined;

/** A compiler host whose lib and node_modules files are parsed once per process. */
function createMemoryHost(
  files: ReadonlyMap<string, string>,
  outputs: Map<string, string>,
): ts.CompilerHost {
  baseHost ??= ts.createCompilerHost(transformedOptions, true);
  const base = baseHost;
  return {
    ...base,
    fileExists: (f) => files.has(path.resolve(f)) || base.fileExists(f),
    readFile: (f) => files.get(path.resolve(f)) ?? base.readFile(f),
    getSourceFile(fileName, languageVersion, onError) {
      const own = files.get(path.resolve(fileName));
      if (own !== undefined) return ts.createSourceFile(fileName, own, languageVersion, true);
      if (!sourceFileCache.has(fileName)) {
        sourceFileCache.set(fileName, base.getSourceFile(fileName, languageVersion, onError));
      }
      return sourceFileCache.get(fileName);
    },
    writeFile(fileName, text) {
      outputs.set(path.resolve(fileName), text);
    },
  };
}

type BeforeFactory = ts.TransformerFactory<ts.SourceFile>;

/**
 * Obtains the `before` source transformer from the built transformer module. Accepts the
 * shapes a ts-patch / getCustomTransformers style module commonly exports.
 */
function loadBeforeTransformer(program: ts.Program): BeforeFactory {
  const mod = rootRequire(transformerPath) as Record<string, unknown>;
  const candidates = [mod.before, (mod.default as Record<string, unknown> | undefined)?.before];
  for (const candidate of candidates) {
    if (typeof candidate !== 'function') continue;
    // A factory taking the program (ts-patch style: (program, config, extras)) returns the
    // TransformerFactory; a bare TransformerFactory takes the context.
    const made = (candidate as (...a: unknown[]) => unknown)(program, {}, { ts });
    if (typeof made === 'function') return made as BeforeFactory;
    if (
      made &&
      typeof (made as { transformSourceFile?: unknown }).transformSourceFile === 'function'
    ) {
      return () =>
        (made as ts.CustomTransformer).transformSourceFile.bind(made) as (
          sf: ts.SourceFile,
        ) => ts.SourceFile;
    }
  }
  if (typeof mod.getCustomTransformers === 'function') {
    const custom = (mod.getCustomTransformers as (p: ts.Program) => ts.CustomTransformers)(program);
    const first = custom.before?.[0];
    if (typeof first === 'function') return first as BeforeFactory;
  }
  throw new Error(`${transformerPath} exports no usable 'before' transformer factory`);
}

export interface TransformedOutput {
  readonly js: string;
  /** Error diagnostics of the program (type errors included; the caller decides what matters). */
  readonly diagnostics: readonly ts.Diagnostic[];
}

/**
 * Compiles many case programs in ONE in-memory program (fast: one checker for all) with the
 * transformer in `customTransformers.before`; returns each file's CommonJS output. Virtual
 * files live under the repository root so that `tsenum` resolves through the package exports.
 */
export function compileTransformedBatch(
  sources: ReadonlyMap<string, string>,
): Map<string, TransformedOutput> {
  const files = new Map<string, string>();
  const virtualDir = path.join(repoRoot, 'test/behaviour/.virtual');
  const byName = new Map<string, string>();
  for (const [id, source] of sources) {
    const fileName = path.join(virtualDir, `${id.replace(/[^A-Za-z0-9_.-]/g, '_')}.ts`);
    files.set(fileName, source);
    byName.set(id, fileName);
  }
  const outputs = new Map<string, string>();
  const host = createMemoryHost(files, outputs);
  const program = ts.createProgram({
    rootNames: [...files.keys()],
    options: { ...transformedOptions, outDir: path.join(virtualDir, 'out'), rootDir: virtualDir },
    host,
  });
  const before = loadBeforeTransformer(program);
  const result = new Map<string, TransformedOutput>();
  for (const [id, fileName] of byName) {
    const sf = program.getSourceFile(fileName);
    if (!sf) throw new Error(`virtual file ${fileName} missing from the program`);
    let js = '';
    program.emit(
      sf,
      (name, text) => {
        if (name.endsWith('.js')) js = text;
      },
      undefined,
      false,
      { before: [before] },
    );
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sf),
      ...program.getSemanticDiagnostics(sf),
    ].filter((d) => d.category === ts.DiagnosticCategory.Error);
    result.set(id, { js, diagnostics });
  }
  return result;
}

/** The single-program form of the hook: one case through the transformer. */
export function compileTransformed(source: string, id = 'case'): TransformedOutput {
  const out = compileTransformedBatch(new Map([[id, source]])).get(id);
  if (!out) throw new Error('no output');
  return out;
}

let warned = false;
/** Warns once, loudly, while the transformed mode cannot run. */
export function warnTransformerMissing(): void {
  if (warned) return;
  warned = true;
  console.warn(
    `\n!!! tsenum behaviour suite: ${path.relative(repoRoot, transformerPath)} does not exist; ` +
      'the TRANSFORMED mode is SKIPPED. Build the transformer (npm run build) to run it.\n',
  );
}

export { formatDiagnostics };
