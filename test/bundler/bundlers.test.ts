/**
 * The plugin in the real bundlers (SPEC section 11): each builds a small app (a member-less
 * base in another file, a re-export chain, renamed and namespace imports, standard
 * `@unique` / `@verify(...)` decorators, a self-referencing Flag), minified where the bundler
 * minifies, and the output run in Node prints the declared names; a definition error fails
 * each build with tsenum's code and words at the member (in `loc`, or in the message for
 * webpack and rspack).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../transformer/compile';
import { type Bundler, buildWith, bundlers } from './builds';

const fixtures = path.join(repoRoot, 'test/bundler/fixtures');

const expected = `Color.RED <Color.BLUE: 3> GREEN=2 Color
true [ <Status.PENDING: 1>, <Status.COMPLETED: 10> ] Status
<Perm.R|W: 3> <Perm.R|W|X: 7> Perm Perm.R|X
<Level.HIGH: 2> 1 Level
[ <Grade.A: 1>, <Grade.B: 2> ] <Shade.DARK: 'd'> Shade.LIGHT Shade
A:1:a B:2:b Lab
RangeError: 7 is not a valid Color
RangeError: <flag 'Perm'> invalid value 9
    given 0b0 1001
  allowed 0b0 0111
`;

const outputs = new Map<Bundler, string | Error>();
const aliased = new Map<Bundler, unknown>();
const failures = new Map<Bundler, unknown>();

beforeAll(async () => {
  for (const bundler of bundlers) {
    try {
      outputs.set(bundler, await buildWith(bundler, path.join(fixtures, 'app')));
    } catch (error) {
      outputs.set(bundler, error as Error);
    }
    try {
      await buildWith(bundler, path.join(fixtures, 'broken'), `${bundler}-broken`);
      failures.set(bundler, undefined);
    } catch (error) {
      failures.set(bundler, error);
    }
    try {
      await buildWith(bundler, path.join(fixtures, 'aliased'), `${bundler}-aliased`);
      aliased.set(bundler, undefined);
    } catch (error) {
      aliased.set(bundler, error);
    }
  }
}, 240_000);

describe.each(bundlers)('%s', (bundler) => {
  it('builds the app; run in Node it prints the declared names', () => {
    const file = outputs.get(bundler);
    if (file instanceof Error) throw file;
    const run = spawnSync(process.execPath, [file as string], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
  });

  it("fails the build on a definition error, with tsenum's code and words at the member", () => {
    const error = failures.get(bundler) as
      | (Error & { code?: string; loc?: { file: string; line: number; column: number } })
      | undefined;
    expect(error, 'the build failed').toBeInstanceOf(Error);
    const words = "error TS24008: duplicate values found in <enum 'Mistake'>: FOUR -> THREE";
    const file = path.join(fixtures, 'broken/colors.ts');
    expect(String(error?.message)).toContain(words);
    if (bundler === 'webpack' || bundler === 'rspack') {
      expect(String(error?.message)).toContain(`${file}(10,19): ${words}`);
    } else if (bundler === 'esbuild') {
      const [first] = (error as unknown as { errors: { location: unknown }[] }).errors;
      expect(first?.location).toMatchObject({
        file: expect.stringContaining('colors.ts'),
        line: 10,
        column: 18,
      });
    } else {
      // Vite 8 and Rolldown gather a build's errors in `errors`.
      const inner = (error as unknown as { errors?: (typeof error)[] }).errors?.[0] ?? error;
      expect(inner?.loc).toMatchObject({ file, line: 10, column: 18 });
    }
  });

  it('follows a base imported through an alias, resolved by the bundler', () => {
    const error = aliased.get(bundler) as Error | undefined;
    expect(error, 'the build failed').toBeInstanceOf(Error);
    expect(String(error?.message)).toContain(
      "error TS24008: duplicate values found in <enum 'Color'>: CRIMSON -> RED",
    );
  });
});
