#!/usr/bin/env node
/**
 * The editor plugin's cost (run by run.mjs in a child process of its own; prints one JSON line):
 * two language services of TypeScript 6 over the same 2,000-line file with 50 enums, one of them
 * decorated by tsenum/language-service (dist/), exactly as tsserver decorates it. Each round
 * makes the same one-character edit in both (a new Program, as every keystroke gives) and times
 * `getSemanticDiagnostics` of the file in each, in alternating order; the ratio is the median of
 * the per-round ratios (decorated / plain) of the calls' CPU time. Usage: language-service.mjs [rounds]
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hrtime } from 'node:process';
import { repoRoot } from './compile.mjs';
import { median } from './harness.mjs';

const require = createRequire(import.meta.url);
const ts = require(path.join(repoRoot, 'node_modules/typescript'));
const init = require(path.join(repoRoot, 'dist/language-service/index.cjs'));
const rounds = Number(process.argv[2] ?? 41);
const warmup = 8;

/** One enum (of four kinds in turn) and about 30 lines of ordinary TypeScript using it. */
function block(i) {
  const kind = ['Enum<number>', 'IntEnum', 'StrEnum', 'Flag'][i % 4];
  const value = (k) => (i % 4 === 2 ? `'v${k}'` : i % 4 === 3 ? '' : String(k + 1));
  const members = Array.from(
    { length: 6 },
    (_, k) => `  static readonly M${k} = new E${i}(${value(k)});`,
  ).join('\n');
  return `${i % 5 === 0 ? '@unique\n' : ''}export class E${i} extends ${kind} {
${members}
}

export interface Row${i} {
  readonly id: number;
  readonly kind: E${i};
  readonly label: string;
  readonly tags: readonly string[];
}

export class Table${i} {
  private readonly rows = new Map<number, Row${i}>();
  add(row: Row${i}): this {
    this.rows.set(row.id, row);
    return this;
  }
  byKind(kind: E${i}): Row${i}[] {
    return [...this.rows.values()].filter((r) => r.kind === kind);
  }
  count(kind: E${i}): number {
    return this.byKind(kind).length;
  }

  labels(): string[] {
    return [...this.rows.values()].map((r) => \`\${r.label}: \${r.kind.name}\`);
  }
}

export function use${i}(table: Table${i}, id: number): string {
  const first = E${i}.members()[0] as E${i};
  table.add({ id, kind: first, label: 'row ' + id, tags: [] });
  return table.labels().join(', ') + String(E${i}.size);
}
`;
}

const header = "import { Enum, Flag, IntEnum, StrEnum, unique } from 'tsenum';\n\n";
// One definition error, so that the decorated service is seen to report something.
const mistake =
  '@unique\nexport class Mistake extends Enum<number> {\n  static readonly A = new Mistake(1);\n  static readonly B = new Mistake(1);\n}\n';
const source = header + Array.from({ length: 50 }, (_, i) => block(i)).join('\n') + mistake;

const dir = mkdtempSync(path.join(tmpdir(), 'tsenum-bench-ls-'));
try {
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
  const file = path.join(dir, 'big.ts');
  writeFileSync(file, source);
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: [],
    experimentalDecorators: false,
  };
  const service = () => {
    const state = { version: 0, text: source };
    const host = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [file],
      getScriptVersion: (f) => (f === file ? String(state.version) : '0'),
      getScriptSnapshot: (f) => {
        const text = f === file ? state.text : ts.sys.readFile(f);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => dir,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
    return { state, ls };
  };
  const plain = service();
  const decorated = service();
  const info = {
    languageService: decorated.ls,
    project: { projectService: { logger: { info: () => {} } } },
    config: { name: 'tsenum/language-service' },
  };
  decorated.ls = init({ typescript: ts }).create(info);

  const edit = (s, round) => {
    s.state.version++;
    s.state.text = `${source}// edit ${round}\n`;
  };
  // CPU time of the call (this shared machine's load shows in wall time, not in CPU time).
  const time = (s) => {
    const t0 = hrtime.bigint();
    const c0 = process.cpuUsage();
    const diagnostics = s.ls.getSemanticDiagnostics(file);
    const c = process.cpuUsage(c0);
    const wallMs = Number(hrtime.bigint() - t0) / 1e6;
    return { ms: (c.user + c.system) / 1000, wallMs, diagnostics };
  };
  const ratios = [];
  const plainMs = [];
  const decoratedMs = [];
  let counts;
  for (let round = 0; round < warmup + rounds; round++) {
    edit(plain, round);
    edit(decorated, round);
    const order = round % 2 === 0 ? [plain, decorated] : [decorated, plain];
    const results = new Map(order.map((s) => [s, time(s)]));
    const p = results.get(plain);
    const d = results.get(decorated);
    counts = { plain: p.diagnostics.length, decorated: d.diagnostics.length };
    if (round < warmup) continue;
    ratios.push(d.ms / p.ms);
    plainMs.push(p.ms);
    decoratedMs.push(d.ms);
  }
  const ours = counts.decorated - counts.plain;
  console.log(
    JSON.stringify({
      lines: source.split('\n').length,
      enums: 51, // 50 + the one with the error
      ratio: median(ratios),
      plainMs: median(plainMs),
      decoratedMs: median(decoratedMs),
      extraMs: median(decoratedMs) - median(plainMs),
      counts,
      note: ours === 1 ? undefined : `the plugin reported ${ours} diagnostics, expected 1`,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
