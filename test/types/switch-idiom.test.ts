/**
 * SPEC section 12's idiom for compilers that run no tsenum host (plain `tsc`, TypeScript 7):
 * a class that declares its canonical names (`declare readonly name: 'A' | 'B'`) lets
 * TypeScript itself narrow `switch (m.name)`: a complete switch compiles cleanly under strict +
 * noImplicitReturns, an incomplete one fails (TS7030, TS2366, the `never` check). Spawns the
 * real `tsc` of TypeScript 6.0 and 7.0, once each, on a project of two files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-idiom-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const STATUS = `import { Enum } from 'tsenum';
export class Status extends Enum<number> {
  declare readonly name: 'PENDING' | 'COMPLETED' | 'FAILED'; // the canonical names
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10); // an alias: its name is COMPLETED
  static readonly FAILED = new Status(3);
}
`;
const body = (cases: string) => `import { Status } from './status';
export function label(s: Status) {
  switch (s.name) {
${cases}
  }
}
export function code(s: Status): string {
  switch (s.name) {
${cases}
  }
}
export function checked(s: Status): string {
  switch (s.name) {
${cases}
    default: {
      const unreachable: never = s.name;
      return unreachable;
    }
  }
}
`;
const ALL = `    case 'PENDING': return 'p';
    case 'COMPLETED': return 'c';
    case 'FAILED': return 'f';`;
const SOME = `    case 'PENDING': return 'p';
    case 'COMPLETED': return 'c';`;

function project(): string {
  const dir = path.join(temp, 'idiom');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
  writeFileSync(path.join(dir, 'status.ts'), STATUS);
  writeFileSync(path.join(dir, 'complete.ts'), body(ALL));
  writeFileSync(path.join(dir, 'incomplete.ts'), body(SOME));
  const compilerOptions = {
    target: 'es2022',
    module: 'nodenext',
    strict: true,
    noImplicitReturns: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions }));
  return dir;
}

const dir = project();

describe.each([
  ['6.0', 'typescript'],
  ['7.0', 'typescript-7'],
])('plain tsc %s', (_version, pkg) => {
  it('compiles the complete switch on the declared names and fails the incomplete one', () => {
    const tsc = path.join(repoRoot, 'node_modules', pkg, 'bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const errors = run.stdout
      .split('\n')
      .filter((l) => / error TS/.test(l))
      .map((l) => l.replace(/: error (TS\d+):.*/, ' $1'));
    expect(errors, run.stdout + run.stderr).toEqual([
      'incomplete.ts(2,17) TS7030',
      'incomplete.ts(8,34) TS2366',
      'incomplete.ts(19,13) TS2322',
    ]);
  });
});
