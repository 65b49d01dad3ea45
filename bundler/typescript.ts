/**
 * The TypeScript whose parser the plugin uses: the one the user passes (`typescript` option),
 * else the project's `typescript`, else the one beside tsenum. TypeScript 7's `typescript`
 * has no compiler API (`{ version }` only): then the build fails with the one install line
 * that adds TypeScript 6 beside it, instead of passing with no checks.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { requireCompilerApi } from '../transformer/core';
import type { TsModule } from '../transformer/types';

const loaded = new Map<string, TsModule | Error>();

/** The parser for a project rooted at `root`, or the Error to fail the build with. */
export function typescriptFor(root: string, who: string, given?: unknown): TsModule | Error {
  if (given !== undefined) return attempt(() => requireCompilerApi(given, who));
  let found = loaded.get(root);
  if (!found) {
    found = attempt(() => requireCompilerApi(load(root), who, root));
    loaded.set(root, found);
  }
  return found;
}

function load(root: string): unknown {
  for (const from of [join(root, 'package.json'), import.meta.url]) {
    try {
      return createRequire(from)('typescript');
    } catch {
      // not installed there
    }
  }
  return undefined;
}

function attempt(get: () => TsModule): TsModule | Error {
  try {
    return get();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
