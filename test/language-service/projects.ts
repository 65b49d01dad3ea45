/**
 * The tspc fixtures (fixtures/cases/error-*.ts, switch-*.ts) as real projects on disk, for the hosts that
 * read a tsconfig.json (tsserver, `tsenum check`): one folder per case under a temporary root
 * whose node_modules/tsenum links to this repository, with the compiler options the baseline
 * test compiles it with, and what its baseline (fixtures/baselines/<case>.errors.txt) says.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedCase, parseCase, repoRoot } from '../transformer/compile';

/** The one plugins line for both hosts: ts-patch reads `transform`, tsserver reads `name`. */
export const SINGLE_LINE = {
  transform: 'tsenum/transformer',
  transformProgram: true,
  name: 'tsenum/language-service',
} as const;

export interface BaselineError {
  /** `file(line,col): error TSnnnnn: message` (a multi-line message joined by '\n'). */
  readonly line: string;
  readonly code: number;
}

export interface FixtureProject {
  readonly name: string;
  readonly dir: string;
  /** Absolute paths of the case's files. */
  readonly files: readonly string[];
  readonly texts: ReadonlyMap<string, string>;
  /** The baseline's errors, every code. */
  readonly baseline: readonly BaselineError[];
}

/** Every error line of a baseline, with its continuation lines. */
export function parseBaseline(text: string): BaselineError[] {
  const out: { line: string; code: number }[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = /^(?:.*\(\d+,\d+\): )?error TS(\d+): /.exec(line);
    if (m) out.push({ line, code: Number(m[1]) });
    else if (out.length) (out.at(-1) as { line: string }).line += `\n${line}`;
  }
  return out;
}

export const isTsenumCode = (code: number) => code >= 24000 && code < 25000;

export function tsconfigOf(parsed: ParsedCase, major: number, plugins: unknown[]): object {
  const options: Record<string, unknown> = {
    target: 'es2022',
    module: 'commonjs',
    moduleResolution: major >= 6 ? 'bundler' : 'node10',
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: [],
    noEmit: true,
  };
  for (const [key, value] of Object.entries(parsed.settings)) {
    if (key === 'run' || key === 'hosts') continue;
    options[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return { compilerOptions: { ...options, plugins }, include: ['**/*.ts'] };
}

/** The error cases, written under `root` (which gets node_modules/tsenum). */
export function writeFixtureProjects(
  root: string,
  major: number,
  plugins: unknown[] = [SINGLE_LINE],
): FixtureProject[] {
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, path.join(root, 'node_modules/tsenum'), 'dir');
  const casesDir = path.join(repoRoot, 'fixtures/cases');
  return (
    readdirSync(casesDir)
      // error-*, and switch-complete: a case whose point is that it reports nothing (SPEC 12)
      .filter((f) => /^(error-|switch-)/.test(f) && f.endsWith('.ts'))
      .sort()
      .map((f) => {
        const name = f.slice(0, -3);
        const parsed = parseCase(name, readFileSync(path.join(casesDir, f), 'utf8'));
        const dir = path.join(root, name);
        const texts = new Map<string, string>();
        for (const file of parsed.files) {
          const full = path.join(dir, file.name);
          mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(full, file.text);
          texts.set(full, file.text);
        }
        writeFileSync(
          path.join(dir, 'tsconfig.json'),
          JSON.stringify(tsconfigOf(parsed, major, plugins), null, 2),
        );
        const baselineFile = path.join(repoRoot, 'fixtures/baselines', `${name}.errors.txt`);
        let baseline: BaselineError[] = [];
        try {
          baseline = parseBaseline(readFileSync(baselineFile, 'utf8'));
        } catch {
          // no errors.txt: the case has no error
        }
        return { name, dir, files: [...texts.keys()], texts, baseline };
      })
  );
}
