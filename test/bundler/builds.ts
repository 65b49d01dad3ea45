/**
 * One function per bundler: build a fixture app's main.ts with tsenum's plugin, as a user
 * configures it (each bundler's own TypeScript handling, or a type-stripping step after the
 * plugin where the bundler has none), production settings (minified) where the bundler has
 * them, into one Node-runnable file. Resolves to the output file, or rejects with the
 * bundler's own error.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../transformer/compile';

export const outRoot = path.join(repoRoot, 'node_modules/.cache/tsenum-bundler-test');

export type Bundler = 'vite' | 'rollup' | 'rolldown' | 'esbuild' | 'webpack' | 'rspack';
export const bundlers: readonly Bundler[] = [
  'vite',
  'rollup',
  'rolldown',
  'esbuild',
  'webpack',
  'rspack',
];

const fresh = (dir: string): string => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};

// The entries by their package names, as a user imports them (dist/ through `exports`).
const entries = {
  vite: () => import('tsenum/vite'),
  rollup: () => import('tsenum/rollup'),
  rolldown: () => import('tsenum/rolldown'),
  esbuild: () => import('tsenum/esbuild'),
  webpack: () => import('tsenum/webpack'),
  rspack: () => import('tsenum/rspack'),
};
// biome-ignore lint/suspicious/noExplicitAny: each bundler's plugin type is its own
const plugin = async (name: Bundler): Promise<(options?: unknown) => any> =>
  (await entries[name]()).default as never;

export async function buildWith(
  bundler: Bundler,
  app: string,
  label: string = bundler,
): Promise<string> {
  const input = path.join(app, 'main.ts');
  // `@enums/x` is `<app>/enums/x` (esbuild reads it from the app's tsconfig.json `paths`).
  const enums = path.join(app, 'enums');
  const alias = { '@enums': enums };
  const outDir = fresh(path.join(outRoot, label));
  const tsenum = await plugin(bundler);
  switch (bundler) {
    case 'vite': {
      const { build } = await import('vite');
      await build({
        configFile: false,
        root: app,
        logLevel: 'silent',
        plugins: [tsenum()],
        resolve: { alias },
        ssr: { noExternal: true },
        build: {
          ssr: input,
          minify: true,
          outDir,
          rollupOptions: { output: { entryFileNames: 'main.mjs', format: 'es' } },
        },
      });
      return path.join(outDir, 'main.mjs');
    }
    case 'rollup': {
      const { rollup } = await import('rollup');
      const esbuild = await import('esbuild');
      const bundle = await rollup({
        input,
        external: [/^node:/],
        onwarn: () => {},
        plugins: [
          tsenum(),
          {
            name: 'resolve-ts',
            resolveId(source: string, importer: string | undefined) {
              if (source === 'tsenum') return path.join(repoRoot, 'dist/runtime/index.js');
              if (source.startsWith('@enums/')) return path.join(enums, `${source.slice(7)}.ts`);
              if (!importer || !source.startsWith('.')) return null;
              const file = path.resolve(path.dirname(importer), `${source}.ts`);
              return existsSync(file) ? file : null;
            },
          },
          {
            name: 'strip-ts',
            async transform(code: string, id: string) {
              if (!id.endsWith('.ts')) return null;
              const out = await esbuild.transform(code, { loader: 'ts', sourcefile: id });
              return { code: out.code, map: null };
            },
          },
        ],
      });
      const file = path.join(outDir, 'main.mjs');
      await bundle.write({ file, format: 'es' });
      await bundle.close();
      return file;
    }
    case 'rolldown': {
      const { rolldown } = await import('rolldown');
      const bundle = await rolldown({
        input,
        platform: 'node',
        logLevel: 'silent',
        resolve: { alias },
        plugins: [tsenum()],
      });
      const file = path.join(outDir, 'main.mjs');
      await bundle.write({ file, format: 'esm', minify: true });
      await bundle.close();
      return file;
    }
    case 'esbuild': {
      const esbuild = await import('esbuild');
      const file = path.join(outDir, 'main.mjs');
      await esbuild.build({
        entryPoints: [input],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'node',
        outfile: file,
        logLevel: 'silent',
        plugins: [tsenum()],
      });
      return file;
    }
    case 'webpack':
    case 'rspack': {
      const rspack = bundler === 'rspack';
      const run = rspack
        ? (await import('@rspack/core')).rspack
        : (await import('webpack')).default;
      const loader = rspack
        ? { loader: 'builtin:swc-loader', options: { jsc: { parser: { syntax: 'typescript' } } } }
        : { loader: path.join(repoRoot, 'test/bundler/fixtures/strip-loader.cjs') };
      const config = {
        mode: 'production' as const,
        target: 'node',
        context: app,
        entry: input,
        output: { path: outDir, filename: 'main.cjs', library: { type: 'commonjs2' } },
        resolve: { extensions: ['.ts', '.js'], alias },
        module: { rules: [{ test: /\.ts$/, ...loader }] },
        plugins: [tsenum()],
        infrastructureLogging: { level: 'none' as const },
      };
      await new Promise<void>((resolve, reject) => {
        // biome-ignore lint/suspicious/noExplicitAny: webpack and rspack configs differ in type only
        (run as any)(config, (error: Error | null, stats: any) => {
          if (error) return reject(error);
          if (stats?.hasErrors()) {
            const [first] = stats.compilation.errors;
            return reject(first instanceof Error ? first : new Error(String(first?.message)));
          }
          resolve();
        });
      });
      return path.join(outDir, 'main.cjs');
    }
  }
}
