#!/usr/bin/env node
/**
 * `npm run demo` (after `npm run build`): tsenum end to end, through the real `tspc`.
 *
 * 1. Compiles fixtures/demo/ (a small program: payment states with aliases under a state
 *    machine, a permissions Flag, a Planet with a constructor, an HTTP-status IntEnum) with
 *    the one plugin line `{ "transform": "tsenum/transformer", "transformProgram": true }`,
 *    runs the output with node and prints what it shows.
 * 2. Compiles fixtures/demo/broken/ (the same files with two mistakes: a duplicate member name,
 *    and an alias under `@unique`) and prints tspc's diagnostics as a user sees them.
 *
 * Exits 0 when the program compiles, is rewritten by the transformer and runs, and the broken
 * copy fails to build with tsenum's diagnostics; non-zero otherwise. Output goes to a temp dir.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = path.join(repoRoot, 'fixtures/demo');
const tspc = path.join(repoRoot, 'node_modules/ts-patch/bin/tspc.js');

/** Runs node with `args` in `cwd`; resolves with the exit code and the output. */
function run(args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: `${stderr}${error}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}

const heading = (text) => console.log(`\n=== ${text}`);
const indent = (text) => text.trimEnd().replace(/^(?=.)/gm, '  ');
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`FAILED: ${message}`);
};

/** The lines of fixtures/demo/broken/<file> that fixtures/demo/<file> does not have. */
function brokenLines(file) {
  const original = new Set(readFileSync(path.join(demoDir, file), 'utf8').split('\n'));
  return readFileSync(path.join(demoDir, 'broken', file), 'utf8')
    .split('\n')
    .flatMap((text, i) =>
      original.has(text) ? [] : [{ where: `broken/${file}:${i + 1}`, text: text.trim() }],
    );
}

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist/transformer/index.cjs'))) {
    fail('dist/ is missing: run `npm run demo` (it builds first) or `npm run build`');
    return;
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-demo-'));
  try {
    // The compiled program imports 'tsenum' by name: give the temp dir the package, as an
    // install would, and make its .js files ES modules (as fixtures/demo/package.json does).
    mkdirSync(path.join(temp, 'node_modules'));
    symlinkSync(repoRoot, path.join(temp, 'node_modules/tsenum'), 'junction');
    writeFileSync(path.join(temp, 'package.json'), '{ "type": "module" }\n');
    const out = path.join(temp, 'out');
    const brokenOut = path.join(temp, 'broken');

    // Both compiles at once (each takes a few seconds); reported in order.
    const [good, broken] = await Promise.all([
      run([tspc, '-p', '.', '--outDir', out, '--pretty', 'false'], demoDir),
      run([tspc, '-p', 'broken', '--outDir', brokenOut, '--pretty', 'false'], demoDir),
    ]);

    heading('1. fixtures/demo: compiled by tspc with the tsenum/transformer plugin, then run');
    const plugin = /"plugins":.*$/m.exec(readFileSync(path.join(demoDir, 'tsconfig.json'), 'utf8'));
    console.log(`tsconfig.json: ${plugin?.[0] ?? '(no plugins line)'}`);
    console.log('$ tspc -p . --pretty false   (in fixtures/demo; --outDir: a temp dir)');
    if (good.code !== 0) {
      console.log(indent(good.stdout + good.stderr));
      fail(`tspc exited with ${good.code} on the demo program`);
    } else {
      // The transformer resolves aliases at compile time: the alias is no longer constructed.
      const emitted = readFileSync(path.join(out, 'payment.js'), 'utf8');
      const alias = /^\s*static SETTLED = [^\n]*?;/m.exec(emitted)?.[0].trim();
      console.log(
        `(the alias, precomputed in the emitted payment.js: ${alias ?? 'no SETTLED line'})`,
      );
      if (!alias || /\bnew\b/.test(alias)) {
        fail('the transformer did not rewrite Status (the alias is still constructed at run time)');
      }
      console.log('$ node out/main.js');
      const program = await run([path.join(out, 'main.js')], temp);
      console.log((program.stdout + program.stderr).trimEnd());
      if (program.code !== 0) fail(`the demo program exited with ${program.code}`);
    }

    heading('2. fixtures/demo/broken: the same files with two mistakes');
    for (const file of ['payment.ts', 'http.ts']) {
      for (const line of brokenLines(file)) console.log(`  ${line.where.padEnd(21)} ${line.text}`);
    }
    console.log('$ tspc -p broken --pretty false   (in fixtures/demo)');
    const diagnostics = (broken.stdout + broken.stderr).trimEnd();
    console.log(diagnostics);
    const expected = ['error TS24001', 'error TS24008'];
    const missing = expected.filter((code) => !diagnostics.includes(code));
    if (broken.code === 0) fail('the broken copy compiled: tspc exited 0');
    else if (missing.length) fail(`tspc failed, but without tsenum's ${missing.join(' and ')}`);
    else console.log(`The build failed, as it should (tspc exit code ${broken.code}).`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
if (failures.length) {
  console.log(`\nThe demo did not behave as expected (${failures.length} problem(s) above).`);
  process.exitCode = 1;
} else {
  console.log(
    '\nDemo OK: the program compiled and ran; the broken copy failed with our diagnostics.',
  );
}
