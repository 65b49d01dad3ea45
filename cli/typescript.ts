/**
 * The TypeScript `tsenum check` runs: the project's own `typescript`, resolved from the
 * project's folder as the project's tools would. It must have the compiler API: TypeScript 5.9 or
 * 6.0, or the official side-by-side layout (`typescript` = `@typescript/typescript6`, TypeScript 7
 * as `@typescript/native`). TypeScript 7 alone, or none, is an error naming the fix (exit 2).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { hostMessages } from '../src/problems';
import { hasCompilerApi } from '../transformer/core';
import type { TsModule } from '../transformer/types';

const WHO = 'tsenum check';

export type Found = { readonly ts: TsModule; readonly path: string } | { readonly error: string };

export function findTypeScript(projectDir: string): Found {
  const require = createRequire(path.join(projectDir, '__tsenum__.js'));
  let resolved: string;
  try {
    resolved = require.resolve('typescript');
  } catch {
    return { error: hostMessages.noTypeScript(WHO, projectDir) };
  }
  const ts: unknown = require(resolved);
  if (!hasCompilerApi(ts)) {
    const version = (ts as { version?: unknown }).version;
    return { error: hostMessages.noCompilerApi(WHO, typeof version === 'string' ? version : '') };
  }
  return { ts, path: resolved };
}
