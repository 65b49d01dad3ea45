/**
 * End to end: the built bin (`dist/cli/index.cjs`, the package's `tsenum` bin) spawned on fixture
 * projects in the three layouts a project can have:
 *   - TypeScript 6 as `typescript`: every tspc fixture (one solution tsconfig referencing each
 *     case's project) reports exactly its baseline, in each output format, exit 1; a clean
 *     project exits 0; bad arguments and a missing tsconfig exit 2;
 *   - the official side-by-side layout (`typescript` = `@typescript/typescript6`,
 *     `@typescript/native` = TypeScript 7): checked with TypeScript 6's API;
 *   - TypeScript 7 alone: exit 2 and the one install line.
 * and `--watch`, which reports again when a file changes and clears when it is fixed.
 * Layouts are temporary folders whose node_modules link into this repository's (no network).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { TYPESCRIPT6_BESIDE_7 } from '../../src/problems';
import { parseBaseline, writeFixtureProjects } from '../language-service/projects';
import { repoRoot } from '../transformer/compile';

const BIN = path.join(repoRoot, 'dist/cli/index.cjs');
const modules = path.join(repoRoot, 'node_modules');
const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-cli-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(temp, { recursive: true, force: true });
});

const BROKEN = `import { Enum, unique } from 'tsenum';

export class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly CRIMSON = new Color(1);
}
unique(Color);
`;
const FIXED = BROKEN.replace('CRIMSON = new Color(1)', 'BLUE = new Color(2)');
const LINE =
  "src/color.ts(5,19): error TS24008: duplicate values found in <enum 'Color'>: CRIMSON -> RED";

/** A folder whose node_modules holds these links (name -> folder in node_modules). */
function layout(name: string, links: Record<string, string>): string {
  const dir = path.join(temp, name);
  mkdirSync(path.join(dir, 'node_modules/@typescript'), { recursive: true });
  for (const [link, target] of Object.entries(links))
    symlinkSync(path.join(modules, target), path.join(dir, 'node_modules', link), 'dir');
  return dir;
}

function smallProject(dir: string, source = BROKEN): string {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src/color.ts'), source);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'commonjs',
        moduleResolution: 'bundler',
        strict: true,
        skipLibCheck: true,
        types: [],
        noEmit: true,
      },
      include: ['src'],
    }),
  );
  return dir;
}

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('tsenum check, TypeScript 6 as `typescript`', () => {
  const dir = layout('ts6', { tsenum: '..', typescript: 'typescript' });
  const root = path.join(dir, 'fixtures');
  mkdirSync(root);
  const projects = writeFixtureProjects(root, 6, []);
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({ files: [], references: projects.map((p) => ({ path: `./${p.name}` })) }),
  );
  const expected = projects
    .flatMap((p) => p.baseline.map((e) => ({ ...e, line: `${p.name}/${e.line}` })))
    .map((e) => e.line)
    .sort();
  const runs = Promise.all([
    run(root, 'check', '--no-pretty'),
    run(dir, 'check', '-p', 'fixtures/tsconfig.json', '--format', 'json'),
    run(dir, 'check', '--project=fixtures', '--format', 'github'),
    run(smallProject(path.join(dir, 'clean'), FIXED), 'check'),
    run(dir, 'check', '-p', 'nowhere'),
    run(dir, 'check', '--format', 'xml'),
    run(dir, 'chek'),
    run(root, 'check', '--watch'),
  ]);

  it('text: every fixture reports its baseline, then the count; exit 1', async () => {
    const [text] = await runs;
    const lines = text.stdout.trimEnd().split('\n');
    const found = lines.pop();
    expect(expected.length).toBeGreaterThan(20);
    expect(
      parseBaseline(lines.join('\n'))
        .map((e) => e.line)
        .sort(),
    ).toEqual(expected);
    const files = new Set(expected.map((l) => l.replace(/\(.*/s, ''))).size;
    expect(found).toBe(`Found ${expected.length} errors in ${files} files.`);
    expect(text.status).toBe(1);
  }, 120_000);

  it('json: one array of { file, line, column, code, message }', async () => {
    const [, json] = await runs;
    const problems = JSON.parse(json.stdout) as Record<string, unknown>[];
    const asLines = problems.map(
      (p) => `${p.file}(${p.line},${p.column}): error TS${p.code}: ${p.message}`,
    );
    expect(asLines.sort()).toEqual(expected.map((l) => `fixtures/${l}`).sort());
    expect(Object.keys(problems[0] ?? {})).toEqual(['file', 'line', 'column', 'code', 'message']);
    expect(typeof problems[0]?.code).toBe('number');
    expect(json.stderr).toMatch(
      /^tsenum check: \d+ files checked\. Found \d+ errors in \d+ files\.\n$/,
    );
    expect(json.status).toBe(1);
  });

  it('github: ::error lines', async () => {
    const [, , github] = await runs;
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(expected.length);
    expect(lines).toContain(
      "::error file=fixtures/error-unique/mistake.ts,line=8,col=19,title=TS24008::duplicate values found in <enum 'Decorated'>: FOUR -> THREE",
    );
    for (const line of lines)
      expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=TS\d+::[^\n]+$/);
    expect(github.status).toBe(1);
  });

  it('a clean project: exit 0', async () => {
    const [, , , clean] = await runs;
    expect(clean).toEqual({ status: 0, stdout: 'Found 0 errors.\n', stderr: '' });
  });

  it('cannot run: exit 2 with what is wrong', async () => {
    const [, , , , missing, format, command, watchSolution] = await runs;
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'tsenum check: cannot find a tsconfig.json at nowhere (pass one with -p tsconfig.json|dir)\n',
    );
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(
      /^tsenum check: --format must be text, json or github, not 'xml'\n/,
    );
    expect(command.status).toBe(2);
    expect(command.stderr).toMatch(/^tsenum: unknown command 'chek'/);
    // a solution tsconfig has no files of its own: watching it would report nothing, silently
    expect(watchSolution.status).toBe(2);
    expect(watchSolution.stderr).toMatch(/^tsenum check: --watch checks one project/);
  });
});

describe('tsenum check is tsc --noEmit', () => {
  const dir = layout('noemit', { tsenum: '..', typescript: 'typescript' });

  it('an emit option tsc --noEmit does not check (outDir without rootDir) hides nothing', async () => {
    // TS5011 is an emit-only check: with it, tsc's phases would skip every semantic error.
    const project = smallProject(path.join(dir, 'outdir'));
    const config = JSON.parse(readFileSync(path.join(project, 'tsconfig.json'), 'utf8'));
    config.compilerOptions.outDir = 'out';
    delete config.compilerOptions.noEmit;
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(config));
    const result = await run(project, 'check', '--no-pretty');
    expect(result.stdout).toBe(`${LINE}
Found 1 error in 1 file.
`);
    expect(result.status).toBe(1);
  });

  it('errors of no file: "Found N errors." as tsc says it', async () => {
    const project = path.join(dir, 'extends');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ extends: './nope.json' }));
    writeFileSync(path.join(project, 'a.ts'), 'export const a = 1;\n');
    const result = await run(project, 'check', '--no-pretty');
    expect(result.stdout).toMatch(/error TS5083: Cannot read file .*nope\.json'\.\n/);
    expect(result.stdout).toMatch(/Found 1 error\.\n$/);
    expect(result.status).toBe(1);
  });
});

describe('tsenum check on other TypeScripts', () => {
  it('side by side (`typescript` = @typescript/typescript6): checked with TypeScript 6', async () => {
    const dir = layout('side-by-side', {
      tsenum: '..',
      typescript: '@typescript/typescript6',
      '@typescript/native': 'typescript-7',
    });
    const result = await run(smallProject(dir), 'check');
    expect(result).toEqual({
      status: 1,
      stdout: `${LINE}\nFound 1 error in 1 file.\n`,
      stderr: '',
    });
  });

  it('TypeScript 5.9 as `typescript`: checked with it', async () => {
    const dir = layout('ts59', { tsenum: '..', typescript: 'typescript-5.9' });
    const project = smallProject(dir);
    const config = path.join(project, 'tsconfig.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"bundler"', '"node10"'));
    const result = await run(project, 'check');
    expect(result).toEqual({
      status: 1,
      stdout: `${LINE}\nFound 1 error in 1 file.\n`,
      stderr: '',
    });
  });

  it('TypeScript 7 alone: exit 2 and the one install line', async () => {
    const dir = layout('ts7', { tsenum: '..', typescript: 'typescript-7' });
    const result = await run(smallProject(dir), 'check');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      "the 'typescript' package it found (7.0.2) has no compiler API",
    );
    expect(result.stderr.trimEnd().split('\n').at(-1)?.trim()).toBe(TYPESCRIPT6_BESIDE_7);
  });
});

describe('tsenum check --watch', () => {
  it('reports again on each change: the error, cleared when fixed, back when broken', async () => {
    const dir = smallProject(layout('watch', { tsenum: '..', typescript: 'typescript' }));
    const child = spawn(process.execPath, [BIN, 'check', '--watch', '--format', 'json'], {
      cwd: dir,
    });
    children.push(child);
    const reports: unknown[][] = [];
    let buffer = '';
    let wake = () => {};
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) reports.push(JSON.parse(line));
      wake();
    });
    const nextReport = async (count: number) => {
      while (reports.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return reports[count - 1] as { code: number; line: number }[];
    };
    const first = await nextReport(1);
    expect(first.map((p) => [p.code, p.line])).toEqual([[24008, 5]]);
    writeFileSync(path.join(dir, 'src/color.ts'), FIXED);
    expect(await nextReport(2)).toEqual([]);
    writeFileSync(path.join(dir, 'src/color.ts'), BROKEN);
    expect((await nextReport(3)).map((p) => p.code)).toEqual([24008]);
    child.kill();
  }, 60_000);
});
