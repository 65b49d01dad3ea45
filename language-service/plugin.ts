/**
 * The tsserver host (SPEC section 11): decorates the language service's
 * `getSemanticDiagnostics` with the core's (transformer/core.ts), so tsenum's definition errors
 * appear while typing, at the member, with the codes and words `tspc` reports, and clear when
 * fixed (each edit gives a new Program, and the core's caches are per Program).
 *
 * It never throws into tsserver: anything that fails in here is written to the tsserver log
 * (`tsenum/language-service: ...`) and the file keeps the compiler's own diagnostics.
 */
import { hasCompilerApi, PROGRAM_WRAPPED, semanticDiagnostics } from '../transformer/core';
import type { TS, TsModule } from '../transformer/types';

type PluginCreateInfo = TS.server.PluginCreateInfo;

const PREFIX = 'tsenum/language-service';

/**
 * The plugin factory tsserver calls with its own TypeScript.
 *
 * @example
 * // tsconfig.json
 * "plugins": [{ "name": "tsenum/language-service" }]
 */
export function init(modules: { typescript: TsModule }): TS.server.PluginModule {
  const ts = modules.typescript;
  return {
    create(info: PluginCreateInfo): TS.LanguageService {
      const log = (message: string) => {
        try {
          info.project.projectService.logger.info(`${PREFIX}: ${message}`);
        } catch {
          // a host without a logger: nowhere to say it
        }
      };
      try {
        if (!hasCompilerApi(ts)) {
          log('the TypeScript running this server has no compiler API; tsenum reports nothing');
          return info.languageService;
        }
        const decorated = decorate(ts, info.languageService, log);
        log(`enabled (TypeScript ${ts.version})`);
        return decorated;
      } catch (error) {
        log(`not enabled: ${describe(error)}`);
        return info.languageService;
      }
    },
  };
}

function decorate(
  ts: TsModule,
  inner: TS.LanguageService,
  log: (message: string) => void,
): TS.LanguageService {
  const proxy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(inner) as (keyof TS.LanguageService)[]) {
    const value = inner[key];
    proxy[key] = typeof value === 'function' ? value.bind(inner) : value;
  }
  proxy.getSemanticDiagnostics = (fileName: string): TS.Diagnostic[] => {
    const base = inner.getSemanticDiagnostics(fileName);
    try {
      // Tests make the plugin fail on purpose for files whose name has this in it.
      const fault = process.env.TSENUM_LANGUAGE_SERVICE_FAULT;
      if (fault && fileName.includes(fault)) throw new Error('injected fault');
      const program = inner.getProgram();
      const file = program?.getSourceFile(fileName);
      // A program ts-patch already wrapped (`ts-patch install` patches tsserver too) reports
      // tsenum's diagnostics itself: adding them again would show each twice.
      if (!program || !file || (program as { [PROGRAM_WRAPPED]?: true })[PROGRAM_WRAPPED])
        return base;
      return [...semanticDiagnostics(ts, program, file, base)];
    } catch (error) {
      log(`getSemanticDiagnostics(${fileName}) failed, no tsenum diagnostics: ${describe(error)}`);
      return base;
    }
  };
  return proxy as unknown as TS.LanguageService;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
