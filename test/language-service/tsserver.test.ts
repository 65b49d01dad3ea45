/**
 * End to end: the real tsserver of TypeScript 6.0.3 and 5.9.3, spoken to over stdio as an editor
 * does, on the tspc fixtures as projects whose tsconfig has the one plugins line (ts-patch's
 * `transform` and tsserver's `name` in one entry). tsenum's diagnostics arrive with the codes,
 * words and positions of the baselines; an edit that fixes a case clears them (in that file and
 * in the file that imports it), undoing it brings them back; half-typed code never stops the
 * server from answering; a failure inside the plugin is logged and costs only tsenum's
 * diagnostics. One server per TypeScript version.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../transformer/compile';
import { type FixtureProject, isTsenumCode, writeFixtureProjects } from './projects';
import { type ServerDiagnostic, TsServer } from './tsserver';

const versions = [
  { name: 'TypeScript 6.0', major: 6, tsserver: 'node_modules/typescript/lib/tsserver.js' },
  { name: 'TypeScript 5.9', major: 5, tsserver: 'node_modules/typescript-5.9/lib/tsserver.js' },
];

const FAULT = 'fault-injected';

function format(dir: string, file: string, d: ServerDiagnostic): string {
  const name = path.relative(dir, file);
  return `${name}(${d.start.line},${d.start.offset}): error TS${d.code}: ${d.text}`;
}

const ours = (diagnostics: ServerDiagnostic[]) => diagnostics.filter((d) => isTsenumCode(d.code));

describe.each(versions)('tsserver of $name with tsenum/language-service', (version) => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tsenum-ls-'));
  let projects: FixtureProject[] = [];
  let server: TsServer;

  beforeAll(() => {
    projects = writeFixtureProjects(temp, version.major);
    // SPEC's own line, the plugin alone, for one of them
    const alone = projects.find((p) => p.name === 'error-verify') as FixtureProject;
    const config = path.join(alone.dir, 'tsconfig.json');
    const json = JSON.parse(readFileSync(config, 'utf8'));
    json.compilerOptions.plugins = [{ name: 'tsenum/language-service' }];
    writeFileSync(config, JSON.stringify(json));
    server = new TsServer(path.join(repoRoot, version.tsserver), path.join(temp, 'tsserver.log'), {
      TSENUM_LANGUAGE_SERVICE_FAULT: FAULT,
    });
  });
  afterAll(async () => {
    await server?.exit();
    rmSync(temp, { recursive: true, force: true });
  });

  const tsenumDiagnostics = async (project: FixtureProject) => {
    const lines: string[] = [];
    for (const file of project.files)
      for (const d of ours(await server.semantic(file))) lines.push(format(project.dir, file, d));
    return lines.sort();
  };

  it('reports every tsenum diagnostic of the tspc baselines', async () => {
    expect(projects.length).toBeGreaterThan(10);
    for (const project of projects)
      for (const file of project.files) await server.open(file, undefined, project.dir);
    for (const project of projects) {
      const expected = project.baseline
        .filter((e) => isTsenumCode(e.code))
        .map((e) => e.line)
        .sort();
      expect(await tsenumDiagnostics(project), project.name).toEqual(expected);
    }
    expect(server.log()).toContain('tsenum/language-service: enabled');
    expect(server.log()).not.toContain('failed, no tsenum diagnostics');
  }, 120_000);

  // SPEC section 12: the compiler's own diagnostics pass through the core too, so a complete
  // switch over an enum shows no TS7030/TS2366/never error, and an incomplete one shows what
  // tspc reports (every code, the compiler's included).
  it('reports exactly the baselines of the switch and match cases, compiler codes included', async () => {
    for (const name of ['switch-complete', 'error-switch', 'error-match']) {
      const project = projects.find((p) => p.name === name) as FixtureProject;
      const lines: string[] = [];
      for (const file of project.files)
        for (const d of await server.semantic(file)) lines.push(format(project.dir, file, d));
      expect(lines.sort(), name).toEqual(project.baseline.map((e) => e.line).sort());
    }
  });

  it('clears a diagnostic when the code is fixed, in the file and the file that imports it', async () => {
    const project = projects.find((p) => p.name === 'error-unique') as FixtureProject;
    const mistake = path.join(project.dir, 'mistake.ts');
    const broken = project.texts.get(mistake) as string;
    const fixed = broken
      .replace('FOUR = new Decorated(3)', 'FOUR = new Decorated(4)')
      .replace("Y = new Elsewhere('x')", "Y = new Elsewhere('y')");
    expect((await tsenumDiagnostics(project)).length).toBe(3);
    await server.replace(mistake, broken, fixed);
    expect(await tsenumDiagnostics(project)).toEqual([
      "mistake.ts(13,19): error TS24008: duplicate values found in <enum 'Called'>: B -> A",
    ]);
    await server.replace(mistake, fixed, broken);
    expect((await tsenumDiagnostics(project)).length).toBe(3);
  });

  it('keeps answering while code is typed, character by character', async () => {
    const project = projects.find((p) => p.name === 'error-unique') as FixtureProject;
    const mistake = path.join(project.dir, 'mistake.ts');
    const full = project.texts.get(mistake) as string;
    let current = full;
    const snapshots = [
      ...Array.from({ length: 24 }, (_, i) => full.slice(0, Math.round((full.length * i) / 24))),
      full.replace(
        'static readonly FOUR = new Decorated(3);',
        'static readonly FOUR = new Decorated(',
      ),
      full.replace('static readonly', 'static static readonly'),
      full.replace('extends Enum<number> {', 'extends Enum<number> { @'),
      full.replace('new Called(1)', 'new Called(1, ...'),
      full.replace('new Called(1)', 'new (Called)'),
      full.replace('unique(Called)', 'unique(Called, Called'),
      full.replace('unique(Called)', 'unique('),
      full.replace('@unique', '@unique()'),
      full.replace('@unique', '@verify(UNIQUE, )'),
      full.replace("'x'", '`x${'),
      full.replace('class Called', 'class'),
      full.replace('extends Enum<number>', 'extends Enum<'),
      full.replace('extends Enum<number>', 'extends'),
      full.replace(
        'static readonly A = new Called(1);',
        'static readonly A = new Called(1); static {',
      ),
      full.replace('static readonly A = new Called(1);', 'static readonly [A] = new Called(1);'),
      full.replace('static readonly A = new Called(1);', 'static readonly _A_ = auto();'),
      full.replace('static readonly A = new Called(1);', 'static get A() { return new Called(1) }'),
      `${full}\nexport class Half extends Enum<number> {\n  static readonly X = new Half(1);\n  static readonly Y = new Half(`,
    ];
    for (const text of snapshots) {
      await server.replace(mistake, current, text);
      current = text;
      await server.syntactic(mistake);
      await server.semantic(mistake);
      await server.semantic(path.join(project.dir, 'main.ts'));
    }
    await server.replace(mistake, current, full);
    expect((await tsenumDiagnostics(project)).length).toBe(3);
    expect(server.log()).not.toContain('failed, no tsenum diagnostics');
  }, 120_000);

  it('logs a failure inside the plugin and keeps the compiler diagnostics', async () => {
    const project = projects.find((p) => p.name === 'error-name-clash') as FixtureProject;
    const file = project.files[0] as string;
    const faulty = path.join(path.dirname(file), `${FAULT}.ts`);
    // on disk, so that it belongs to the configured project (and its plugins)
    writeFileSync(faulty, project.texts.get(file) as string);
    await server.open(faulty, undefined, project.dir);
    const diagnostics = await server.semantic(faulty);
    expect(diagnostics.some((d) => d.code === 2300)).toBe(true); // TypeScript's own
    expect(ours(diagnostics)).toEqual([]);
    expect(server.log()).toMatch(
      /tsenum\/language-service: getSemanticDiagnostics\(.*fault-injected\.ts\) failed, no tsenum diagnostics: Error: injected fault/,
    );
    expect(ours(await server.semantic(file)).length).toBeGreaterThan(0);
  });
});
