/**
 * The README's Interoperability examples are programs: each ```ts block of that section runs
 * in both modes (test/interop/run.ts), type-checks, and prints exactly what its `// → `
 * comments say, in order. A block's imports stay at the top; the rest becomes the body of
 * `main()` (the README writes top-level await, as an ES module would).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/compile';
import { type ProgramRuns, runSources } from './run';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Interoperability\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/** The `// → ` comments of a block, in order: what it prints. */
const expectedOf = (block: string): string[] =>
  [...block.matchAll(/\/\/ → (.*)$/gm)].map((m) => (m[1] as string).trimEnd());

function programOf(block: string): string {
  const lines = block.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines
    .filter((line) => !line.startsWith('import '))
    .map((line) => line.replace(/^export (const|class|function) /, '$1 '));
  return `${imports.join('\n')}\n\nexport async function main() {\n${body.join('\n')}\n}\n`;
}

let runs: Map<string, ProgramRuns>;
beforeAll(async () => {
  // One plain compiler beside the transformed mode: the programs' suite runs two (interop.test.ts).
  const sources = new Map(blocks.map((block, i) => [`readme-${i + 1}`, programOf(block)]));
  runs = await runSources(sources, ['tsc-es2022-define']);
}, 240_000);

it('the README has an Interoperability section with examples', () => {
  expect(start).toBeGreaterThan(0);
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  for (const block of blocks) expect(expectedOf(block).length, block).toBeGreaterThan(0);
});

describe.each(blocks.map((block, i) => [`readme-${i + 1}`, block] as const))('%s', (id, block) => {
  it('prints what its comments say, in every mode', () => {
    const run = runs.get(id)!;
    for (const [mode, lines] of run.byMode) expect(lines, mode).toEqual(expectedOf(block));
  });
  it('type-checks', () => {
    expect(runs.get(id)!.typeErrors).toBe('');
  });
});
