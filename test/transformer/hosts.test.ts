/**
 * End to end, with the real compilers: TypeScript 6.0 + ts-patch 4 (`tspc`), TypeScript 5.9 +
 * ts-patch 3 (`tspc`, pointed at the npm alias by TSP_COMPILER_TS_PATH) and TypeScript 4.9 +
 * ttypescript (`ttsc`, run in a project whose node_modules/typescript links to the alias).
 * Each compiles a tiny project that installs tsenum as a link to this repository: a
 * definition error fails the build with tsenum's diagnostic, the fixed program builds and
 * runs. For ts-patch 4, every mode: --noEmit, noEmitOnError, incremental, -b and --watch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
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
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './compile';

const modules = path.join(repoRoot, 'node_modules');
const built = existsSync(path.join(repoRoot, 'dist/transformer/index.cjs'));

const BROKEN = `import { Enum, unique } from 'tsenum';

export class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color();
  static readonly CRIMSON = new Color(1);
}
unique(Color);
console.log(Color.members().map((m) => m.name).join(','));
`;
const FIXED = BROKEN.replace('CRIMSON = new Color(1)', 'BLUE = new Color()');
const DIAGNOSTIC =
  "src/color.ts(6,19): error TS24008: duplicate values found in <enum 'Color'>: CRIMSON -> RED";

interface Host {
  readonly name: string;
  readonly bin: string;
  readonly env?: Record<string, string>;
  /** node_modules/typescript of the project links here (ttypescript resolves it from the cwd). */
  readonly typescript?: string;
  readonly plugins: unknown[];
  readonly options?: Record<string, unknown>;
}

const hosts: Host[] = [
  {
    name: 'TypeScript 6.0 + ts-patch 4',
    bin: path.join(modules, 'ts-patch/bin/tspc.js'),
    plugins: [{ transform: 'tsenum/transformer', transformProgram: true }],
  },
  {
    name: 'TypeScript 5.9 + ts-patch 3',
    bin: path.join(modules, 'ts-patch-3/bin/tspc.js'),
    env: { TSP_COMPILER_TS_PATH: path.join(modules, 'typescript-5.9') },
    plugins: [{ transform: 'tsenum/transformer', transformProgram: true }],
  },
  {
    name: 'TypeScript 4.9 + ttypescript',
    bin: path.join(modules, 'ttypescript/bin/tsc'),
    typescript: path.join(modules, 'typescript-4.9'),
    // ttypescript resolves plugins without package `exports`: the file itself.
    plugins: [{ transform: 'tsenum/dist/transformer/index.cjs' }],
    options: { declaration: true },
  },
];

const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-hosts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function project(
  name: string,
  host: Host,
  options: Record<string, unknown> = {},
  source = BROKEN,
): string {
  const dir = path.join(temp, name);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
  if (host.typescript)
    symlinkSync(host.typescript, path.join(dir, 'node_modules/typescript'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  const compilerOptions = {
    target: 'es2022',
    module: 'commonjs',
    strict: true,
    skipLibCheck: true,
    types: [],
    rootDir: 'src',
    outDir: 'out',
    plugins: host.plugins,
    ...host.options,
    ...options,
  };
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, include: ['src'] }, null, 2),
  );
  writeFileSync(path.join(dir, 'src/color.ts'), source);
  return dir;
}

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function compile(host: Host, dir: string, args: string[] = ['-p', dir]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [host.bin, ...args], {
      cwd: dir,
      env: { ...process.env, ...host.env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

function runOutput(dir: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'out/color.js')], { cwd: dir });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Errors in the user's files (not in declaration files of packages). */
const userErrors = (output: string): string[] =>
  output.split('\n').filter((l) => /^src\/.*error TS\d+/.test(l));

describe.skipIf(!built).each(hosts)('$name', (host) => {
  it("fails on a definition error with tsenum's diagnostic, builds and runs once fixed", async () => {
    const slug = host.name.replace(/\W+/g, '-');
    const broken = project(`${slug}-broken`, host);
    const fixed = project(`${slug}-fixed`, host, {}, FIXED);
    // ts-patch hosts fail --noEmit too (ttypescript reports from the declaration pass only).
    const noEmit = host.typescript ? undefined : compile(host, broken, ['-p', broken, '--noEmit']);
    const [bad, good, checked] = await Promise.all([
      compile(host, broken),
      compile(host, fixed),
      noEmit,
    ]);
    expect(bad.status, bad.output).not.toBe(0);
    expect(userErrors(bad.output)).toEqual([DIAGNOSTIC]);
    if (checked) {
      expect(checked.status, checked.output).not.toBe(0);
      expect(userErrors(checked.output)).toEqual([DIAGNOSTIC]);
    }
    expect(userErrors(good.output), good.output).toEqual([]);
    // Every host, TypeScript 4.9 included, parses tsenum's shipped declarations: a clean build.
    expect(good.status, good.output).toBe(0);
    const js = readFileSync(path.join(fixed, 'out/color.js'), 'utf8');
    expect(js).toContain('static BLUE = new Color(3);');
    expect(js).toContain(
      '[Symbol.for("tsenum.table")]("Color", ["RED", "GREEN", "BLUE"], [1, 2, 3])',
    );
    expect(js).toContain('[Symbol.for("tsenum.seal")]()');
    expect((await runOutput(fixed)).output).toBe('RED,GREEN,BLUE\n');
  });
});

describe.skipIf(!built)('TypeScript 6.0 + ts-patch 4, every mode', () => {
  const host = hosts[0] as Host;

  it('--noEmit, noEmitOnError, incremental and -b fail on the error', async () => {
    const noEmit = project('mode-noemit', host);
    const noEmitOnError = project('mode-noemitonerror', host, { noEmitOnError: true });
    const incremental = project('mode-incremental', host, { incremental: true });
    const build = project('mode-build', host, { composite: true });
    const runs = await Promise.all([
      compile(host, noEmit, ['-p', noEmit, '--noEmit']),
      compile(host, noEmitOnError),
      compile(host, incremental),
      compile(host, build, ['-b', build]),
    ]);
    for (const run of runs) {
      expect(run.status, run.output).not.toBe(0);
      expect(userErrors(run.output), run.output).toEqual([DIAGNOSTIC]);
    }
    expect(existsSync(path.join(noEmitOnError, 'out/color.js'))).toBe(false);
    // The error is remembered (tsbuildinfo) while the file is unchanged, and clears once fixed.
    const again = await compile(host, incremental);
    expect(userErrors(again.output)).toEqual([DIAGNOSTIC]);
    writeFileSync(path.join(incremental, 'src/color.ts'), FIXED);
    writeFileSync(path.join(build, 'src/color.ts'), FIXED);
    const [fixedIncremental, fixedBuild] = await Promise.all([
      compile(host, incremental),
      compile(host, build, ['-b', build]),
    ]);
    expect(fixedIncremental.status, fixedIncremental.output).toBe(0);
    expect(fixedBuild.status, fixedBuild.output).toBe(0);
    expect((await runOutput(build)).output).toBe('RED,GREEN,BLUE\n');
  });

  it('--watch reports the error, and clears it when the file is fixed', async () => {
    const dir = project('mode-watch', host);
    const child: ChildProcess = spawn(
      process.execPath,
      [host.bin, '-p', dir, '--watch', '--preserveWatchOutput'],
      { cwd: dir },
    );
    let output = '';
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)),
          25_000,
        );
        const check = () => {
          const tail = output.slice(from);
          if (pattern.test(tail)) {
            clearTimeout(timer);
            child.stdout?.off('data', check);
            resolve(tail);
          }
        };
        child.stdout?.on('data', check);
        check();
      });
    child.stdout?.on('data', (d) => (output += d));
    try {
      const first = await waitFor(/Found \d+ errors?\. Watching for file changes/, 0);
      expect(userErrors(first)).toEqual([DIAGNOSTIC]);
      const mark = output.length;
      writeFileSync(path.join(dir, 'src/color.ts'), FIXED);
      const second = await waitFor(/Found \d+ errors?\. Watching for file changes/, mark);
      expect(second).toContain('Found 0 errors');
      const mark2 = output.length;
      writeFileSync(path.join(dir, 'src/color.ts'), BROKEN);
      const third = await waitFor(/Found \d+ errors?\. Watching for file changes/, mark2);
      expect(userErrors(third)).toEqual([DIAGNOSTIC]);
    } finally {
      child.kill();
    }
  });
});

// SPEC section 12: under strict + noImplicitReturns, a complete switch over an enum builds
// (tsenum answers TypeScript's TS2366 there), an incomplete one fails with TS24020. ttypescript
// reports from the declaration pass and cannot drop the compiler's own diagnostics.
const SWITCHES = `import { Enum } from 'tsenum';

export class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}
export function label(s: Status): string {
  switch (s) {
    case Status.PENDING:
      return 'p';
    case Status.SETTLED:
      return 's';
  }
}
export function partial(s: Status): string {
  switch (s) {
    case Status.PENDING:
      return 'p';
    default:
      return 'other';
  }
}
export function missing(s: Status): number {
  switch (s) {
    case Status.COMPLETED:
      return 1;
  }
  return 0;
}
console.log(Status.members().map(label).join(','));
`;

describe.skipIf(!built).each(hosts.slice(0, 2))('$name, switch over an enum', (host) => {
  it('builds a complete switch and fails an incomplete one with TS24020', async () => {
    const slug = host.name.replace(/\W+/g, '-');
    const dir = project(`${slug}-switch`, host, { noImplicitReturns: true }, SWITCHES);
    const run = await compile(host, dir);
    expect(userErrors(run.output)).toEqual([
      'src/color.ts(25,11): error TS24020: switch over Status does not handle PENDING',
    ]);
  }, 90_000); // one tspc spawn: ~2 s alone, much more on a loaded shared machine
});
