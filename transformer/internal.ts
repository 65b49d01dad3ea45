/**
 * Every internal failure of the transformer ends here and means "leave this alone": a build
 * never fails because of the transformer itself. Tests set TSENUM_TRANSFORMER_STRICT=1 to
 * have such failures thrown instead of silently swallowed.
 */
export function swallow(error: unknown): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  if (env?.TSENUM_TRANSFORMER_STRICT === '1') throw error;
}
