/**
 * Builds test/bundler-e2e/fixtures/app with every bundler through its JavaScript API (no
 * spawn), each configured as its users configure it (a TypeScript loader where the bundler has
 * none of its own, production / minified output), then runs each bundle in Node.
 *
 * The reference is the same app compiled by plain `tsc` (node node_modules/typescript/bin/tsc,
 * no plugin) and run by Node. A build with the tsenum plugin must print exactly that.
 *
 * Outputs go to node_modules/.cache/tsenum-bundler-e2e/<run>/<build>/ (inside the repository,
 * so the tsc output's `import 'tsenum'` resolves to this package through node_modules/tsenum).
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(repoRoot, 'test/bundler-e2e');
export const appDir = path.join(here, 'fixtures/app');
const require = createRequire(path.join(repoRoot, 'package.json'));
const cacheRoot = path.join(repoRoot, 'node_modules/.cache/tsenum-bundler-e2e');

export const BUNDLERS = [
  'vite-app',
  'vite-lib',
  'rollup',
  'rolldown',
  'esbuild',
  'webpack',
  'rspack',
] as const;
export type BuildName = (typeof BUNDLERS)[number];

/** The tsenum plugin for each bundler: its package entry point and how a user calls it. */
const pluginEntry: Record<BuildName, string> = {
  'vite-app': 'tsenum/vite',
  'vite-lib': 'tsenum/vite',
  rollup: 'tsenum/rollup',
  rolldown: 'tsenum/rolldown',
  esbuild: 'tsenum/esbuild',
  webpack: 'tsenum/webpack',
  rspack: 'tsenum/rspack',
};

// biome-ignore lint/suspicious/noExplicitAny: each bundler's plugin type is its own
type AnyPlugin = any;

/** `tsenum/<bundler>`'s default export called with no options, or why it cannot be loaded. */
export async function loadPlugin(name: BuildName): Promise<AnyPlugin> {
  const specifier = pluginEntry[name];
  const mod = (await import(/* @vite-ignore */ specifier)) as { default?: unknown };
  if (typeof mod.default !== 'function') throw new Error(`${specifier} has no default export`);
  return (mod.default as () => AnyPlugin)();
}

/** Whether the plugins are built: `tsenum/vite` resolves through the package's exports. */
export function pluginsAvailable(): boolean {
  try {
    require.resolve('tsenum/vite');
    return true;
  } catch {
    return false;
  }
}

export interface Outcome {
  readonly name: string;
  /** What the program printed (stdout), or the build/run failure. */
  readonly stdout: string;
  readonly error?: string;
  readonly ms: number;
}

export function makeRunDir(): string {
  mkdirSync(cacheRoot, { recursive: true });
  return mkdtempSync(path.join(cacheRoot, 'run-'));
}

export function removeRunDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs a built program in Node; its stdout, or the failure as text. */
async function runNode(file: string): Promise<{ stdout: string; error?: string }> {
  try {
    const { stdout } = await run(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
    return { stdout };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { stdout: e.stdout ?? '', error: `node ${file} failed:\n${e.stderr ?? e.message}` };
  }
}

async function timed(name: string, work: () => Promise<string>): Promise<Outcome> {
  const started = performance.now();
  let file: string;
  try {
    file = await work();
  } catch (error) {
    const e = error as Error;
    return { name, stdout: '', error: `build failed: ${e.stack ?? e}`, ms: 0 };
  }
  const ms = Math.round(performance.now() - started);
  return { name, ...(await runNode(file)), ms };
}

/** The reference: plain tsc, ES2022, NodeNext (test/bundler-e2e/fixtures/app/tsconfig.json). */
export function buildWithTsc(runDir: string, app = appDir, out = 'tsc'): Promise<Outcome> {
  return timed(out, async () => {
    const outDir = path.join(runDir, out);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    try {
      await run(process.execPath, [tsc, '-p', app, '--outDir', outDir, '--pretty', 'false']);
    } catch (error) {
      const e = error as { stdout?: string; message: string };
      throw new Error(`tsc failed:\n${e.stdout ?? e.message}`);
    }
    return path.join(outDir, 'main.js');
  });
}

type Chunk = { type: string; isEntry?: boolean; code?: string; fileName: string };
function entryCode(output: readonly Chunk[], name: string): string {
  const chunks = output.filter((c) => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${name}: expected one chunk, got ${chunks.length}`);
  return chunks[0]!.code!;
}

/** Resolves `./x.js` to `./x.ts` and `tsenum` to its ESM build, for Rollup (no resolver). */
function rollupResolveTs() {
  return {
    name: 'e2e-resolve-ts',
    resolveId(source: string, importer: string | undefined) {
      if (source === 'tsenum') return require.resolve('tsenum').replace(/index\.cjs$/, 'index.js');
      if (!importer || !source.startsWith('.')) return null;
      const ts = path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts) ? ts : null;
    },
  };
}

/** Strips types with esbuild, as rollup-plugin-esbuild does. */
function rollupStripTs() {
  return {
    name: 'e2e-strip-ts',
    async transform(code: string, id: string) {
      if (!id.endsWith('.ts')) return null;
      const esbuild = await import('esbuild');
      const out = await esbuild.transform(code, { loader: 'ts', sourcefile: id, format: 'esm' });
      return { code: out.code, map: null };
    },
  };
}

/** Minifies with terser (mangles top-level names of the module), as @rollup/plugin-terser. */
function rollupTerser(keepClassnames: boolean) {
  return {
    name: 'e2e-terser',
    async renderChunk(code: string) {
      const { minify } = await import('terser');
      const out = await minify(code, { module: true, keep_classnames: keepClassnames });
      return { code: out.code!, map: null };
    },
  };
}

const extensionAlias = { '.js': ['.ts', '.js'] };

export interface BuildOptions {
  /** The tsenum plugin (loadPlugin), or undefined for a build without it. */
  readonly plugin?: AnyPlugin;
  /** Each minifier's and bundler's setting that keeps class names (README: no plugin). */
  readonly keepNames?: boolean;
  /** The app's folder (default: fixtures/app) and the output folder's name (default: the bundler's). */
  readonly app?: string;
  readonly out?: string;
}

interface Job extends BuildOptions {
  readonly entry: string;
  readonly outDir: string;
}

type Builder = (job: Job) => Promise<string>;

function writeOut(job: Job, code: string, ext: 'mjs' | 'cjs'): string {
  mkdirSync(job.outDir, { recursive: true });
  const file = path.join(job.outDir, `main.${ext}`);
  writeFileSync(file, code);
  return file;
}

const plugins = (job: Job) => (job.plugin ? [job.plugin] : []);

async function viteBuild(job: Job, lib: boolean): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: path.dirname(job.entry),
    logLevel: 'silent',
    plugins: plugins(job),
    build: {
      write: false,
      // An app build minifies by default (Oxc); a library build leaves ES output unminified
      // unless asked: asked.
      ...(lib
        ? { minify: true, lib: { entry: job.entry, formats: ['es'], fileName: 'main' } }
        : {}),
      rolldownOptions: {
        ...(lib ? {} : { input: job.entry }),
        ...(job.keepNames ? { output: { keepNames: true } } : {}),
      },
    },
  });
  const out = (Array.isArray(result) ? result[0] : result) as { output: Chunk[] };
  return writeOut(job, entryCode(out.output, 'vite'), 'mjs');
}

const builders: Record<BuildName, Builder> = {
  'vite-app': (job) => viteBuild(job, false),
  'vite-lib': (job) => viteBuild(job, true),
  async rollup(job) {
    const { rollup } = await import('rollup');
    const bundle = await rollup({
      input: job.entry,
      logLevel: 'silent',
      plugins: [...plugins(job), rollupResolveTs(), rollupStripTs()],
    });
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [rollupTerser(job.keepNames ?? false)],
    });
    await bundle.close();
    return writeOut(job, entryCode(output, 'rollup'), 'mjs');
  },
  async rolldown(job) {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({
      input: job.entry,
      logLevel: 'silent',
      resolve: { extensionAlias },
      plugins: plugins(job),
    });
    const { output } = await bundle.generate({
      format: 'es',
      minify: true,
      ...(job.keepNames ? { keepNames: true } : {}),
    });
    await bundle.close();
    return writeOut(job, entryCode(output, 'rolldown'), 'mjs');
  },
  async esbuild(job) {
    const esbuild = await import('esbuild');
    // `esbuild --bundle --minify` (default target esnext, platform browser).
    const out = await esbuild.build({
      entryPoints: [job.entry],
      bundle: true,
      minify: true,
      keepNames: job.keepNames ?? false,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: plugins(job),
    });
    return writeOut(job, out.outputFiles[0]!.text, 'mjs');
  },
  async webpack(job) {
    const { default: webpack } = await import('webpack');
    // Scope hoisting renames a class whose name another module also uses (`level_b_Level`),
    // whatever the minifier keeps: keeping names needs both settings.
    const optimization = job.keepNames
      ? { minimizeOptions: { javascript: { keep_classnames: true } }, concatenateModules: false }
      : {};
    await compile(
      webpack({
        mode: 'production',
        context: path.dirname(job.entry),
        entry: job.entry,
        target: 'node',
        output: { path: job.outDir, filename: 'main.cjs' },
        resolve: { extensions: ['.ts', '.js'], extensionAlias },
        // TypeScript through swc, as swc-loader does (test/bundler-e2e/swc-loader.cjs).
        module: { rules: [{ test: /\.ts$/, loader: path.join(here, 'swc-loader.cjs') }] },
        optimization: optimization as object,
        plugins: plugins(job),
        infrastructureLogging: { level: 'error' },
        stats: 'none',
      }),
    );
    return path.join(job.outDir, 'main.cjs');
  },
  async rspack(job) {
    const { rspack } = await import('@rspack/core');
    const keep = { keep_classnames: true };
    // As webpack: the minifier's keep_classnames, and no scope hoisting (`level_b_Level`).
    const optimization = job.keepNames
      ? {
          concatenateModules: false,
          minimizer: [
            new rspack.SwcJsMinimizerRspackPlugin({
              minimizerOptions: { mangle: keep, compress: keep },
            }),
          ],
        }
      : {};
    await compile(
      rspack({
        mode: 'production',
        context: path.dirname(job.entry),
        entry: job.entry,
        target: 'node',
        output: { path: job.outDir, filename: 'main.cjs' },
        resolve: { extensions: ['.ts', '.js'], extensionAlias },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'builtin:swc-loader',
              options: {
                jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022' },
              },
            },
          ],
        },
        optimization,
        plugins: plugins(job),
        infrastructureLogging: { level: 'error' },
        stats: 'none',
      }),
    );
    return path.join(job.outDir, 'main.cjs');
  },
};

interface Compiler {
  run(cb: (err: Error | null, stats?: StatsLike) => void): void;
  close(cb: (err?: Error | null) => void): void;
}
interface StatsLike {
  hasErrors(): boolean;
  toString(options?: unknown): string;
}

/** webpack/rspack's run() as a promise; compile errors become one thrown message. */
function compile(compiler: unknown): Promise<void> {
  const c = compiler as Compiler;
  return new Promise((resolve, reject) => {
    c.run((err, stats) => {
      c.close(() => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
        resolve();
      });
    });
  });
}

/** Builds the app with one bundler and runs the bundle. */
export function buildAndRun(
  name: BuildName,
  runDir: string,
  options: BuildOptions = {},
): Promise<Outcome> {
  const app = options.app ?? appDir;
  const out = options.out ?? name;
  const job = { ...options, entry: path.join(app, 'main.ts'), outDir: path.join(runDir, out) };
  return timed(out, () => builders[name](job));
}

/**
 * The app with its decorators written as calls (`unique(Color)`, `verify(...)(Level)`), for
 * builds without the plugin, where no decorator is lowered: a copy under runDir/app-calls.
 */
export function writeCallFormApp(runDir: string): string {
  const dir = path.join(runDir, 'app-calls');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(appDir)) {
    let text = readFileSync(path.join(appDir, name), 'utf8');
    const calls: string[] = [];
    text = text.replace(/^@(\w+(?:\([^)]*\))?)\nexport class (\w+)/gm, (_m, deco, cls) => {
      calls.push(`${deco}(${cls});`);
      return `export class ${cls}`;
    });
    if (calls.length) text += `${calls.join('\n')}\n`;
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
