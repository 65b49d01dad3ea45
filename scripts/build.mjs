#!/usr/bin/env node

// Builds the published package into dist/ (run by `npm run build` and so by `npm test`).
//
//   dist/runtime/index.cjs      CJS bundle of runtime/index.ts (+ the src/ it imports): the one
//                               implementation Node runs, whether loaded by require or import
//   dist/runtime/index.mjs      Node's ESM face of index.cjs (`node` condition): one runtime per
//                               process, so `require('tsenum').Enum === (await import('tsenum')).Enum`
//   dist/runtime/*.js,          ESM, one file per source module (not bundled), for bundlers (the
//   dist/src/*.js               `module` condition, and `import` outside Node): with no top-level
//                               side effects and `sideEffects: false`, a bundler drops every
//                               module an app does not reach (an Enum-only app carries no Flag)
//   dist/transformer/index.cjs  CJS bundle of transformer/index.ts (+ src/), `typescript` external
//   dist/transformer/index.mjs  ESM face of index.cjs (one instance, whichever way it is loaded)
//   dist/integrations/drizzle.js, .cjs   `tsenum/drizzle`, ESM and CJS; it imports `tsenum` by
//                               name (external), so it shares the app's one runtime
//   dist/bundler/plugin.mjs     ESM bundle of bundler/plugin.ts (the unplugin core + the compile-time
//                               core), `unplugin` and `typescript` external
//   dist/bundler/<b>.mjs, .cjs  the six entries (vite, rollup, rolldown, esbuild, webpack, rspack):
//                               one line each over plugin.mjs (the .cjs needs require(esm), Node
//                               >= 20.19, as unplugin itself does)
//   dist/language-service/index.cjs  CJS bundle of the tsserver plugin (language-service/index.cts:
//                               `module.exports = init`, what tsserver wants) + the core it uses
//   dist/cli/index.cjs          the `tsenum` bin (cli/index.ts + the core), no declarations
//   dist/**/*.d.ts, *.d.cts     declarations, one per source file, emitted by tsc from
//                               tsconfig.build.json; relative specifiers rewritten to `.js`
//                               (ESM, .d.ts) or `.cjs` (CJS, .d.cts) so Node16 resolution works
//
// transformer/index.ts is optional while it is being written: without it only the runtime is
// built. esbuild warnings fail the build (they are real bugs in the shipped files, e.g.
// `import.meta` in the CJS bundle), and so do declaration-emit errors. Semantic type errors are
// `npm run typecheck`'s job, not this script's, to keep the build fast.
//
// Several people (and their test runs) share one work tree, so the build never empties dist/:
// it writes everything into a staging folder, then moves each file into dist/ with an atomic
// rename and only then deletes files the new build no longer has. A test reading dist/ while
// another build runs sees every file whole, old or new.

import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

// TypeScript is loaded with require, and only on a cache miss: importing its 9 MB CommonJS file
// from ESM makes Node scan it for export names, which costs more than the rest of the build.
const require = createRequire(import.meta.url);
let ts;
const loadTs = () => {
  ts ??= require('typescript');
  return ts;
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cache = join(root, 'node_modules/.cache/tsenum-build');
const stage = join(cache, String(process.pid));
const started = performance.now();

/** The entry points. The transformer is skipped while it does not exist. */
const entries = [
  { name: 'runtime', source: 'runtime/index.ts', required: true },
  { name: 'transformer', source: 'transformer/index.ts', required: false },
  { name: 'drizzle', source: 'integrations/drizzle.ts', required: true },
  { name: 'language-service', source: 'language-service/index.cts', required: false },
  { name: 'cli', source: 'cli/index.ts', required: false, declarations: false },
].filter((entry) => {
  const present = existsSync(join(root, entry.source));
  if (!present && entry.required) fail(`missing ${entry.source}`);
  if (!present) console.log(`build: ${entry.source} does not exist yet, skipped`);
  return present;
});
const hasTransformer = entries.some((entry) => entry.name === 'transformer');
const bundlers = ['vite', 'rollup', 'rolldown', 'esbuild', 'webpack', 'rspack'];
const hasBundler = existsSync(join(root, 'bundler/plugin.ts'));
const has = (name) => entries.some((entry) => entry.name === name);

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
process.on('exit', () => rmSync(stage, { recursive: true, force: true }));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  // Node >= 18 runs ES2022 natively, so class fields, static blocks and #private stay as
  // written: no helpers that would change how statics are defined.
  target: 'es2022',
  minify: false,
  keepNames: true,
  legalComments: 'none',
  // Nothing from node_modules is bundled: the runtime has no dependencies, the transformer
  // uses the `typescript` it is given (an optional peer dependency).
  packages: 'external',
  logLevel: 'silent',
};
const bundle = (source, format, outfile, extra = {}) =>
  esbuild.build({
    ...common,
    entryPoints: [source],
    format,
    outfile: join(stage, outfile),
    ...extra,
  });
// tsconfig.json's `paths` would make esbuild bundle a second copy of the runtime into an
// integration: `tsenum` stays an import, so the app's one runtime is the one it uses.
const integration = { external: ['tsenum'] };

/**
 * The ESM build keeps the module graph: every module reached from runtime/index.ts becomes its
 * own file, its relative imports pointing at the sibling `.js` files. Bundled with every
 * relative import external, so esbuild still transpiles each file on its own; no keepNames
 * (its `__name` calls are side effects to other bundlers; nothing is renamed in a lone module).
 */
const keepModules = {
  name: 'keep-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      return { path: `${args.path.replace(/\.ts$/, '')}.js`, external: true };
    });
  },
};
const runtimeModules = ['runtime', 'src'].flatMap((folder) =>
  listFiles(join(root, folder))
    .filter((file) => /\.ts$/.test(file) && !/\.d\.ts$/.test(file))
    .map((file) => relative(root, file)),
);
const builds = [
  esbuild.build({
    ...common,
    keepNames: false,
    entryPoints: runtimeModules,
    outbase: '.',
    outdir: stage,
    format: 'esm',
    plugins: [keepModules],
  }),
  bundle('runtime/index.ts', 'cjs', 'runtime/index.cjs'),
  bundle('integrations/drizzle.ts', 'esm', 'integrations/drizzle.js', integration),
  bundle('integrations/drizzle.ts', 'cjs', 'integrations/drizzle.cjs', integration),
  // Only its metafile, for the names index.mjs re-exports.
  esbuild.build({
    ...common,
    entryPoints: ['runtime/index.ts'],
    format: 'esm',
    outfile: join(stage, 'runtime/names.js'),
    write: false,
    metafile: true,
  }),
];
if (hasTransformer) {
  builds.push(
    bundle('transformer/index.ts', 'cjs', 'transformer/index.cjs'),
    // Not written: only its metafile, for the names index.mjs re-exports.
    esbuild.build({
      ...common,
      entryPoints: ['transformer/index.ts'],
      format: 'esm',
      outfile: join(stage, 'transformer/names.js'),
      write: false,
      metafile: true,
    }),
  );
}

if (hasBundler) {
  builds.push(bundle('bundler/plugin.ts', 'esm', 'bundler/plugin.mjs'));
  for (const name of bundlers) writeBundlerEntry(name);
}
if (has('language-service')) {
  builds.push(bundle('language-service/index.cts', 'cjs', 'language-service/index.cjs'));
}
if (has('cli')) {
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: ['cli/index.ts'],
      format: 'cjs',
      outfile: join(stage, 'cli/index.cjs'),
      banner: { js: '#!/usr/bin/env node' },
    }),
  );
}

// esbuild works in its own process: emit the declarations (synchronous) meanwhile.
declarations([
  ...entries
    .filter((entry) => entry.declarations !== false)
    .map((entry) => join(root, entry.source)),
  ...(hasBundler ? bundlers.map((name) => join(root, `bundler/${name}.ts`)) : []),
]);

const results = await Promise.allSettled(builds);
let problems = 0;
for (const result of results) {
  if (result.status === 'rejected') {
    problems += 1;
    const messages = result.reason?.errors ?? [];
    if (messages.length === 0) console.error(result.reason);
    else printEsbuild(messages, 'error');
  } else if (result.value.warnings.length > 0) {
    problems += result.value.warnings.length;
    printEsbuild(result.value.warnings, 'warning');
  }
}
if (problems > 0) fail(`esbuild reported ${problems} problem(s)`);

// The names each ESM face re-exports, from the metafile-only builds (runtime/names.js,
// transformer/names.js).
for (const result of results) {
  for (const [file, output] of Object.entries(result.value.metafile?.outputs ?? {})) {
    const face = /(runtime|transformer)\/names\.js$/.exec(file);
    if (face) writeNodeEsm(`${face[1]}/index.mjs`, output.exports);
  }
}

publish();

const ms = Math.round(performance.now() - started);
console.log(`build: ${entries.map((entry) => entry.name).join(' + ')} -> dist/ in ${ms} ms`);

/**
 * An ESM entry for Node that re-exports the CJS bundle beside it instead of being a second
 * bundle: one copy of the state, whichever way it is loaded (the runtime: one Enum class per
 * process; the transformer: `typescript` always loaded with `require`, since an ESM namespace
 * import of TypeScript 4.9 has no named exports).
 */
function writeNodeEsm(file, exports) {
  const names = exports.filter((name) => name !== 'default').sort();
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) fail(`transformer export ${name} is not an identifier`);
  }
  const lines = ["import cjs from './index.cjs';", ''];
  if (exports.includes('default')) lines.push('export default cjs.default;');
  if (names.length > 0) lines.push(`export const { ${names.join(', ')} } = cjs;`);
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  writeFileSync(join(stage, file), `${lines.join('\n')}\n`);
}

/** One bundler's entry: the default export of bundler/<name>.ts, as ESM and as CommonJS. */
function writeBundlerEntry(name) {
  mkdirSync(join(stage, 'bundler'), { recursive: true });
  const esm = [`import { unplugin } from './plugin.mjs';`, '', `export default unplugin.${name};`];
  const cjs = [
    "'use strict';",
    "Object.defineProperty(exports, '__esModule', { value: true });",
    `exports.default = require('./plugin.mjs').unplugin.${name};`,
  ];
  writeFileSync(join(stage, `bundler/${name}.mjs`), `${esm.join('\n')}\n`);
  writeFileSync(join(stage, `bundler/${name}.cjs`), `${cjs.join('\n')}\n`);
}

/**
 * The declarations, from the cache when no source they can depend on has changed (the usual
 * case for `npm test` while only tests change): type-checking for declaration emit is by far
 * the slowest part of the build.
 */
function declarations(rootNames) {
  const hash = createHash('sha256');
  hash.update(`${readFileSync(fileURLToPath(import.meta.url))}\0`);
  const inputs = [
    'src',
    'runtime',
    'transformer',
    'language-service',
    'bundler',
    'integrations',
  ].flatMap((folder) => listFiles(join(root, folder)));
  const configs = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  for (const file of [...inputs, ...configs.map((name) => join(root, name))]) {
    hash.update(`${relative(root, file)}\0${readFileSync(file)}\0`);
  }
  hash.update(rootNames.join('\0'));
  const cached = join(cache, `declarations-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(cached)) {
    emitDeclarations(rootNames);
    for (const old of readdirSync(cache).filter((name) => /^declarations-\w+$/.test(name))) {
      rmSync(join(cache, old), { recursive: true, force: true });
    }
    const temp = `${cached}.${process.pid}`;
    for (const file of listFiles(stage).filter((f) => /\.d\.c?ts$/.test(f))) {
      mkdirSync(dirname(join(temp, relative(stage, file))), { recursive: true });
      copyFileSync(file, join(temp, relative(stage, file)));
    }
    try {
      renameSync(temp, cached);
    } catch {
      rmSync(temp, { recursive: true, force: true }); // another build cached the same meanwhile
    }
    return;
  }
  for (const file of listFiles(cached)) {
    mkdirSync(dirname(join(stage, relative(cached, file))), { recursive: true });
    copyFileSync(file, join(stage, relative(cached, file)));
  }
}

/** tsc (declarations only) into the stage, then a `.d.cts` twin of every `.d.ts`. */
function emitDeclarations(rootNames) {
  loadTs();
  const configPath = join(root, 'tsconfig.build.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) failDiagnostics([config.error]);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  // `files: []` in the config is reported as "no inputs"; the script supplies the inputs.
  const configErrors = parsed.errors.filter((d) => d.code !== 18002);
  if (configErrors.length > 0) failDiagnostics(configErrors);

  const emitted = new Map();
  const options = { ...parsed.options, declarationDir: stage };
  const program = ts.createProgram({ rootNames, options });
  const result = program.emit(undefined, (fileName, text) => {
    emitted.set(resolve(fileName), text);
  });
  const diagnostics = [...program.getOptionsDiagnostics(), ...result.diagnostics];
  if (diagnostics.length > 0) failDiagnostics(diagnostics);

  for (const [fileName, text] of emitted) {
    if (!/\.d\.c?ts$/.test(fileName)) fail(`unexpected emit ${relative(root, fileName)}`);
    if (!fileName.startsWith(stage + sep)) fail(`declaration outside the stage: ${fileName}`);
    mkdirSync(dirname(fileName), { recursive: true });
    if (fileName.endsWith('.d.cts')) {
      // from a CommonJS source (language-service/index.cts): CommonJS only
      writeFileSync(fileName, rewriteSpecifiers(fileName, text, '.cjs', emitted));
      continue;
    }
    writeFileSync(fileName, rewriteSpecifiers(fileName, text, '.js', emitted));
    writeFileSync(
      fileName.replace(/\.d\.ts$/, '.d.cts'),
      rewriteSpecifiers(fileName, text, '.cjs', emitted),
    );
  }
}

/**
 * Points every relative module specifier of a declaration file at the emitted declaration
 * file it means, in the form Node16 resolution wants: `./x` / `./x.ts` / `./x.js` become
 * `./x.js` (or `./x.cjs`), a folder becomes `./folder/index.js`.
 */
function rewriteSpecifiers(fileName, text, extension, emitted) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    let specifier;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      specifier = node.moduleSpecifier;
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      specifier = node.argument.literal;
    } else if (ts.isExternalModuleReference(node)) {
      specifier = node.expression;
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      specifier = node.name;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      edits.push({
        start: specifier.getStart(source) + 1,
        end: specifier.getEnd() - 1,
        text: resolveSpecifier(fileName, specifier.text, extension, emitted),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const ref of source.referencedFiles) {
    fail(`${relative(stage, fileName)}: /// <reference path="${ref.fileName}"> is not supported`);
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

function resolveSpecifier(fromFile, specifier, extension, emitted) {
  const base = specifier.replace(/\.(?:[cm]?[jt]sx?|d\.[cm]?ts)$/, '');
  const target = resolve(dirname(fromFile), base);
  if (emitted.has(`${target}.d.ts`)) return `${base}${extension}`;
  if (emitted.has(join(target, 'index.d.ts'))) return `${base}/index${extension}`;
  return fail(
    `${relative(stage, fromFile)}: cannot resolve '${specifier}' among emitted declarations`,
  );
}

/** Moves the staged files into dist/ (atomic per file), then removes what is no longer built. */
function publish() {
  const built = new Set(listFiles(stage).map((file) => relative(stage, file)));
  for (const file of built) {
    const target = join(dist, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      renameSync(join(stage, file), target);
    } catch (error) {
      if (error.code !== 'EXDEV') throw error;
      const temp = `${target}.${process.pid}.tmp`;
      copyFileSync(join(stage, file), temp);
      renameSync(temp, target);
    }
  }
  for (const file of listFiles(dist)) {
    if (!built.has(relative(dist, file))) rmSync(file, { force: true });
  }
  removeEmptyFolders(dist);
}

function listFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

function removeEmptyFolders(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(join(folder, entry.name));
  }
  if (folder !== dist && readdirSync(folder).length === 0) {
    try {
      rmdirSync(folder);
    } catch {
      // Another build wrote into it meanwhile.
    }
  }
}

function printEsbuild(messages, kind) {
  const lines = esbuild.formatMessagesSync(messages, { kind, color: process.stderr.isTTY });
  for (const line of lines) console.error(line);
}

function failDiagnostics(diagnostics) {
  loadTs();
  const host = {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  fail(`declaration emit reported ${diagnostics.length} problem(s)`);
}

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}
