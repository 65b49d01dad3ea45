#!/usr/bin/env node
// Builds the published package into dist/ (run by `npm run build` and so by `npm test`).
//
//   dist/runtime/index.js       ESM bundle of runtime/index.ts (+ the src/ it imports)
//   dist/runtime/index.cjs      CJS bundle of the same
//   dist/transformer/index.cjs  CJS bundle of transformer/index.ts (+ src/), `typescript` external
//   dist/transformer/index.mjs  ESM face of index.cjs (one instance, whichever way it is loaded)
//   dist/**/*.d.ts, *.d.cts     declarations, one per source file, emitted by tsc from
//                               tsconfig.build.json; relative specifiers rewritten to `.js`
//                               (ESM, .d.ts) or `.cjs` (CJS, .d.cts) so Node16 resolution works
//
// transformer/index.ts is optional while it is being written: without it only the runtime is
// built. esbuild warnings fail the build (they are real bugs in the shipped files, e.g.
// `import.meta` in the CJS bundle), and so do declaration-emit errors. Semantic type errors are
// `npm run typecheck`'s job, not this script's, to keep the build fast.

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();

/** Entry points: [source, output folder]. The transformer is skipped while it does not exist. */
const entries = [
  { name: 'runtime', source: 'runtime/index.ts', required: true },
  { name: 'transformer', source: 'transformer/index.ts', required: false },
].filter((entry) => {
  const present = existsSync(join(root, entry.source));
  if (!present && entry.required) fail(`missing ${entry.source}`);
  if (!present) console.log(`build: ${entry.source} does not exist yet, skipped`);
  return present;
});

rmSync(dist, { recursive: true, force: true });

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
  write: true,
};

const builds = [];
for (const entry of entries) {
  if (entry.name === 'runtime') {
    builds.push(
      esbuild.build({
        ...common,
        entryPoints: [entry.source],
        format: 'esm',
        outfile: 'dist/runtime/index.js',
      }),
      esbuild.build({
        ...common,
        entryPoints: [entry.source],
        format: 'cjs',
        outfile: 'dist/runtime/index.cjs',
      }),
    );
  } else {
    builds.push(
      esbuild.build({
        ...common,
        entryPoints: [entry.source],
        format: 'cjs',
        outfile: 'dist/transformer/index.cjs',
      }),
    );
  }
}

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

if (entries.some((entry) => entry.name === 'transformer')) writeTransformerEsm();
emitDeclarations(entries.map((entry) => join(root, entry.source)));

const ms = Math.round(performance.now() - started);
console.log(`build: ${entries.map((entry) => entry.name).join(' + ')} -> dist/ in ${ms} ms`);

/**
 * The ESM transformer entry re-exports the CJS bundle instead of being a second bundle: one
 * copy of the transformer's state, and `typescript` is always loaded with `require` (an ESM
 * namespace import of TypeScript 4.9 has no named exports).
 */
function writeTransformerEsm() {
  const require = createRequire(import.meta.url);
  const cjs = require(join(dist, 'transformer/index.cjs'));
  const names = Object.keys(cjs).filter((name) => name !== 'default' && name !== '__esModule');
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) fail(`transformer export ${name} is not an identifier`);
  }
  const lines = ["import transformer from './index.cjs';", ''];
  if ('default' in cjs) lines.push('export default transformer.default;');
  if (names.length > 0) lines.push(`export const { ${names.join(', ')} } = transformer;`);
  writeFileSync(join(dist, 'transformer/index.mjs'), `${lines.join('\n')}\n`);
}

/** tsc (declarations only) into dist/, then a `.d.cts` twin of every `.d.ts`. */
function emitDeclarations(rootNames) {
  const configPath = join(root, 'tsconfig.build.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) failDiagnostics([config.error]);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  // `files: []` in the config is reported as "no inputs"; the script supplies the inputs.
  const configErrors = parsed.errors.filter((d) => d.code !== 18002);
  if (configErrors.length > 0) failDiagnostics(configErrors);

  const emitted = new Map();
  const program = ts.createProgram({ rootNames, options: parsed.options });
  const result = program.emit(undefined, (fileName, text) => {
    emitted.set(resolve(fileName), text);
  });
  const diagnostics = [...program.getOptionsDiagnostics(), ...result.diagnostics];
  if (diagnostics.length > 0) failDiagnostics(diagnostics);

  for (const [fileName, text] of emitted) {
    if (!fileName.endsWith('.d.ts')) fail(`unexpected emit ${relative(root, fileName)}`);
    if (!fileName.startsWith(dist)) fail(`declaration outside dist/: ${fileName}`);
    mkdirSync(dirname(fileName), { recursive: true });
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
    fail(`${relative(root, fileName)}: /// <reference path="${ref.fileName}"> is not supported`);
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
    `${relative(root, fromFile)}: cannot resolve '${specifier}' among emitted declarations`,
  );
}

function printEsbuild(messages, kind) {
  const lines = esbuild.formatMessagesSync(messages, { kind, color: process.stderr.isTTY });
  for (const line of lines) console.error(line);
}

function failDiagnostics(diagnostics) {
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
