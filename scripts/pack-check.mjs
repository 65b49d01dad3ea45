#!/usr/bin/env node
// Checks the package as it would be published (`npm run pack:check`):
//   1. a fresh build, then `npm pack` into a temporary folder (scripts ignored: `prepack`, which
//      builds for `npm publish`, would print into pack's JSON);
//   2. the tarball holds only package.json, README.md, LICENSE and dist/**, and every file the
//      export map names;
//   3. publint (strict: warnings count) on the tarball;
//   4. @arethetypeswrong/cli on the tarball, offline: node10, node16 (CJS and ESM), bundler.
// Any problem fails with exit code 1. While transformer/index.ts does not exist yet (it is being
// written), the ./transformer entry is left out of the checks; once it exists it is checked.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hasTransformer = existsSync(join(root, 'transformer/index.ts'));
const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^dist\/.+/,
  // what tsserver's plugin resolution (node10, no `exports`) finds for tsenum/language-service
  /^language-service\/package\.json$/,
];

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const temp = mkdtempSync(join(tmpdir(), 'tsenum-pack-'));
const failures = [];
try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )[0];
  const tarball = join(temp, packed.filename);
  const files = packed.files.map((file) => file.path).sort();
  console.log(`pack-check: ${packed.filename}, ${files.length} files, ${packed.size} bytes`);
  for (const file of files) console.log(`  ${file}`);

  // 2. contents
  for (const file of files) {
    if (!allowed.some((pattern) => pattern.test(file))) failures.push(`unexpected file: ${file}`);
  }
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) failures.push(`missing file: ${required}`);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = hasTransformer
    ? pkg.exports
    : Object.fromEntries(Object.entries(pkg.exports).filter(([key]) => key !== './transformer'));
  for (const target of exportTargets(entries)) {
    if (!files.includes(target.replace(/^\.\//, '')))
      failures.push(`export target not packed: ${target}`);
  }

  // 3. publint
  const data = readFileSync(tarball);
  const lint = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  const transformerMissing = (message) =>
    !hasTransformer &&
    JSON.stringify(message.path).includes('transformer') &&
    message.code === 'FILE_DOES_NOT_EXIST';
  const messages = lint.messages.filter((message) => !transformerMissing(message));
  for (const message of messages) {
    const text = formatMessage(message, lint.pkg, { color: false }) ?? message.code;
    failures.push(`publint ${message.type} ${message.code}: ${text}`);
  }
  const ignored = lint.messages.length - messages.length;
  const note = ignored > 0 ? ` (${ignored} about the not yet written transformer ignored)` : '';
  console.log(`pack-check: publint: ${messages.length} message(s)${note}`);

  // 4. attw (offline: it reads the tarball and its own bundled TypeScript)
  const attw = join(
    dirname(require.resolve('@arethetypeswrong/cli/package.json')),
    'dist/index.js',
  );
  const result = spawnSync(
    process.execPath,
    [
      attw,
      tarball,
      ...['--profile', 'strict', '--format', 'table', '--no-color', '--no-emoji'],
      ...(hasTransformer ? [] : ['--exclude-entrypoints', './transformer']),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) failures.push(`attw exited with ${result.status ?? result.signal}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack-check: ${failures.length} problem(s):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log('pack-check: ok');

/** Every file path in an export map (condition objects and arrays, recursively). */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}
