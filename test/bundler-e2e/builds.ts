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
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const appDir = path.join(repoRoot, 'test/bundler-e2e/fixtures/app');
const entry = path.join(appDir, 'main.ts');
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
export function buildWithTsc(runDir: string): Promise<Outcome> {
  return timed('tsc', async () => {
    const outDir = path.join(runDir, 'tsc');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    try {
      await run(process.execPath, [tsc, '-p', appDir, '--outDir', outDir, '--pretty', 'false']);
    } catch (error) {
      const e = error as { stdout?: string; message: string };
      throw new Error(`tsc failed:\n${e.stdout ?? e.message}`);
    }
    return path.join(outDir, 'main.js');
  });
}

/** A written output file: ESM bundles as .mjs, CommonJS ones as .cjs. */
function writeOut(runDir: string, name: string, code: string, ext: 'mjs' | 'cjs'): string {
  const dir = path.join(runDir, name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `main.${ext}`);
  writeFileSync(file, code);
  return file;
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
function rollupTerser() {
  return {
    name: 'e2e-terser',
    async renderChunk(code: string) {
      const { minify } = await import('terser');
      const out = await minify(code, { module: true });
      return { code: out.code!, map: null };
    },
  };
}

const extensionAlias = { '.js': ['.ts', '.js'] };

type Builder = (runDir: string, plugin: AnyPlugin | undefined) => Promise<string>;

const builders: Record<BuildName, Builder> = {
  async 'vite-app'(runDir, plugin) {
    const { build } = await import('vite');
    const result = await build({
      configFile: false,
      root: appDir,
      logLevel: 'silent',
      plugins: plugin ? [plugin] : [],
      build: {
        write: false,
        // An app build: minify is on by default (Oxc), and `input` is the entry module.
        rolldownOptions: { input: entry },
      },
    });
    const out = Array.isArray(result) ? result[0] : result;
    return writeOut(
      runDir,
      'vite-app',
      entryCode((out as { output: Chunk[] }).output, 'vite'),
      'mjs',
    );
  },
  async 'vite-lib'(runDir, plugin) {
    const { build } = await import('vite');
    const result = await build({
      configFile: false,
      root: appDir,
      logLevel: 'silent',
      plugins: plugin ? [plugin] : [],
      build: {
        write: false,
        // A library build leaves ES output unminified unless asked: asked.
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'main' },
      },
    });
    const out = Array.isArray(result) ? result[0] : result;
    return writeOut(
      runDir,
      'vite-lib',
      entryCode((out as { output: Chunk[] }).output, 'vite'),
      'mjs',
    );
  },
  async rollup(runDir, plugin) {
    const { rollup } = await import('rollup');
    const bundle = await rollup({
      input: entry,
      logLevel: 'silent',
      plugins: [...(plugin ? [plugin] : []), rollupResolveTs(), rollupStripTs()],
    });
    const { output } = await bundle.generate({ format: 'es', plugins: [rollupTerser()] });
    await bundle.close();
    return writeOut(runDir, 'rollup', entryCode(output, 'rollup'), 'mjs');
  },
  async rolldown(runDir, plugin) {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({
      input: entry,
      logLevel: 'silent',
      resolve: { extensionAlias },
      plugins: plugin ? [plugin] : [],
    });
    const { output } = await bundle.generate({ format: 'es', minify: true });
    await bundle.close();
    return writeOut(runDir, 'rolldown', entryCode(output, 'rolldown'), 'mjs');
  },
  async esbuild(runDir, plugin) {
    const esbuild = await import('esbuild');
    // `esbuild --bundle --minify` (default target esnext, platform browser).
    const out = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: plugin ? [plugin] : [],
    });
    return writeOut(runDir, 'esbuild', out.outputFiles[0]!.text, 'mjs');
  },
  async webpack(runDir, plugin) {
    const { default: webpack } = await import('webpack');
    const outDir = path.join(runDir, 'webpack');
    await compile(
      webpack({
        mode: 'production',
        context: appDir,
        entry,
        target: 'node',
        output: { path: outDir, filename: 'main.cjs' },
        resolve: { extensions: ['.ts', '.js'], extensionAlias },
        // TypeScript through swc, as swc-loader does (test/bundler-e2e/swc-loader.cjs).
        module: {
          rules: [
            { test: /\.ts$/, loader: path.join(repoRoot, 'test/bundler-e2e/swc-loader.cjs') },
          ],
        },
        plugins: plugin ? [plugin] : [],
        infrastructureLogging: { level: 'error' },
        stats: 'none',
      }),
    );
    return path.join(outDir, 'main.cjs');
  },
  async rspack(runDir, plugin) {
    const { rspack } = await import('@rspack/core');
    const outDir = path.join(runDir, 'rspack');
    await compile(
      rspack({
        mode: 'production',
        context: appDir,
        entry,
        target: 'node',
        output: { path: outDir, filename: 'main.cjs' },
        resolve: { extensions: ['.ts', '.js'], extensionAlias },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'builtin:swc-loader',
              options: { jsc: { parser: { syntax: 'typescript', decorators: true } } },
            },
          ],
        },
        plugins: plugin ? [plugin] : [],
        infrastructureLogging: { level: 'error' },
        stats: 'none',
      }),
    );
    return path.join(outDir, 'main.cjs');
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

/** Builds with one bundler (with the plugin unless `plugin` is undefined) and runs the bundle. */
export function buildAndRun(
  name: BuildName,
  runDir: string,
  plugin: AnyPlugin | undefined,
): Promise<Outcome> {
  return timed(name, () => builders[name](runDir, plugin));
}
