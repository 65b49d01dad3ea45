/**
 * `tsenum check` against `tsc --noEmit` on the generated 300-file project (generate.mjs, the
 * project the `tspc` row compiles), both run by the same Node on the same tsconfig, alternating
 * (which one goes first alternates too); the ratio is the median of the paired ratios of CPU
 * time (user + system, written at exit by the preloaded cpu-usage.cjs). Both must find the
 * project clean: the bin's output is checked, so a bin that checked nothing would not pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hrtime } from 'node:process';
import { repoRoot } from './compile.mjs';
import { median } from './harness.mjs';
import { projectOptions, writeProject } from './project.mjs';

const TSC = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const BIN = path.join(repoRoot, 'dist/cli/index.cjs');
const CPU_USAGE = path.join(repoRoot, 'test/bench/cpu-usage.cjs');

export function timeCheck({ files, repetitions, log }) {
  const dir = writeProject(files, 'tsenum-bench-check-');
  try {
    // the project's own TypeScript, which `tsenum check` loads
    symlinkSync(
      path.join(repoRoot, 'node_modules/typescript'),
      path.join(dir, 'node_modules/typescript'),
      'dir',
    );
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...projectOptions, outDir: 'out' },
        include: ['src'],
      }),
    );
    const cpuFile = path.join(dir, 'cpu.json');
    const commands = {
      tsc: [TSC, '--noEmit', '-p', '.'],
      check: [BIN, 'check', '-p', '.', '--no-pretty'],
    };
    const run = (which) => {
      const t0 = hrtime.bigint();
      const child = spawnSync(process.execPath, ['--require', CPU_USAGE, ...commands[which]], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TSENUM_BENCH_CPU_FILE: cpuFile },
      });
      const ms = Number(hrtime.bigint() - t0) / 1e6;
      const usage = JSON.parse(readFileSync(cpuFile, 'utf8'));
      rmSync(cpuFile);
      const output = `${child.stdout}${child.stderr}`.trim();
      return { ms, cpuMs: (usage.user + usage.system) / 1000, status: child.status, output };
    };
    const cpu = { tsc: [], check: [] };
    const wall = { tsc: [], check: [] };
    const ratios = [];
    let failure;
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? ['tsc', 'check'] : ['check', 'tsc'];
      const round = {};
      for (const which of order) {
        const result = run(which);
        round[which] = result;
        cpu[which].push(result.cpuMs);
        wall[which].push(result.ms);
      }
      if (round.tsc.status !== 0) failure ??= `tsc exited ${round.tsc.status}: ${round.tsc.output}`;
      if (round.check.status !== 0 || round.check.output !== 'Found 0 errors.')
        failure ??= `tsenum check exited ${round.check.status}: ${round.check.output.slice(0, 300)}`;
      ratios.push(round.check.cpuMs / round.tsc.cpuMs);
      log(
        `  ${files} files, rep ${rep + 1}/${repetitions}: tsc --noEmit cpu ${round.tsc.cpuMs.toFixed(0)} ms, tsenum check cpu ${round.check.cpuMs.toFixed(0)} ms`,
      );
    }
    return {
      cpuRatio: median(ratios),
      tscCpuMs: median(cpu.tsc),
      checkCpuMs: median(cpu.check),
      tscMs: median(wall.tsc),
      checkMs: median(wall.check),
      failure,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
