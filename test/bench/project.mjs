/**
 * The 300-file compile: ts-patch's `tspc` on a generated project, with the one plugin line of
 * SPEC section 1 and without it, alternating (which one goes first alternates too), a few
 * repetitions; the ratio is the median of the paired ratios.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hrtime } from 'node:process';
import { repoRoot } from './compile.mjs';
import { projectFile } from './generate.mjs';
import { median } from './harness.mjs';

const TSPC = path.join(repoRoot, 'node_modules/ts-patch/bin/tspc.js');

export function timeProjectCompile({ files, repetitions, log }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tsenum-bench-'));
  try {
    mkdirSync(path.join(dir, 'src'));
    mkdirSync(path.join(dir, 'node_modules'));
    // `tsenum` (and so `tsenum/transformer`) resolves to this repository's package.
    symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
    for (let i = 0; i < files; i++)
      writeFileSync(path.join(dir, `src/f${i}.ts`), projectFile(i, files));
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      types: [],
      rootDir: 'src',
    };
    const config = (outDir, plugins) =>
      JSON.stringify({
        compilerOptions: { ...compilerOptions, outDir, ...(plugins ? { plugins } : {}) },
        include: ['src'],
      });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ type: 'commonjs', private: true }),
    );
    writeFileSync(path.join(dir, 'tsconfig.plain.json'), config('out-plain'));
    writeFileSync(
      path.join(dir, 'tsconfig.transformed.json'),
      config('out-transformed', [{ transform: 'tsenum/transformer', transformProgram: true }]),
    );

    const compile = (which) => {
      const t0 = hrtime.bigint();
      const run = spawnSync(process.execPath, [TSPC, '-p', `tsconfig.${which}.json`], {
        cwd: dir,
        encoding: 'utf8',
      });
      const ms = Number(hrtime.bigint() - t0) / 1e6;
      return { ms, status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
    };

    const times = { plain: [], transformed: [] };
    const ratios = [];
    let failure;
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? ['plain', 'transformed'] : ['transformed', 'plain'];
      const round = {};
      for (const which of order) {
        const result = compile(which);
        if (result.status !== 0)
          failure ??= `${which} tspc exited ${result.status}: ${result.output.split('\n').slice(0, 5).join(' | ')}`;
        round[which] = result.ms;
        times[which].push(result.ms);
      }
      ratios.push(round.transformed / round.plain);
      log(
        `  tspc ${files} files, rep ${rep + 1}/${repetitions}: plain ${round.plain.toFixed(0)} ms, transformed ${round.transformed.toFixed(0)} ms`,
      );
    }
    const changed = countChangedOutputs(dir);
    return {
      ratio: median(ratios),
      plainMs: median(times.plain),
      transformedMs: median(times.transformed),
      changed,
      failure,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many emitted files the transformer changed (0 would mean the plugin did nothing). */
function countChangedOutputs(dir) {
  let changed = 0;
  let total = 0;
  let names = [];
  try {
    names = readdirSync(path.join(dir, 'out-plain')).filter((f) => f.endsWith('.js'));
  } catch {
    return { changed: 0, total: 0 };
  }
  for (const name of names) {
    total++;
    try {
      const a = readFileSync(path.join(dir, 'out-plain', name), 'utf8');
      const b = readFileSync(path.join(dir, 'out-transformed', name), 'utf8');
      if (a !== b) changed++;
    } catch {
      changed++;
    }
  }
  return { changed, total };
}
