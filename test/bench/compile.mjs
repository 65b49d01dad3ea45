/**
 * Compiling and loading the bench's TypeScript, once per build:
 * - runtime only: ts.transpileModule per file (what tsc, esbuild or swc would emit);
 * - transformed: one in-memory ts.createProgram over the same files, emitted with the
 *   `before` source transformer of dist/transformer/index.cjs.
 * Each build is loaded by a small CommonJS loader with its own module table and a fresh copy
 * of the runtime (`tsenum` through the package's `exports`, dist/ dropped from require's
 * cache first), so the builds share no objects and no JIT feedback.
 */
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const transformerPath = path.join(repoRoot, 'dist/transformer/index.cjs');
const distDir = path.join(repoRoot, 'dist') + path.sep;
/** Virtual files live under the repository, so `tsenum` resolves by its package name. */
const virtualDir = path.join(repoRoot, 'test/bench/.virtual');

const options = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
  noEmitOnError: false,
};

export const virtualPath = (name) => path.join(virtualDir, `${name}.ts`);

/** Runtime only: each file on its own, as isolated-module compilers do. */
export function compilePlain(files) {
  const out = new Map();
  for (const [name, source] of files) {
    const result = ts.transpileModule(source, {
      compilerOptions: options,
      fileName: virtualPath(name),
      reportDiagnostics: true,
    });
    const errors = (result.diagnostics ?? []).filter(
      (d) => d.category === ts.DiagnosticCategory.Error,
    );
    if (errors.length) throw new Error(`${name}.ts: ${formatDiagnostics(errors)}`);
    out.set(name, result.outputText);
  }
  return out;
}

export function transformerBuilt() {
  return existsSync(transformerPath);
}

/**
 * Transformed: one program, emitted with and without the transformer. Returns the
 * transformed outputs, how the transformer was obtained, the transformer's error diagnostics,
 * and which files it changed (a transformer that rewrote nothing would make the
 * "transformed" column a second runtime-only column without anyone noticing).
 */
export function compileTransformed(files) {
  const sources = new Map([...files].map(([name, text]) => [virtualPath(name), text]));
  const base = ts.createCompilerHost(options, true);
  const host = {
    ...base,
    fileExists: (f) => sources.has(path.resolve(f)) || base.fileExists(f),
    readFile: (f) => sources.get(path.resolve(f)) ?? base.readFile(f),
    getSourceFile(fileName, languageVersion, onError) {
      const own = sources.get(path.resolve(fileName));
      if (own !== undefined) return ts.createSourceFile(fileName, own, languageVersion, true);
      return base.getSourceFile(fileName, languageVersion, onError);
    },
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  const { before, shape } = loadBeforeTransformer(program);
  const emitAll = (transformers) => {
    const out = new Map();
    const result = program.emit(
      undefined,
      (fileName, text) => {
        if (fileName.endsWith('.js')) out.set(path.basename(fileName, '.js'), text);
      },
      undefined,
      false,
      transformers,
    );
    return { out, diagnostics: result.diagnostics };
  };
  const plain = emitAll(undefined);
  const transformed = emitAll({ before: [before] });
  const diagnostics = transformed.diagnostics.filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  const changed = [...transformed.out.keys()].filter(
    (k) => transformed.out.get(k) !== plain.out.get(k),
  );
  return { out: transformed.out, shape, changed, diagnostics: formatDiagnostics(diagnostics) };
}

/** The transformer's `before` factory, from whichever of the usual shapes it exports. */
function loadBeforeTransformer(program) {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  const mod = require(transformerPath);
  const extras = { ts, addDiagnostic: () => {}, removeDiagnostic: () => {}, diagnostics: [] };
  if (typeof mod.getCustomTransformers === 'function') {
    const first = mod.getCustomTransformers(program)?.before?.[0];
    if (typeof first === 'function')
      return { before: first, shape: 'getCustomTransformers(program).before[0]' };
  }
  const candidates = [
    ['before', mod.before],
    ['default.before', mod.default?.before],
    ['default', mod.default],
    ['module.exports', typeof mod === 'function' ? mod : undefined],
  ];
  for (const [shape, candidate] of candidates) {
    if (typeof candidate !== 'function') continue;
    let made;
    try {
      made = candidate(program, {}, extras);
    } catch {
      continue;
    }
    if (typeof made === 'function')
      return { before: made, shape: `${shape}(program, config, extras)` };
    if (typeof made?.before?.[0] === 'function')
      return { before: made.before[0], shape: `${shape}(...).before[0]` };
  }
  throw new Error(
    `${path.relative(repoRoot, transformerPath)} exports no usable 'before' transformer factory`,
  );
}

function formatDiagnostics(diagnostics) {
  return diagnostics
    .map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return text;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${path.basename(d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
    })
    .join('\n');
}

/**
 * Loads compiled modules (name -> CommonJS text) with a fresh runtime. `./name` resolves to
 * another of the given modules; anything else through Node's resolution from the repository
 * root, after dropping dist/ from require's cache (so this build gets its own runtime).
 * `tag` is appended to every source so V8's compilation cache never hands one build's
 * functions to another. `runtimeFile` replaces `tsenum` by another build of the runtime
 * (BENCH_COMPARE: before/after a runtime change, in the same process and the same rounds).
 */
export function loadBuild(compiled, tag, runtimeFile) {
  for (const key of Object.keys(Module._cache))
    if (key.startsWith(distDir)) delete Module._cache[key];
  const outer = createRequire(path.join(repoRoot, 'package.json'));
  const modules = new Map();
  const load = (name) => {
    const cached = modules.get(name);
    if (cached) return cached.exports;
    const code = compiled.get(name);
    if (code === undefined) throw new Error(`bench loader: no module ${name}`);
    const module = { exports: {} };
    modules.set(name, module);
    const filename = path.join(virtualDir, `${name}.js`);
    const wrapper = vm.runInThisContext(
      `(function (exports, require, module, __filename, __dirname) {${code}\n})\n//# ${tag}`,
      { filename },
    );
    const require = (specifier) => {
      if (specifier.startsWith('./')) return load(specifier.slice(2).replace(/\.[jt]s$/, ''));
      if (runtimeFile && specifier === 'tsenum') return outer(runtimeFile);
      return outer(specifier);
    };
    wrapper.call(module.exports, module.exports, require, module, filename, virtualDir);
    return module.exports;
  };
  return load;
}
