/**
 * tsenum's bundler plugin, written once on unplugin (SPEC section 11): each module that
 * mentions `tsenum` is parsed, its enum classes traced through its imports (the syntax
 * resolver of the compile-time core, no type checker), and then either its definition errors
 * fail the build (with the file, line and column, in `loc` and, for webpack and rspack, which
 * drop it, in the message), or it gets the transformer's rewrite: auto values and aliases
 * precomputed, the declared name recorded, `@unique` / `@verify(...)` turned into calls.
 * This file turns the core's findings and edits into the bundler's terms and does nothing else.
 */
import { readFileSync } from 'node:fs';
import { createUnplugin, type UnpluginInstance } from 'unplugin';
import { analyzeSource, type HostFinding } from '../transformer/syntax-core';
import type { TS, TsModule } from '../transformer/types';
import { prepareAliases, resolverOf } from './resolve';
import { splice } from './splice';
import { typescriptFor } from './typescript';

export interface Options {
  /** The TypeScript module to parse with (default: the project's `typescript`). */
  readonly typescript?: TsModule;
}

const SOURCE = /\.[cm]?[jt]sx?(?:$|\?)/;
/** An import of something that is neither a relative path nor tsenum itself. */
const ALIASED = /\bfrom\s*['"](?!\.|tsenum['"]|node:)/;

export const unplugin: UnpluginInstance<Options | undefined, false> = createUnplugin<
  Options | undefined,
  false
>((options, meta) => {
  const who = `tsenum/${meta.framework}`;
  const parsed = new Map<string, TS.SourceFile>();
  const host = { readFile, parsed };
  const resolved = new Map<string, Promise<string | undefined>>();
  let root = process.cwd();
  const inText = meta.framework === 'webpack' || meta.framework === 'rspack';
  return {
    name: 'tsenum',
    enforce: 'pre',
    vite: {
      configResolved(config) {
        root = config.root;
      },
    },
    transform: {
      // Files that neither mention tsenum nor extend a class are never parsed; the core
      // checks the rest by text first (mayUseTsenum).
      filter: {
        id: { include: [SOURCE], exclude: [/[\\/]node_modules[\\/]/] },
        code: { include: ['tsenum', /\bextends\b/] },
      },
      async handler(code, id) {
        const fileName = id.replace(/[?#].*$/, '');
        const ts = typescriptFor(root, who, options?.typescript);
        if (ts instanceof Error) return this.error({ id: fileName, message: ts.message });
        // Aliased imports (`@/enums/base`) are answered by the bundler's resolver, beforehand.
        const resolve = ALIASED.test(code) ? resolverOf(this) : undefined;
        const aliases = resolve && (await prepareAliases(resolve, fileName, code, readFile, resolved));
        const fileHost = aliases?.size
          ? { ...host, resolveModule: (s: string, from: string) => aliases.get(`${from}\0${s}`) }
          : host;
        const { findings, edits } = analyzeSource(ts, fileHost, fileName, code);
        const [first] = findings;
        if (first) {
          const lines = findings.map((f, i) => (i === 0 && !inText ? heading(f) : located(f)));
          return this.error({
            id: fileName,
            message: lines.join('\n'),
            code: `TS${first.code}`,
            loc: { file: fileName, line: first.line, column: first.column - 1 },
          });
        }
        if (edits.length === 0) return null;
        return splice(code, edits, fileName);
      },
    },
  };
});

/** The message as tsc words it: `error TS24008: duplicate values found in ...`. */
function heading(f: HostFinding): string {
  return `error TS${f.code}: ${f.message}`;
}

/** tsc's one-line form, with the place: `colors.ts(6,19): error TS24008: ...`. */
function located(f: HostFinding): string {
  return `${f.file}(${f.line},${f.column}): ${heading(f)}`;
}

function readFile(fileName: string): string | undefined {
  try {
    return readFileSync(fileName, 'utf8');
  } catch {
    return undefined;
  }
}
