/**
 * Startup (issue 11): importing a module of 200 enums of 8 members, each looked up once with
 * `of(1)`, in a fresh Node process, against the same module written with TypeScript `enum`s
 * (each looked up once with `E[1]`). Three builds of the same program: TypeScript enums
 * (transpileModule), tsenum runtime only (transpileModule) and tsenum transformed (the
 * `before` transformer). Every sample is its own process; the variants alternate within each
 * round, and a row is the median over rounds of (variant / TypeScript enums in that round).
 *
 * Two times per process, both read inside it with performance.now():
 * - `import`: `require(app)` including loading tsenum (what an app pays);
 * - `define`: the same with tsenum already loaded (the per-enum work alone).
 *
 *   node test/bench/startup.mjs          (also part of `npm run bench`)
 *   BENCH_QUICK=1                        fewer rounds
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compilePlain, compileTransformed, repoRoot } from './compile.mjs';

const ENUMS = 200;
const MEMBERS = 8;

export function startupSources() {
  const tsenum = ["import { Enum } from 'tsenum';"];
  const native = [];
  // The floor of any class form: the same classes with nothing of tsenum (a constructor that
  // stores the value), so 200 classes of 8 static fields each holding a new instance.
  const classes = [];
  for (let e = 0; e < ENUMS; e++) {
    const members = [];
    const values = [];
    for (let m = 0; m < MEMBERS; m++) {
      members.push(`  static readonly M${m} = new E${e}(${m + 1});`);
      values.push(`  M${m} = ${m + 1},`);
    }
    tsenum.push(`export class E${e} extends Enum<number> {\n${members.join('\n')}\n}`);
    tsenum.push(`E${e}.of(1);`);
    native.push(`export enum E${e} {\n${values.join('\n')}\n}`);
    native.push(`E${e}[1];`);
    classes.push(
      `export class E${e} {\n  constructor(readonly value: number) {}\n${members.join('\n')}\n}`,
    );
  }
  return {
    tsenum: `${tsenum.join('\n')}\n`,
    native: `${native.join('\n')}\n`,
    classes: `${classes.join('\n')}\n`,
  };
}

/** The three builds as CommonJS files in a folder under the repository (tsenum resolves). */
export function writeStartupBuilds(dir) {
  const { tsenum, native, classes } = startupSources();
  const plain = compilePlain(new Map([['app', tsenum]])).get('app');
  const transformed = compileTransformed(new Map([['app', tsenum]]));
  if (!transformed.changed.includes('app'))
    throw new Error('startup: the transformer rewrote nothing');
  const enums = compilePlain(new Map([['app', native]])).get('app');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = {
    'ts-enum': enums,
    'plain-class': compilePlain(new Map([['app', classes]])).get('app'),
    'runtime-only': plain,
    transformed: transformed.out.get('app'),
  };
  for (const [name, code] of Object.entries(files))
    writeFileSync(path.join(dir, `${name}.cjs`), code);
  return Object.keys(files).map((name) => ({ name, file: path.join(dir, `${name}.cjs`) }));
}

/**
 * One fresh process: ms for `require(file)`, with tsenum preloaded or not, as wall time and as
 * the process's CPU time (user + system, all threads): on a loaded machine the wall time
 * includes waiting for a core, the CPU time does not.
 */
function sample(file, preload) {
  const script = `
    const { performance } = require('node:perf_hooks');
    ${preload ? "require('tsenum');" : ''}
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    require(${JSON.stringify(file)});
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000 }));`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`startup sample failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function measureStartup({ rounds = 21 } = {}) {
  const dir = path.join(repoRoot, 'test/bench/.virtual/startup');
  const builds = writeStartupBuilds(dir);
  const rows = [];
  for (const preload of [false, true]) {
    const times = new Map(builds.map((b) => [b.name, []]));
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so no variant always runs first after a pause.
      const order = round % 2 ? [...builds].reverse() : builds;
      for (const build of order) times.get(build.name).push(sample(build.file, preload));
    }
    const base = times.get('ts-enum');
    for (const build of builds) {
      const own = times.get(build.name);
      const row = { what: preload ? 'define' : 'import', name: build.name };
      for (const clock of ['cpu', 'wall']) {
        row[clock] = median(own.map((t) => t[clock]));
        row[`${clock}Ratio`] = median(own.map((t, i) => t[clock] / base[i][clock]));
      }
      rows.push(row);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const quick = !!process.env.BENCH_QUICK && process.env.BENCH_QUICK !== '0';
  const rows = measureStartup({ rounds: quick ? 7 : 21 });
  console.log(`startup: ${ENUMS} enums x ${MEMBERS} members + one of(1) each, fresh processes`);
  for (const line of startupTable(rows)) console.log(line);
}

/** The rows as a Markdown table: medians, and the per-round ratio to TypeScript enums. */
export function startupTable(rows) {
  const lines = [
    '| time | build | CPU ms | vs TS enums | wall ms | vs TS enums |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.what} | ${r.name} | ${r.cpu.toFixed(2)} | ${r.cpuRatio.toFixed(2)}× | ${r.wall.toFixed(2)} | ${r.wallRatio.toFixed(2)}× |`,
    );
  }
  return lines;
}
