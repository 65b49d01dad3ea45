import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { compileAndRun, compileTransformedBatch, runJs, settings } from '../harness/compile';

it('try', () => {
  const file = process.env.TRY ?? '/tmp/try.ts';
  const source = readFileSync(file, 'utf8');
  const seen = new Map<string, string[]>();
  const add = (name: string, lines: readonly string[]) => {
    const key = lines.join('\n');
    seen.set(key, [...(seen.get(key) ?? []), name]);
  };
  for (const s of settings) {
    try {
      add(s.name, compileAndRun(s, source, 'try.ts').lines);
    } catch (e) {
      add(s.name, [`COMPILE ${e}`]);
    }
  }
  const out = compileTransformedBatch(new Map([['try', source]])).get('try')!;
  add('transformed', runJs(out.js, 'try.js').lines);
  if (process.env.SHOWJS) console.log(out.js);
  for (const [text, names] of seen) console.log(`=== ${names.join(' ')}\n${text}`);
});
