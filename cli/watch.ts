/**
 * `tsenum check --watch`: TypeScript's own watch (the tsconfig's files, its watchOptions), with
 * a semantic-diagnostics builder so unchanged files keep their compiler diagnostics; after every
 * program, the whole report again (tsenum's findings are recomputed: a change in one file can
 * add or clear a finding in a file that imports it).
 */
import { cliMessages } from '../src/problems';
import type { TS, TsModule } from '../transformer/types';
import type { Format } from './args';
import { programDiagnostics, sourceFileCount } from './check';
import { render } from './format';

export function watchProject(
  ts: TsModule,
  configFile: string,
  how: { readonly format: Format; readonly pretty: boolean; readonly cwd: string },
): void {
  const host = ts.createWatchCompilerHost(
    configFile,
    { noEmit: true }, // as `tsc --noEmit -p --watch` (check.ts parseConfig)
    ts.sys,
    ts.createSemanticDiagnosticsBuilderProgram,
    (diagnostic) => {
      // Only what TypeScript reports outside a program (an unreadable tsconfig): say it.
      process.stderr.write(ts.formatDiagnostic(diagnostic, formatHost(how.cwd)));
    },
    () => {
      // TypeScript's "Starting compilation..." lines: each report below says what matters.
    },
  );
  host.afterProgramCreate = (builder) => {
    const program = builder.getProgram();
    const diagnostics = ts.sortAndDeduplicateDiagnostics(
      programDiagnostics(ts, program, (file) => builder.getSemanticDiagnostics(file)),
    );
    const out = render(ts, diagnostics, { ...how, files: sourceFileCount(program) });
    if (how.format === 'text') {
      if (how.pretty) process.stdout.write('\x1Bc');
      process.stdout.write(out.stdout.replace(/\n$/, ` ${cliMessages.watching}\n`));
    } else {
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
    }
  };
  ts.createWatchProgram(host);
}

function formatHost(cwd: string): TS.FormatDiagnosticsHost {
  return {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => cwd,
    getNewLine: () => '\n',
  };
}
