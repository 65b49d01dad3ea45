/**
 * Module specifiers the syntax resolver cannot resolve by path alone (`@/enums/base`, a
 * tsconfig `paths` or bundler alias), resolved before the analysis through the bundler's own
 * resolver: the module's imports, and those of the local files they reach, a few levels deep.
 * The analysis itself is synchronous; this prepares the answers it will ask for.
 */
import { dirname } from 'node:path';
import { resolveOnDisk } from '../transformer/syntax-parts';

type Resolve = (specifier: string, importer: string) => Promise<string | undefined>;

const SPECIFIER = /\b(?:from|import|require\s*\()\s*['"]([^'"\n]+)['"]/g;
const LOCAL_SOURCE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const MAX_DEPTH = 3;
const MAX_FILES = 64;

/** The bundler's resolver, from the plugin context unplugin hands the transform hook. */
export function resolverOf(context: unknown): Resolve | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: each bundler's context is its own
  const ctx = context as any;
  const native = ctx.getNativeBuildContext?.();
  if (native?.framework === 'esbuild') {
    return async (specifier, importer) => {
      const result = await native.build.resolve(specifier, {
        kind: 'import-statement',
        importer,
        resolveDir: dirname(importer),
      });
      return result.errors.length === 0 && result.namespace === 'file' ? result.path : undefined;
    };
  }
  const loader = native?.loaderContext;
  if (loader?.getResolve) {
    const resolve = loader.getResolve({});
    return async (specifier, importer) => {
      try {
        return (await resolve(dirname(importer), specifier)) as string | undefined;
      } catch {
        return undefined; // not resolvable from here: left to the runtime
      }
    };
  }
  if (typeof ctx.resolve === 'function') {
    return async (specifier, importer) => {
      const result = await ctx.resolve(specifier, importer, { skipSelf: true });
      return result && !result.external ? (result.id as string) : undefined;
    };
  }
  return undefined;
}

/**
 * The local files the non-relative specifiers of `fileName` (and of the local files it
 * reaches) resolve to, by `importer + '\0' + specifier`; packages and anything else that is
 * not a local source file are left out.
 */
export async function prepareAliases(
  resolve: Resolve,
  fileName: string,
  code: string,
  readFile: (fileName: string) => string | undefined,
  cache: Map<string, Promise<string | undefined>>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const seen = new Set<string>([fileName]);
  const visit = async (file: string, text: string, depth: number): Promise<void> => {
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] as string;
      if (specifier === 'tsenum' || specifier.startsWith('node:')) continue;
      let target: string | undefined;
      if (specifier.startsWith('.')) {
        // The syntax resolver finds relative paths itself; only look inside.
        target = resolveOnDisk(specifier, file, (f) => readFile(f) !== undefined);
      } else {
        const key = `${file}\0${specifier}`;
        let pending = cache.get(key);
        if (!pending) {
          pending = resolve(specifier, file).then(localSource, () => undefined);
          cache.set(key, pending);
        }
        target = await pending;
        if (target) found.set(key, target);
      }
      if (!target || seen.has(target) || seen.size >= MAX_FILES || depth >= MAX_DEPTH) continue;
      seen.add(target);
      const inner = readFile(target);
      if (inner !== undefined && /\bfrom\s*['"][^.'"]/.test(inner)) await visit(target, inner, depth + 1);
    }
  };
  await visit(fileName, code, 0);
  return found;
}

function localSource(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const path = id.replace(/[?#].*$/, '');
  return LOCAL_SOURCE.test(path) && !/[\\/]node_modules[\\/]/.test(path) ? path : undefined;
}
