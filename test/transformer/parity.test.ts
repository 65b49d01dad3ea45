/**
 * The hosts' other TypeScript versions: every fixture compiled with TypeScript 5.9 and 4.9
 * (in memory, as ts-patch 3 and ttypescript load them) must get the same tsenum diagnostics
 * at the same places as with TypeScript 6.0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, formatErrors, parseCase, repoRoot, typescripts } from './compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';

const casesDir = path.join(repoRoot, 'fixtures/cases');
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => parseCase(f.slice(0, -3), readFileSync(path.join(casesDir, f), 'utf8')));

/** tsenum's own diagnostics as `file(line,col) TScode`, without the words. */
function ours(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => / error TS24\d{3}:/.test(l))
    .map((l) => l.replace(/: error (TS\d+):.*$/, ' $1'));
}

describe.each(['5.9', '4.9'] as const)('TypeScript %s', (version) => {
  for (const parsed of cases) {
    it.skipIf(parsed.settings.hosts === '6.0')(
      `${parsed.name}: the same tsenum errors as 6.0`,
      () => {
        const reference = formatErrors(
          typescripts['6.0'],
          compileCase(parsed, { transform: true }),
        );
        const other = typescripts[version];
        const compiled = compileCase(parsed, { transform: true, ts: other });
        expect(ours(formatErrors(other, compiled))).toEqual(ours(reference));
      },
    );
  }
});
