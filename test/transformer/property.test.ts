/**
 * Property-based: thousands of random and malformed enum class bodies (fast-check) through
 * the transformer. Nothing may throw out of it, whatever compiled untransformed must still
 * compile, and every program must print exactly the same transformed and untransformed.
 * The samples are compiled as one program (one checker for all) to keep it fast; a failure
 * names the seed and prints the program. TSENUM_PROPERTY_RUNS sets the number of samples.
 */
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadTransformer, parseCase, repoRoot, runCase, typescripts } from './compile';

// An internal failure of the transformer fails the test instead of being swallowed.
process.env.TSENUM_TRANSFORMER_STRICT = '1';

const ts = typescripts['6.0'];
const RUNS = Number(process.env.TSENUM_PROPERTY_RUNS ?? 2000);
const SEED = Number(process.env.TSENUM_PROPERTY_SEED ?? 20251121);

const NAMES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  '_x_',
  'toString',
  'of',
  'name',
  'prototype_',
  '_order_',
  '_missing_',
];
const VALUES = [
  '1',
  '2',
  '3',
  '0',
  '-1',
  '1.5',
  "'1'",
  "'a'",
  "'b'",
  "'x y'",
  'true',
  'null',
  'undefined',
  '[1, 2]',
  '{ a: 1 }',
  '2 ** 31',
  '0x10',
  "'A'",
  'NaN',
];

const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('A', 'B', 'C', 'D', 'E') },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('1', '2', '3', '4', '8', "'a'", "'b'") },
  { weight: 1, arbitrary: fc.constantFrom(...VALUES) },
);
const args = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constant('auto()') },
  { weight: 5, arbitrary: value },
  { weight: 1, arbitrary: value.map((v) => `${v}, 'extra'`) },
  { weight: 1, arbitrary: fc.constantFrom('f()', '...[1]', 'auto(), 2') },
);

const clean = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(name, args).map(([n, a]) => `static readonly ${n} = new C(${a});`),
  },
  { weight: 2, arbitrary: fc.tuple(name, args).map(([n, a]) => `static ${n} = new this(${a});`) },
  { weight: 2, arbitrary: fc.tuple(name, name).map(([n, m]) => `static readonly ${n} = C.${m};`) },
  { weight: 2, arbitrary: fc.tuple(name, value).map(([n, v]) => `static readonly ${n} = ${v};`) },
  { weight: 1, arbitrary: name.map((n) => `static ${n}() { return 1; }`) },
  { weight: 1, arbitrary: name.map((n) => `static get ${n}() { return 2; }`) },
  {
    weight: 1,
    arbitrary: fc
      .shuffledSubarray(['A', 'B', 'C', 'D'])
      .map((o) => `static _order_ = '${o.join(' ')}';`),
  },
  { weight: 1, arbitrary: fc.constant('describe() { return 1; }') },
);

/** What the transformer must leave to the runtime, and text that does not even parse. */
const weird = fc.oneof(
  fc.constant('static F = f();'),
  fc.constant('static readonly G = new C(f());'),
  fc.constant('static [k] = new C(9);'),
  fc.constant("static { console.log('block'); }"),
  fc.constant('extra = 1;'),
  fc.constant('#secret() { return 1; }'),
  fc.constant('static _generate_next_value_(n: string, s: number, c: number) { return c * 10; }'),
  fc.constantFrom(
    'static = ;',
    'new C(',
    '}',
    '@',
    'static A = new C(1',
    'static B = C.',
    '{',
    ')',
  ),
);

const element = fc.oneof({ weight: 12, arbitrary: clean }, { weight: 1, arbitrary: weird });

const constructors = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "constructor(v?: any, readonly tag = 't') { super(v); }",
      'constructor(...a: any[]) { super(...a); }',
      'constructor(a?: any, b?: any) { super([a, b]); }',
      "constructor(a?: any) { console.log('made'); super(a); }",
    ),
  },
);

const bases = fc.constantFrom(
  'Enum<any>',
  'Enum<any>',
  'IntEnum',
  'StrEnum',
  'Flag',
  'IntFlag',
  'Base',
  'Hooked',
  'Enum2',
);

const program = fc
  .record({
    base: bases,
    decorator: fc.constantFrom('', '', '', '', '', '@unique', '@verify(UNIQUE, CONTINUOUS)'),
    ctor: constructors,
    body: fc.array(element, { minLength: 1, maxLength: 7 }),
    check: fc.constantFrom('', '', 'unique(C);', 'verify(NAMED_FLAGS)(C);'),
  })
  .map(
    ({
      base,
      decorator,
      ctor,
      body,
      check,
    }) => `import { auto, CONTINUOUS, Enum, Flag, IntEnum, IntFlag, NAMED_FLAGS, StrEnum, unique, UNIQUE, verify } from 'tsenum';
const f = (): any => 3;
const k = 'K';
class Base extends Enum<any> { hello() { return 1; } }
class Hooked extends IntEnum { static _generate_next_value_(n: string) { return n.length; } }
class Enum2 {}
void [auto, CONTINUOUS, Enum, Flag, IntEnum, IntFlag, NAMED_FLAGS, StrEnum, unique, UNIQUE, verify];
const show = (x: any): string => { try { return typeof x === 'function' ? 'fn' : JSON.stringify(x) ?? String(x); } catch { return '?'; } };
try {
  ${decorator}
  class C extends ${base} {
    ${[ctor, ...body].join('\n    ')}
  }
  console.log('keys', Object.keys(C).join(','));
  ${check}
  const all = [...(C as any).memberMap()].map(([n, m]: any) => n + ':' + String(m.name) + '=' + show(m.value) + (m === (C as any)[n] ? '' : '!'));
  console.log(all.join(' '), (C as any).members().length);
} catch (e: any) {
  // The first line only: V8 quotes a class's source text in some messages, and the rewrite
  // changes that text (as any compiler does).
  console.log('error', e?.constructor?.name, String(e?.message).split('\\n')[0]);
}
`,
  );

interface Sample {
  readonly id: string;
  readonly source: string;
  readonly file: string;
}

function compileAll(samples: readonly Sample[], extra: TS.CompilerOptions) {
  const dir = path.join(repoRoot, 'test/transformer/.property');
  const parsed = parseCase('property', '', dir);
  const options: TS.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: [],
    outDir: path.join(dir, '.out'),
    rootDir: dir,
    noEmitOnError: false,
    // Emit without the checker's full pass over thousands of deliberately broken files; the
    // transformer asks the checker for what it needs (symbols) itself.
    noCheck: true,
    ...extra,
  };
  const files = new Map(samples.map((s) => [s.file, s.source]));
  const host = ts.createCompilerHost(options, true);
  const baseGet = host.getSourceFile;
  const plain = new Map<string, string>();
  const transformed = new Map<string, string>();
  let sink = plain;
  Object.assign(host, {
    fileExists: (f: string) => files.has(f) || ts.sys.fileExists(f),
    readFile: (f: string) => files.get(f) ?? ts.sys.readFile(f),
    getSourceFile: (f: string, l: TS.ScriptTarget) => {
      const text = files.get(f);
      return text === undefined ? baseGet(f, l) : ts.createSourceFile(f, text, l, true);
    },
    writeFile: (f: string, text: string) => sink.set(f, text),
  });
  const p = ts.createProgram({ rootNames: [...files.keys()], options, host });
  p.emit();
  sink = transformed;
  const wrapped = loadTransformer().default(p, host, {}, { ts }) as TS.Program;
  const diagnostics = new Map<string, readonly TS.Diagnostic[]>();
  for (const s of samples) {
    const sf = wrapped.getSourceFile(s.file) as TS.SourceFile;
    // tsenum's diagnostics through the wrapped program (the checker's own full check of
    // thousands of broken files would only cost time).
    diagnostics.set(s.id, loadTransformer().getDiagnostics(wrapped, sf, { ts }));
  }
  wrapped.emit();
  return { plain, transformed, diagnostics, parsed, outDir: options.outDir as string };
}

const parses = (js: string | undefined): boolean => {
  if (js === undefined) return false;
  try {
    new vm.Script(js);
    return true;
  } catch {
    return false;
  }
};

const SETTINGS: { name: string; runs: number; options: TS.CompilerOptions }[] = [
  { name: 'ES2022', runs: RUNS, options: {} },
  {
    name: 'ES2017, legacy decorators',
    runs: Math.ceil(RUNS / 4),
    options: { target: ts.ScriptTarget.ES2017, experimentalDecorators: true },
  },
  {
    name: 'ES2022, useDefineForClassFields false',
    runs: Math.ceil(RUNS / 4),
    options: { useDefineForClassFields: false },
  },
];

describe.each(SETTINGS)('random class bodies, $name', ({ runs, options }) => {
  it(`${runs} programs: no exception escapes, output compiles and prints the same`, () => {
    const sources = fc.sample(program, { numRuns: runs, seed: SEED });
    const dir = path.join(repoRoot, 'test/transformer/.property');
    const samples = sources.map((source, i) => ({
      id: `p${i}`,
      source,
      file: path.join(dir, `p${i}.ts`),
    }));
    const t0 = performance.now();
    const { plain, transformed, diagnostics, outDir } = compileAll(samples, options);
    const t1 = performance.now();
    let rewritten = 0;
    let reported = 0;
    for (const s of samples) {
      const out = path.join(outDir, `${s.id}.js`);
      const before = plain.get(out);
      const after = transformed.get(out);
      const context = `seed ${SEED}, sample ${s.id}:\n${s.source}`;
      if (parses(before)) expect(parses(after), context).toBe(true);
      if (after?.includes('tsenum.seal')) rewritten++;
      if (diagnostics.get(s.id)?.some((d) => d.code >= 24001 && d.code < 25000)) reported++;
      const run = (js: string) =>
        runCase({
          outputs: new Map([[out, js]]),
          parsed: {
            name: s.id,
            dir: path.dirname(s.file),
            files: [{ name: `${s.id}.ts`, text: s.source }],
            settings: {},
          },
        } as never);
      if (before !== undefined && after !== undefined && parses(before)) {
        expect(run(after), `${context}\n--- transformed:\n${after}`).toEqual(run(before));
      }
    }
    console.log(`compile ${Math.round(t1 - t0)} ms, run ${Math.round(performance.now() - t1)} ms`);
    // The generator must exercise both sides: rewritten classes and reported errors.
    expect(rewritten).toBeGreaterThan(runs / 20);
    expect(reported).toBeGreaterThan(runs / 5);
    console.log(
      `property: ${runs} programs, ${rewritten} rewritten and sealed, ${reported} with tsenum diagnostics`,
    );
  }, 300_000);
});
