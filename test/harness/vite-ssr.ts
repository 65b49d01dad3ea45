/**
 * The Vite/Vitest path for behaviour cases: each case program goes through a Vite 8 dev
 * server's transform pipeline (the given plugins, here tsenum/vite, then Vite's own Oxc
 * TypeScript transform and its SSR module transform) and is executed by Vite's module runner,
 * which is how Vitest loads a test file. Case sources are served from memory under
 * test/behaviour/.virtual/; `case-helpers` is a virtual module delegating to the helpers of
 * the case being run, and console output is captured while a case is evaluated.
 */
import path from 'node:path';
import { format } from 'node:util';
import { createServer, createServerModuleRunner, type Plugin } from 'vite';
import { createCaseHelpers } from './case-helpers';
import { describeError, HELPERS_SPECIFIER, type RunResult, repoRoot } from './compile';

const HELPERS_ID = `\0${HELPERS_SPECIFIER}`;
const GLOBAL = '__tsenumCaseHelpers';
// `inspect` is Node's own (cases read `inspect.custom`); the others print to the current case.
const helpersModule = [
  "export { inspect } from 'node:util';",
  ...['out', 'r', 'raises', 'mentions'].map(
    (n) => `export const ${n} = (...a) => globalThis.${GLOBAL}.${n}(...a);`,
  ),
].join('\n');

export interface ViteRunResult extends RunResult {
  /** Set when the transform pipeline refused the program (e.g. a tsenum definition error). */
  readonly transformError?: { message: string; code?: unknown; plugin?: string };
}

export interface ViteCaseRunner {
  run(id: string, source: string): Promise<ViteRunResult>;
  close(): Promise<void>;
}

export async function createViteCaseRunner(plugins: Plugin[]): Promise<ViteCaseRunner> {
  const virtualDir = path.join(repoRoot, 'test/behaviour/.virtual');
  const sources = new Map<string, string>();
  const cases: Plugin = {
    name: 'behaviour-cases',
    enforce: 'pre',
    resolveId(id) {
      if (id === HELPERS_SPECIFIER) return HELPERS_ID;
      return sources.has(id) ? id : null;
    },
    load(id) {
      if (id === HELPERS_ID) return helpersModule;
      return sources.get(id) ?? null;
    },
  };
  const server = await createServer({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [cases, ...plugins],
  });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const globals = globalThis as Record<string, unknown>;
  return {
    async run(id, source) {
      const file = path.join(virtualDir, `${id.replace(/[^A-Za-z0-9_.-]/g, '_')}.ts`);
      sources.set(file, source);
      const lines: string[] = [];
      const print = (...args: unknown[]) => {
        lines.push(...format(...args).split('\n'));
      };
      globals[GLOBAL] = createCaseHelpers(print);
      const saved = { ...console };
      Object.assign(console, { log: print, info: print, warn: print, error: print, debug: print });
      try {
        await runner.import(file);
        return { lines };
      } catch (error) {
        const e = error as { message?: string; code?: unknown; plugin?: string };
        // A failure to transform never ran the program: report it apart from run-time errors.
        if (e?.plugin !== undefined) {
          return {
            lines: [`TRANSFORM ERROR [${e.plugin}] ${e.message}`],
            uncaught: error,
            transformError: { message: String(e.message), code: e.code, plugin: e.plugin },
          };
        }
        lines.push(`UNCAUGHT ${describeError(error)}`);
        return { lines, uncaught: error };
      } finally {
        Object.assign(console, saved);
        delete globals[GLOBAL];
        sources.delete(file);
      }
    },
    async close() {
      await runner.close();
      await server.close();
    },
  };
}
