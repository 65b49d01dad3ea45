/**
 * One check of a project, as `tsc --noEmit -p` runs it (the same phases, in the same order:
 * config, syntax, options and globals, then semantics), with every file's semantic diagnostics
 * passed through the core (transformer/core.ts): the compiler's own adjusted, tsenum's added.
 * A solution-style tsconfig (`files: []` and `references`) checks each referenced project.
 */
import path from 'node:path';
import { semanticDiagnostics } from '../transformer/core';
import type { TS, TsModule } from '../transformer/types';

/** tsconfig.json for `-p`: a file as is, a folder's tsconfig.json; undefined when missing. */
export function configFileOf(ts: TsModule, project: string): string | undefined {
  const full = path.resolve(project);
  if (ts.sys.fileExists(full) && !ts.sys.directoryExists(full)) return full;
  const inside = path.join(full, 'tsconfig.json');
  return ts.sys.fileExists(inside) ? inside : undefined;
}

export interface CheckResult {
  readonly diagnostics: readonly TS.Diagnostic[];
  /** Source files checked (declaration files not counted). */
  readonly files: number;
  /** Whether the pretty output is on in the (first) tsconfig. */
  readonly pretty: boolean | undefined;
  /** A tsconfig could not be read at all: the check did not run (exit 2). */
  readonly fatal: boolean;
}

/** The diagnostics of one program, as tsc --noEmit collects them, through the core. */
export function programDiagnostics(
  ts: TsModule,
  program: TS.Program,
  semantic: (file: TS.SourceFile) => readonly TS.Diagnostic[] = (file) =>
    program.getSemanticDiagnostics(file),
): TS.Diagnostic[] {
  const all: TS.Diagnostic[] = [...program.getConfigFileParsingDiagnostics()];
  const before = all.length;
  all.push(...program.getSyntacticDiagnostics());
  if (all.length === before) {
    all.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    if (all.length === before) {
      for (const file of program.getSourceFiles())
        all.push(...semanticDiagnostics(ts, program, file, semantic(file)));
      const options = program.getCompilerOptions();
      if ((options.declaration || options.composite) && all.length === before)
        all.push(...program.getDeclarationDiagnostics());
    }
  }
  return all;
}

/** A solution tsconfig: no files of its own, only `references`. */
export function isSolution(ts: TsModule, configFile: string): boolean {
  const parsed = parseConfig(ts, configFile, []);
  return !!parsed && isSolutionConfig(parsed);
}

const isSolutionConfig = (parsed: TS.ParsedCommandLine) =>
  parsed.fileNames.length === 0 && (parsed.projectReferences?.length ?? 0) > 0;

export const sourceFileCount = (program: TS.Program) =>
  program.getSourceFiles().filter((f) => !f.isDeclarationFile).length;

/** Checks the project of `configFile` (and, for a solution, every project it references). */
export function checkProject(ts: TsModule, configFile: string): CheckResult {
  const diagnostics: TS.Diagnostic[] = [];
  let files = 0;
  let pretty: boolean | undefined;
  let fatal = false;
  const seen = new Set<string>();
  // One parse of each file (the lib files above all) for every project of a solution.
  const parsedFiles = new Map<string, TS.SourceFile | undefined>();
  const lookups = new Map<string, unknown>();
  const visit = (config: string) => {
    if (seen.has(config)) return;
    seen.add(config);
    const parsed = parseConfig(ts, config, diagnostics);
    if (!parsed) {
      fatal = true;
      return;
    }
    pretty ??= parsed.options.pretty as boolean | undefined;
    const solution = isSolutionConfig(parsed);
    if (!solution) {
      const host = cachingHost(ts, parsed.options, parsedFiles, lookups);
      const program = ts.createProgram({
        rootNames: parsed.fileNames,
        options: parsed.options,
        host,
        projectReferences: parsed.projectReferences,
        configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
      });
      diagnostics.push(...programDiagnostics(ts, program));
      files += sourceFileCount(program);
    } else {
      diagnostics.push(...parsed.errors);
    }
    for (const reference of parsed.projectReferences ?? [])
      if (solution) visit(ts.resolveProjectReferencePath(reference));
  };
  visit(configFile);
  return { diagnostics: ts.sortAndDeduplicateDiagnostics(diagnostics), files, pretty, fatal };
}

function parseConfig(
  ts: TsModule,
  configFile: string,
  diagnostics: TS.Diagnostic[],
): TS.ParsedCommandLine | undefined {
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d),
  };
  // `{ noEmit: true }`, as `tsc --noEmit -p` passes it: the emit options' checks (TS5011,
  // `outDir` without `rootDir`) then do not fire, and would otherwise hide every other error.
  return ts.getParsedCommandLineOfConfigFile(configFile, { noEmit: true }, host);
}

/**
 * A compiler host that asks the file system each question once per check, as tsc's own host
 * does (`changeCompilerHostLikeToUseCache`): module resolution asks the same `fileExists`,
 * `directoryExists` and package.json reads over and over. Source files are parsed once for
 * every project of a solution (the lib files above all).
 */
function cachingHost(
  ts: TsModule,
  options: TS.CompilerOptions,
  parsedFiles: Map<string, TS.SourceFile | undefined>,
  lookups: Map<string, unknown>,
): TS.CompilerHost {
  const host = ts.createCompilerHost(options);
  const memo =
    <T>(kind: string, f: (name: string) => T) =>
    (name: string): T => {
      const key = `${kind}\0${name}`;
      if (!lookups.has(key)) lookups.set(key, f(name));
      return lookups.get(key) as T;
    };
  const { fileExists, directoryExists, readFile, realpath, getSourceFile } = host;
  host.fileExists = memo('f', (n) => fileExists.call(host, n));
  if (directoryExists) host.directoryExists = memo('d', (n) => directoryExists.call(host, n));
  if (realpath) host.realpath = memo('r', (n) => realpath.call(host, n));
  const readJson = memo('j', (n) => readFile.call(host, n));
  host.readFile = (n) => (n.endsWith('.json') ? readJson(n) : readFile.call(host, n));
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!parsedFiles.has(key))
      parsedFiles.set(key, getSourceFile.call(host, fileName, languageVersion, ...rest));
    return parsedFiles.get(key);
  };
  return host;
}
