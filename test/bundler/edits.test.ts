/**
 * The bundler plugins' rewrite (text edits over the syntax resolver) against the transformer's
 * (the AST rewrite over the type checker), for every fixture case: each file spliced, then
 * compiled by TypeScript alone (transpileModule, the case's options), must be the
 * transformer's emit up to white space, where the file has no tsenum decorator (the splice
 * turns those into calls); and every runnable case must print the same either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource, applyEdits } from '../../transformer/syntax-core';
import {
  type Compiled,
  compileCase,
  optionsOf,
  parseCase,
  repoRoot,
  runCase,
  typescripts,
} from '../transformer/compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';
const ts = typescripts['6.0'];
const casesDir = path.join(repoRoot, 'fixtures/cases');
const names = readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

function spliced(name: string): { compiled: Compiled; plain: Compiled; decorated: boolean } {
  const parsed = parseCase(name, readFileSync(path.join(casesDir, `${name}.ts`), 'utf8'));
  const files = new Map(parsed.files.map((f) => [path.join(parsed.dir, f.name), f.text]));
  const options = optionsOf(ts, parsed);
  const outputs = new Map<string, string>();
  let decorated = false;
  for (const [fileName, text] of files) {
    const { edits } = analyzeSource(ts, { readFile: (f) => files.get(f) }, fileName, text, options);
    const code = applyEdits(text, edits);
    if (/^\s*@/m.test(text)) decorated = true;
    const js = ts.transpileModule(code, { compilerOptions: options, fileName }).outputText;
    const out = path.join(parsed.dir, '.out', path.relative(parsed.dir, fileName));
    outputs.set(out.replace(/\.ts$/, '.js'), js);
  }
  const plain = compileCase(parsed, { transform: true });
  const compiled = { ...plain, outputs } as Compiled;
  return { compiled, plain, decorated };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('bundler rewrite = transformer rewrite', () => {
  for (const name of names) {
    it(name, () => {
      const { compiled, plain, decorated } = spliced(name);
      const errors = plain.diagnostics.some((d) => String(d.code).startsWith('240'));
      if (!decorated && !errors) {
        for (const [file, text] of compiled.outputs)
          expect(squash(text), file).toBe(squash(plain.outputs.get(file) ?? ''));
      }
      if (compiled.parsed.settings.run !== 'false' && !errors)
        expect(runCase(compiled)).toEqual(runCase(plain));
    });
  }
});
