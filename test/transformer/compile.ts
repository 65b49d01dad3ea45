/**
 * In-memory compiles of transformer cases: a case is one file, or several separated by
 * `// @filename: a.ts` lines, with TypeScript-test-style options at the top
 * (`// @target: es2017`, `// @experimentalDecorators: true`, ...). Lib and declaration files
 * are parsed once per process and TypeScript version, so a compile takes tens of ms.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import vm from 'node:vm';
import type * as TS from 'typescript';

export type TsModule = typeof TS;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rootRequire = createRequire(path.join(repoRoot, 'package.json'));

/** The TypeScript versions of the hosts (npm aliases), loaded by name. */
export const typescripts: Record<'6.0' | '5.9' | '4.9', TsModule> = {
  '6.0': rootRequire('typescript'),
  '5.9': rootRequire('typescript-5.9'),
  '4.9': rootRequire('typescript-4.9'),
};

/** The built transformer, as the package exports it (tsenum/transformer -> dist/). */
export function loadTransformer(): typeof import('tsenum/transformer') {
  return rootRequire('tsenum/transformer');
}

export interface CaseFile {
  readonly name: string;
  readonly text: string;
}

export interface ParsedCase {
  readonly name: string;
  readonly dir: string;
  readonly files: readonly CaseFile[];
  readonly settings: Readonly<Record<string, string>>;
}

/** `// @name: value` lines; `@filename` starts a new file. */
export function parseCase(
  name: string,
  text: string,
  dir = path.join(repoRoot, 'fixtures/cases'),
): ParsedCase {
  const settings: Record<string, string> = {};
  const files: { name: string; lines: string[] }[] = [];
  let current: { name: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const m = /^\/\/\s*@(\w+):\s*(.*?)\s*$/.exec(line);
    if (m && (m[1] as string).toLowerCase() === 'filename') {
      current = { name: m[2] as string, lines: [] };
      files.push(current);
      continue;
    }
    if (m && !current) {
      settings[m[1] as string] = m[2] as string;
      continue;
    }
    if (!current) {
      current = { name: `${name}.ts`, lines: [] };
      files.push(current);
    }
    current.lines.push(line);
  }
  const multi = files.length > 1 || files[0]?.name !== `${name}.ts`;
  return {
    name,
    dir: multi ? path.join(dir, name) : dir,
    files: files.map((f) => ({ name: f.name, text: f.lines.join('\n') })),
    settings,
  };
}

/** Settings of the test harness, not compiler options: `run: false`, `hosts: 6.0`. */
const HARNESS_SETTINGS = new Set(['run', 'hosts']);

export function optionsOf(ts: TsModule, parsed: ParsedCase): TS.CompilerOptions {
  const major = Number.parseInt(ts.versionMajorMinor, 10);
  const base: Record<string, unknown> = {
    target: 'es2022',
    module: 'commonjs',
    // TypeScript 6 resolves the package's own `exports`; older ones read node_modules/tsenum
    // (a link to this repository) through package.json `types`.
    moduleResolution: major >= 6 ? 'bundler' : 'node10',
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: [],
    newLine: 'lf',
    ...(major < 5 ? { moduleResolution: 'node' } : {}),
  };
  for (const [key, value] of Object.entries(parsed.settings)) {
    if (HARNESS_SETTINGS.has(key)) continue;
    base[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  const converted = ts.convertCompilerOptionsFromJson(base, parsed.dir);
  if (converted.errors.length)
    throw new Error(ts.flattenDiagnosticMessageText(converted.errors[0]?.messageText, '\n'));
  return converted.options;
}

const sourceCache = new Map<TsModule, Map<string, TS.SourceFile | undefined>>();
const baseHosts = new Map<TsModule, TS.CompilerHost>();

function memoryHost(
  ts: TsModule,
  files: ReadonlyMap<string, string>,
  outputs: Map<string, string>,
): TS.CompilerHost {
  let base = baseHosts.get(ts);
  if (!base) {
    base = ts.createCompilerHost({ target: ts.ScriptTarget.ES2022 }, true);
    baseHosts.set(ts, base);
  }
  let cache = sourceCache.get(ts);
  if (!cache) {
    cache = new Map();
    sourceCache.set(ts, cache);
  }
  const shared = base;
  const cached = cache;
  return {
    ...shared,
    getDefaultLibFileName: (o) => shared.getDefaultLibFileName(o),
    fileExists: (f) => files.has(path.resolve(f)) || shared.fileExists(f),
    directoryExists: (d) =>
      [...files.keys()].some((f) => f.startsWith(`${path.resolve(d)}${path.sep}`)) ||
      (shared.directoryExists?.(d) ?? true),
    readFile: (f) => files.get(path.resolve(f)) ?? shared.readFile(f),
    getSourceFile(fileName, languageVersion, onError) {
      const own = files.get(path.resolve(fileName));
      if (own !== undefined) return ts.createSourceFile(fileName, own, languageVersion, true);
      const key = `${fileName}|${JSON.stringify(languageVersion)}`;
      if (!cached.has(key))
        cached.set(key, shared.getSourceFile(fileName, languageVersion, onError));
      return cached.get(key);
    },
    writeFile(fileName, text) {
      outputs.set(path.resolve(fileName), text);
    },
    getNewLine: () => '\n',
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => repoRoot,
  };
}

export interface Compiled {
  readonly program: TS.Program;
  /** Emitted files by absolute name. */
  readonly outputs: ReadonlyMap<string, string>;
  readonly diagnostics: readonly TS.Diagnostic[];
  readonly emitSkipped: boolean;
  readonly parsed: ParsedCase;
  readonly options: TS.CompilerOptions;
}

export interface CompileOptions {
  readonly ts?: TsModule;
  /** Load the transformer as ts-patch does (program transformer) or not at all. */
  readonly transform: boolean;
  readonly options?: TS.CompilerOptions;
}

export function compileCase(parsed: ParsedCase, how: CompileOptions): Compiled {
  const ts = how.ts ?? typescripts['6.0'];
  const options = {
    ...optionsOf(ts, parsed),
    ...how.options,
    outDir: path.join(parsed.dir, '.out'),
    rootDir: parsed.dir,
  };
  const files = new Map(parsed.files.map((f) => [path.join(parsed.dir, f.name), f.text]));
  const outputs = new Map<string, string>();
  const host = memoryHost(ts, files, outputs);
  let program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  if (how.transform) program = loadTransformer().default(program, host, {}, { ts }) as TS.Program;
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const emitted = program.emit();
  return {
    program,
    outputs,
    diagnostics: [...diagnostics, ...emitted.diagnostics],
    emitSkipped: emitted.emitSkipped,
    parsed,
    options,
  };
}

/** `a.ts(3,5): error TS24001: message`, one per error, in the order TypeScript sorts them. */
export function formatErrors(ts: TsModule, compiled: Compiled): string {
  const lines: string[] = [];
  for (const d of compiled.diagnostics) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) {
      lines.push(`error TS${d.code}: ${text}`);
      continue;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const name = path.relative(compiled.parsed.dir, d.file.fileName);
    lines.push(`${name}(${line + 1},${character + 1}): error TS${d.code}: ${text}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The emitted JavaScript of every file, each under a `//// [name.js]` header. */
export function formatOutputs(compiled: Compiled): string {
  const outDir = path.join(compiled.parsed.dir, '.out');
  const parts: string[] = [];
  for (const [file, text] of [...compiled.outputs].sort(([a], [b]) => a.localeCompare(b))) {
    if (file.endsWith('.map')) continue;
    parts.push(
      `//// [${path.relative(outDir, file)}]\n${text.endsWith('\n') ? text : `${text}\n`}`,
    );
  }
  return parts.join('');
}

/**
 * Runs the emitted CommonJS: the last file of the case is the entry; relative requires load
 * the other emitted files; `tsenum` resolves through the package's own exports.
 */
export function runCase(compiled: Compiled): string[] {
  const lines: string[] = [];
  const print = (...args: unknown[]) => lines.push(...format(...args).split('\n'));
  const console_ = { log: print, info: print, warn: print, error: print };
  const outDir = path.join(compiled.parsed.dir, '.out');
  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const known = cache.get(file);
    if (known) return known.exports;
    const text = compiled.outputs.get(file);
    if (text === undefined) throw new Error(`no output ${file}`);
    const module = { exports: {} as unknown };
    cache.set(file, module);
    const localRequire = (id: string) =>
      id.startsWith('.')
        ? load(path.resolve(path.dirname(file), id.endsWith('.js') ? id : `${id}.js`))
        : rootRequire(id);
    const fn = vm.runInThisContext(`(function (exports, require, module, console) {${text}\n})`, {
      filename: file,
    });
    fn(module.exports, localRequire, module, console_);
    return module.exports;
  };
  const last = compiled.parsed.files[compiled.parsed.files.length - 1] as CaseFile;
  const entry = path.join(outDir, last.name.replace(/\.tsx?$/, '.js'));
  try {
    load(entry);
  } catch (error) {
    lines.push(
      `UNCAUGHT ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`,
    );
  }
  return lines;
}
