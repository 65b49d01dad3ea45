/**
 * The `tsenum` bin: `tsenum check`, tsenum's checks (and TypeScript's own) from the command line,
 * for CI, for TypeScript 7 projects (with TypeScript 6 beside it) and for builds that run no
 * TypeScript plugin. Exit 0: no errors; 1: errors found; 2: could not run (bad arguments, no
 * tsconfig, no usable TypeScript). The analysis is the core's (transformer/core.ts), reached
 * through check.ts; this file only wires arguments, TypeScript and output.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { cliMessages } from '../src/problems';
import { type CheckOptions, parseArgs } from './args';
import { checkProject, configFileOf, isSolution } from './check';
import { render } from './format';
import { findTypeScript } from './typescript';
import { watchProject } from './watch';

// As tsc does (lib/tsc.js): Node >= 22.1 then keeps TypeScript's compiled code between runs.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function main(argv: readonly string[]): number | undefined {
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      process.stdout.write(`${cliMessages.usage}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'error':
      process.stderr.write(`${parsed.message}\n\n${cliMessages.usage}\n`);
      return 2;
    default:
      return check(parsed);
  }
}

function check(options: CheckOptions): number | undefined {
  const cwd = process.cwd();
  const project = path.resolve(cwd, options.project);
  if (!existsSync(project)) return cannot(cliMessages.noProject(options.project));
  const dir = statSync(project).isDirectory() ? project : path.dirname(project);
  const found = findTypeScript(dir);
  if ('error' in found) return cannot(found.error);
  const { ts } = found;
  const configFile = configFileOf(ts, project);
  if (!configFile) return cannot(cliMessages.noProject(options.project));
  const tty = process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (options.watch && isSolution(ts, configFile))
    return cannot(cliMessages.watchSolution(options.project));
  if (options.watch) {
    watchProject(ts, configFile, { format: options.format, pretty: options.pretty ?? tty, cwd });
    return undefined;
  }
  const result = checkProject(ts, configFile);
  const pretty = options.pretty ?? result.pretty ?? tty;
  const out = render(ts, result.diagnostics, {
    format: options.format,
    pretty,
    cwd,
    files: result.files,
  });
  if (result.fatal) {
    process.stderr.write(out.stdout);
    return 2;
  }
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return result.diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error) ? 1 : 0;
}

function cannot(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

try {
  const code = main(process.argv.slice(2));
  // exitCode, not exit(): a piped stdout is written asynchronously and must drain first.
  if (code !== undefined) process.exitCode = code;
} catch (error) {
  process.stderr.write(
    `tsenum check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
}
