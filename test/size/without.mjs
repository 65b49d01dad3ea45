// What the Enum-only app (test/size/apps/enum.mjs) would weigh without each part of the runtime
// it carries today (issue 11's 5 kB target): the app bundled from the runtime's sources as
// measure.mjs bundles the built package (esbuild --bundle --minify, ESM, gzip -9), with the
// modules of each row replaced by empty stubs, cumulatively. A measurement for planning only:
// the stubbed bundles do not run. The last row is the definition core alone (the class, its
// lookups, printing, the checks of SPEC section 2 without their messages).
//
//   node test/size/without.mjs

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each row adds its modules to the ones stubbed before it. */
const ROWS = [
  ['nothing (the app as it ships)', []],
  ['`create` (the functional form, SPEC 3)', ['runtime/functional.ts']],
  [
    '`~standard` and `schemaOf` (SPEC 13)',
    ['runtime/schema.ts', 'runtime/standard-schema.ts', 'src/json-schema.ts'],
  ],
  ['`_add_alias_`, `_add_value_alias_` (SPEC 2)', ['runtime/add-alias.ts']],
  [
    'reads inside a member constructor, the constructor reader (SPEC 2)',
    ['runtime/provisional.ts', 'runtime/class-source.ts'],
  ],
  ['every message (CPython words, SPEC 9)', ['src/problems.ts']],
  [
    'reserved names, `_ignore_`, auto() inside arrays',
    ['src/reserved.ts', 'runtime/ignore.ts', 'runtime/auto-elements.ts'],
  ],
];

/** A stub exporting each name the module exports: functions, and objects that answer anything. */
function stub(source) {
  const names = [
    ...source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)/g),
  ].map((m) => m[1]);
  const objects = new Set(
    [...source.matchAll(/export\s+const\s+(\w+)\s*(?::[^=]+)?=\s*\{/g)].map((m) => m[1]),
  );
  return names
    .map((n) =>
      objects.has(n)
        ? `export const ${n} = new Proxy({}, { get: () => () => '' });`
        : `export function ${n}() {}`,
    )
    .join('\n');
}

async function sizeWithout(stubbed) {
  const plugin = {
    name: 'stub',
    setup(build) {
      build.onResolve({ filter: /^tsenum$/ }, () => ({ path: join(root, 'runtime/index.ts') }));
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const module = relative(root, args.path).split('\\').join('/');
        if (!stubbed.includes(module)) return undefined;
        return { contents: `${stub(readFileSync(args.path, 'utf8'))}\nexport {};`, loader: 'ts' };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'test/size/apps/enum.mjs')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    outfile: 'out.js',
    plugins: [plugin],
  });
  const code = result.outputFiles[0].text;
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log('| Enum-only app, also without | min | min+gzip |');
console.log('| --- | ---: | ---: |');
const stubbed = [];
for (const [what, modules] of ROWS) {
  stubbed.push(...modules);
  const { minified, gzipped } = await sizeWithout(stubbed);
  console.log(`| ${what} | ${kB(minified)} | ${kB(gzipped)} |`);
}
