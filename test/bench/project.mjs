/**
 * The 300-file compile: ts-patch's `tspc` on a generated project, with the one plugin line of
 * SPEC section 1 and without it, alternating (which one goes first alternates too), a few
 * repetitions; the ratio is the median of the paired ratios, of CPU time (user + system of the
 * tspc process, reported by cpu-usage.cjs) and of wall time.
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
const CPU_USAGE = path.join(repoRoot, 'test/bench/cpu-usage.cjs');

/** The generated project's compiler options (the `tspc` and `tsenum check` rows share them). */
export const projectOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  types: [],
  rootDir: 'src',
};

/** Writes the generated project into a new temporary folder and returns the folder. */
export function writeProject(files, prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(dir, 'src'));
  mkdirSync(path.join(dir, 'node_modules'));
  // `tsenum` (and so `tsenum/transformer`) resolves to this repository's package.
  symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
  for (let i = 0; i < files; i++)
    writeFileSync(path.join(dir, `src/f${i}.ts`), projectFile(i, files));
  return dir;
}

export function timeProjectCompile({ files, repetitions, log }) {
  const dir = writeProject(files, 'tsenum-bench-');
  try {
    const compilerOptions = projectOptions;
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

    const cpuFile = path.join(dir, 'cpu.json');
    const compile = (which) => {
      const t0 = hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        ['--require', CPU_USAGE, TSPC, '-p', `tsconfig.${which}.json`],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, TSENUM_BENCH_CPU_FILE: cpuFile } },
      );
      const ms = Number(hrtime.bigint() - t0) / 1e6;
      let cpuMs = Number.NaN;
      try {
        const usage = JSON.parse(readFileSync(cpuFile, 'utf8'));
        cpuMs = (usage.user + usage.system) / 1000;
        rmSync(cpuFile);
      } catch {
        // no CPU figure: the wall time still counts
      }
      return { ms, cpuMs, status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
    };

    const times = { plain: [], transformed: [] };
    const cpu = { plain: [], transformed: [] };
    const ratios = [];
    const cpuRatios = [];
    let failure;
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? ['plain', 'transformed'] : ['transformed', 'plain'];
      const round = {};
      for (const which of order) {
        const result = compile(which);
        if (result.status !== 0) {
          failure ??= `${which} tspc exited ${result.status}: ${result.output.split('\n').slice(0, 5).join(' | ')}`;
        }
        round[which] = result;
        times[which].push(result.ms);
        cpu[which].push(result.cpuMs);
      }
      ratios.push(round.transformed.ms / round.plain.ms);
      cpuRatios.push(round.transformed.cpuMs / round.plain.cpuMs);
      log(
        `  tspc ${files} files, rep ${rep + 1}/${repetitions}: plain ${round.plain.ms.toFixed(0)} ms (cpu ${round.plain.cpuMs.toFixed(0)}), transformed ${round.transformed.ms.toFixed(0)} ms (cpu ${round.transformed.cpuMs.toFixed(0)})`,
      );
    }
    const changed = countChangedOutputs(dir);
    return {
      ratio: median(ratios),
      cpuRatio: median(cpuRatios),
      plainMs: median(times.plain),
      transformedMs: median(times.transformed),
      plainCpuMs: median(cpu.plain),
      transformedCpuMs: median(cpu.transformed),
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
