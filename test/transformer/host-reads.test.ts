/**
 * SPEC section 2: where a host compiled the class, a constructor of the user's knows
 * `this.name`, and the parameter that `super` gets its value from receives the number `auto()`
 * stands for. Without a host, JavaScript assigns the static after the constructor returns
 * (reading `this.name` there is a TypeError) and evaluates `auto()` before the class can
 * answer (the parameter receives the marker); `value` is right either way. The expected
 * members are CPython 3.13's for `A = auto(); B = 5; C = auto()` (1, 5, 6; `self._name_` in
 * `__init__`) and StrEnum's auto() ('alpha', 'beta').
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCase, parseCase, repoRoot, runCase } from './compile';

const name = 'own-constructor-reads';
const parsed = parseCase(
  name,
  readFileSync(path.join(repoRoot, 'fixtures/cases', `${name}.ts`), 'utf8'),
);

describe("a constructor of the user's, with and without a host", () => {
  it('with the transformer: this.name and the auto number are known in the constructor', () => {
    expect(runCase(compileCase(parsed, { transform: true }))).toEqual([
      JSON.stringify([
        ['A:1', 1, 'a'],
        ['B:5', 5, 'b'],
        ['C:6', 6, 'c'],
      ]),
      JSON.stringify([
        ['alpha', 1],
        ['beta', 2],
      ]),
    ]);
  });

  it('without it: the TypeError and the marker, and the same members', () => {
    expect(runCase(compileCase(parsed, { transform: false }))).toEqual([
      JSON.stringify([
        ['TypeError:marker', 1, 'a'],
        ['TypeError:5', 5, 'b'],
        ['TypeError:marker', 6, 'c'],
      ]),
      JSON.stringify([
        ['alpha', 1],
        ['beta', 2],
      ]),
    ]);
  });
});
