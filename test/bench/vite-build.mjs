#!/usr/bin/env node
/**
 * The bundler plugin's cost (issue 10): a Vite 8 production build (`vite build`, minified) of a
 * generated 300-module app, 100 of whose modules each declare an enum (`@unique`, auto values)
 * and 200 of which are ordinary TypeScript with no `tsenum` in them (one class of
 * each extends another, as ordinary code does), built with
 * tsenum/vite and without it, alternating which goes first, after one unmeasured warm-up
 * build of each. The ratio is the median of the paired ratios, of wall time and of this
 * process's CPU time (Rolldown's native threads included).
 *
 * "Files without tsenum are skipped before parsing", measured in the same builds: how many
 * modules without `tsenum` in their code reach the plugin's transform handler (a hook filter
 * on the code keeps them in Rolldown) and the time spent there (a parse of one of these
 * modules takes about a millisecond); and a build of the same app with no `tsenum` anywhere,
 * with the plugin and without: the plugin's floor.
 *
 * Run by `npm run bench` (test/bench/run.mjs) in a child process, or alone:
 * `node test/bench/vite-build.mjs [repetitions]`; prints one JSON line on stdout.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODULES = 300;
const ENUM_EVERY = 3; // 100 of 300

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function enumModule(i) {
  return `import { Enum, unique } from 'tsenum';
import { helper${(i + 1) % MODULES} } from './m${(i + 1) % MODULES}';

@unique
export class Color${i} extends Enum<number> {
  static readonly RED = new Color${i}(1);
  static readonly GREEN = new Color${i}(2);
  static readonly BLUE = new Color${i}();
  static readonly CYAN = new Color${i}(10);
  static readonly MAGENTA = new Color${i}();
  describe(): string {
    return \`\${this.name} is \${this.value}\`;
  }
}

export function helper${i}(n: number): string {
  return Color${i}.of((n % 3) + 1).describe() + helper${(i + 1) % MODULES}.name;
}
`;
}

function plainModule(i) {
  const next = (i + 1) % MODULES;
  return `import { helper${next} } from './m${next}';

export interface Row${i}<T> {
  readonly id: number;
  readonly label: string;
  readonly payload: T;
  readonly tags: readonly string[];
}

export class Store${i}<T> {
  private readonly rows = new Map<number, Row${i}<T>>();
  add(row: Row${i}<T>): this {
    this.rows.set(row.id, row);
    return this;
  }
  byTag(tag: string): Row${i}<T>[] {
    return [...this.rows.values()].filter((r) => r.tags.includes(tag));
  }
  summary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.rows.values()) for (const t of r.tags) out[t] = (out[t] ?? 0) + 1;
    return out;
  }
}

// A class that extends another, as ordinary code has: it passes a code filter on 'extends'.
export class TaggedStore${i} extends Store${i}<string> {
  tagged(): number {
    return this.byTag('t').length;
  }
}

type Shape${i} = { kind: 'circle'; r: number } | { kind: 'square'; side: number };
export function area${i}(s: Shape${i}): number {
  switch (s.kind) {
    case 'circle':
      return Math.PI * s.r * s.r;
    case 'square':
      return s.side * s.side;
  }
}

export function helper${i}(n: number): string {
  const store = new TaggedStore${i}().add({ id: n, label: 'n' + n, payload: 'x', tags: ['a'] });
  return JSON.stringify(store.summary()) + area${i}({ kind: 'square', side: n }) + helper${next}.name;
}
`;
}

/** Writes the app; `withEnums` false gives the same app with no tsenum module at all. */
function writeApp(dir, withEnums) {
  mkdirSync(dir, { recursive: true });
  const names = [];
  for (let i = 0; i < MODULES; i++) {
    const isEnum = withEnums && i % ENUM_EVERY === 0;
    writeFileSync(path.join(dir, `m${i}.ts`), isEnum ? enumModule(i) : plainModule(i));
    names.push(`helper${i}`);
  }
  const imports = names.map((n, i) => `import { ${n} } from './m${i}';`).join('\n');
  writeFileSync(
    path.join(dir, 'main.ts'),
    `${imports}\nconsole.log([${names.join(', ')}].map((f, i) => f(i)).join('').length);\n`,
  );
  return path.join(dir, 'main.ts');
}

/**
 * Counts the calls of the plugin's transform handler and the time spent in them, apart for
 * modules whose code has `tsenum` in it and modules whose code has not: a plugin that skips the
 * latter before parsing gets no call for them (a hook filter) or spends next to nothing in it.
 */
function instrument(plugin) {
  const fresh = () => ({ withTsenum: 0, withTsenumMs: 0, without: 0, withoutMs: 0 });
  let counts = fresh();
  let on = false;
  const wrap = (fn) =>
    async function (code, ...rest) {
      if (!on) return fn.call(this, code, ...rest);
      const t0 = performance.now();
      try {
        return await fn.call(this, code, ...rest);
      } finally {
        const ms = performance.now() - t0;
        if (code.includes('tsenum')) {
          counts.withTsenum++;
          counts.withTsenumMs += ms;
        } else {
          counts.without++;
          counts.withoutMs += ms;
        }
      }
    };
  const hook = plugin.transform;
  if (typeof hook === 'function') plugin.transform = wrap(hook);
  else if (hook && typeof hook.handler === 'function')
    plugin.transform = { ...hook, handler: wrap(hook.handler) };
  return {
    filter: typeof hook === 'object' ? (hook.filter ?? null) : null,
    start() {
      counts = fresh();
      on = true;
    },
    stop() {
      on = false;
      return {
        ...counts,
        withTsenumMs: Math.round(counts.withTsenumMs),
        withoutMs: +counts.withoutMs.toFixed(2),
      };
    },
  };
}

async function main() {
  const repetitions = Number(process.argv[2] ?? 5);
  let pluginFactory;
  try {
    pluginFactory = (await import('tsenum/vite')).default;
  } catch (error) {
    console.log(JSON.stringify({ note: `tsenum/vite not built (${error.code ?? error.message})` }));
    return;
  }
  const { build } = await import('vite');
  const dir = mkdtempSync(path.join(tmpdir(), 'tsenum-vite-bench-'));
  try {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(repoRoot, path.join(dir, 'node_modules/tsenum'), 'dir');
    const appEntry = writeApp(path.join(dir, 'app'), true);
    const bareEntry = writeApp(path.join(dir, 'bare'), false);

    const once = async (entry, withPlugin) => {
      let probe;
      const plugins = [];
      if (withPlugin) {
        const plugin = pluginFactory();
        const list = Array.isArray(plugin) ? plugin : [plugin];
        probe = instrument(list[0]);
        plugins.push(...list);
      }
      probe?.start();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await build({
        configFile: false,
        root: path.dirname(entry),
        logLevel: 'silent',
        plugins,
        // tsenum is linked into node_modules from this repository: keep the link's path, so
        // that its runtime is a node_modules file, as in an application (the plugin's filter
        // leaves node_modules alone).
        resolve: { preserveSymlinks: true },
        build: { write: false, rolldownOptions: { input: entry } },
      });
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      return {
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        counts: probe && { ...probe.stop(), filter: probe.filter },
      };
    };

    // Warm-up (JIT, file cache), unmeasured.
    await once(appEntry, false);
    await once(appEntry, true);

    const wall = [];
    const cpu = [];
    const times = { plain: [], plugin: [] };
    let counts;
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? [false, true] : [true, false];
      const round = {};
      for (const withPlugin of order) {
        const r = await once(appEntry, withPlugin);
        round[withPlugin ? 'plugin' : 'plain'] = r;
        times[withPlugin ? 'plugin' : 'plain'].push(r.ms);
        if (r.counts) counts = r.counts;
      }
      wall.push(round.plugin.ms / round.plain.ms);
      cpu.push(round.plugin.cpuMs / round.plain.cpuMs);
      process.stderr.write(
        `  vite build ${MODULES} modules, rep ${rep + 1}/${repetitions}: without ${round.plain.ms.toFixed(0)} ms (cpu ${round.plain.cpuMs.toFixed(0)}), with tsenum ${round.plugin.ms.toFixed(0)} ms (cpu ${round.plugin.cpuMs.toFixed(0)})\n`,
      );
    }
    // The floor: no tsenum anywhere, with and without the plugin.
    const bareRatios = [];
    for (let rep = 0; rep < Math.max(1, Math.ceil(repetitions / 2)); rep++) {
      const a = await once(bareEntry, false);
      const b = await once(bareEntry, true);
      bareRatios.push(b.ms / a.ms);
    }
    const bareCounts = (await once(bareEntry, true)).counts;
    console.log(
      JSON.stringify({
        modules: MODULES,
        enumModules: Math.ceil(MODULES / ENUM_EVERY),
        ratio: median(wall),
        cpuRatio: median(cpu),
        plainMs: median(times.plain),
        pluginMs: median(times.plugin),
        counts,
        bareRatio: median(bareRatios),
        bareCounts,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
