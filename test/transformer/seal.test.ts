/**
 * The seal call with the table the transformer resolved (`names`, `canonical`): the runtime
 * checks it against what the class holds, and a table that does not match is never trusted.
 * Each class is defined twice, sealed with the given table and sealed without one (the
 * ordinary path), and both must show the same enum, or throw the same error.
 */
import { Enum, Flag, IntEnum } from 'tsenum';
import { describe, expect, it } from 'vitest';

const SEAL = Symbol.for('tsenum.seal');
type Sealable = { [SEAL](...args: unknown[]): void };
type Table = [names?: unknown, canonical?: unknown];

/** What the program can see of an enum: every name with its member, the listed members. */
function shape(cls: typeof Enum<unknown>): unknown {
  const listed = cls.members();
  const map = [...cls.memberMap()].map(([name, m]) => [
    name,
    m.name,
    m.value,
    listed.indexOf(m as never),
  ]);
  const statics = Object.getOwnPropertyNames(cls).map((key) => {
    const d = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    return [key, d.writable, d.enumerable, d.configurable, listed.indexOf(d.value)];
  });
  return { map, statics, size: cls.size, frozen: Object.isFrozen(listed[0]) };
}

function outcome(define: () => Function): unknown {
  try {
    return { ok: shape(define() as typeof Enum<unknown>) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** The same class body, sealed with `table` and sealed without one. */
function both(body: (seal: (cls: Function) => void) => Function, table: Table) {
  const sealed = outcome(() => body((cls) => (cls as unknown as Sealable)[SEAL](...table)));
  const plain = outcome(() => body((cls) => (cls as unknown as Sealable)[SEAL]()));
  return { sealed, plain };
}

const colors = (seal: (cls: Function) => void) =>
  class Color extends Enum<number> {
    static readonly RED = new Color(1);
    static readonly GREEN = new Color(2);
    static readonly CRIMSON = Color.RED;
    static readonly SHADE = 0.5;
    static {
      seal(this);
    }
  };

describe('the seal call with a resolved table', () => {
  it('gives the same enum as the ordinary path when the table is right', () => {
    const { sealed, plain } = both(colors, [
      ['RED', 'GREEN', 'CRIMSON'],
      [0, 1, 0],
    ]);
    expect(sealed).toEqual(plain);
    expect(plain).toHaveProperty('ok');
  });

  it.each<[string, Table]>([
    [
      'names out of order',
      [
        ['GREEN', 'RED', 'CRIMSON'],
        [0, 1, 0],
      ],
    ],
    [
      'a missing name',
      [
        ['RED', 'GREEN'],
        [0, 1],
      ],
    ],
    [
      'an extra name',
      [
        ['RED', 'GREEN', 'CRIMSON', 'SHADE'],
        [0, 1, 0, 3],
      ],
    ],
    [
      'a non-member as a member',
      [
        ['RED', 'GREEN', 'SHADE'],
        [0, 1, 2],
      ],
    ],
    [
      'an alias as canonical',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1, 2],
      ],
    ],
    [
      'an alias of the wrong member',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1, 1],
      ],
    ],
    [
      'an alias of a later name',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [2, 1, 0],
      ],
    ],
    [
      'a member as an alias',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 0, 0],
      ],
    ],
    [
      'an alias of an alias',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1, 'x'],
      ],
    ],
    [
      'lengths that differ',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1],
      ],
    ],
    ['no arrays', ['RED GREEN CRIMSON', { 0: 0, 1: 1, 2: 0, length: 3 }]],
    ['nothing', [[], []]],
    ['undefined canonical', [['RED', 'GREEN', 'CRIMSON'], undefined]],
  ])('falls back to the ordinary path for %s', (_, table) => {
    const { sealed, plain } = both(colors, table);
    expect(sealed).toEqual(plain);
    expect(plain).toHaveProperty('ok');
  });

  it('finds every member the table leaves out, and every error the ordinary path finds', () => {
    const cases: [(seal: (cls: Function) => void) => Function, Table][] = [
      [
        (seal) =>
          class Shape extends Enum<number> {
            static readonly SQUARE = new Shape(1);
            static readonly _bad_ = new Shape(2);
            static {
              seal(this);
            }
          },
        [
          ['SQUARE', '_bad_'],
          [0, 1],
        ],
      ],
      [
        (seal) =>
          class Shape extends Enum<number> {
            static readonly SQUARE = new Shape(1);
            static readonly _hidden_ = 3;
            static {
              seal(this);
            }
          },
        [['SQUARE'], [0]],
      ],
      [
        (seal) =>
          class Shape extends Enum<number> {
            static readonly SQUARE = new Shape(1);
            static readonly CIRCLE = new Shape(2);
            static readonly _order_ = 'CIRCLE SQUARE';
            static {
              seal(this);
            }
          },
        [
          ['SQUARE', 'CIRCLE'],
          [0, 1],
        ],
      ],
      [
        (seal) =>
          class Code extends IntEnum {
            static readonly OK = new Code(200);
            static readonly FINE = new Code('200' as unknown as number);
            static readonly BAD = new Code(1.5);
            static {
              seal(this);
            }
          },
        [
          ['OK', 'FINE', 'BAD'],
          [0, 1, 2],
        ],
      ],
      [
        (seal) =>
          class Code extends IntEnum {
            static readonly OK = new Code(200);
            static readonly FINE = new Code('201' as unknown as number);
            static {
              seal(this);
            }
          },
        [
          ['OK', 'FINE'],
          [0, 1],
        ],
      ],
      [
        (seal) =>
          class Point extends Enum<readonly number[]> {
            static readonly A = new Point([1, 2]);
            static readonly B = new Point([3, 4]);
            static {
              seal(this);
            }
          },
        [
          ['A', 'B'],
          [0, 1],
        ],
      ],
      [
        (seal) =>
          class Perm extends Flag {
            static readonly R = new Perm(4);
            static readonly W = new Perm(2);
            static readonly X = new Perm(1);
            static readonly RW = new Perm(6);
            static readonly ALL = new Perm(7);
            static readonly EVERYTHING = Perm.ALL;
            static {
              seal(this);
            }
          },
        [
          ['R', 'W', 'X', 'RW', 'ALL', 'EVERYTHING'],
          [0, 1, 2, 3, 4, 4],
        ],
      ],
    ];
    for (const [body, table] of cases) {
      const { sealed, plain } = both(body, table);
      expect(sealed).toEqual(plain);
    }
  });

  it('never runs a getter the table names', () => {
    let calls = 0;
    const body = (seal: (cls: Function) => void) =>
      class Color extends Enum<number> {
        static readonly RED = new Color(1);
        static get GREEN(): Color {
          calls++;
          return Color.RED;
        }
        static {
          seal(this);
        }
      };
    const { sealed, plain } = both(body, [
      ['RED', 'GREEN'],
      [0, 0],
    ]);
    expect(sealed).toEqual(plain);
    expect(calls).toBe(0);
  });

  it('flag classes sealed from the table behave as sealed without it', () => {
    const define = (table: Table) =>
      class Perm extends Flag {
        static readonly R = new Perm(4);
        static readonly W = new Perm(2);
        static readonly X = new Perm(1);
        static readonly RWX = new Perm(7);
        static {
          (this as unknown as Sealable)[SEAL](...table);
        }
      };
    const fast = define([
      ['R', 'W', 'X', 'RWX'],
      [0, 1, 2, 3],
    ]);
    const slow = define([]);
    const view = (P: typeof fast) => [
      String(P.R.or(P.W)),
      P.of(3).name,
      [...P.of(7)].map((m) => m.name),
      P.members().map((m) => m.name),
      String(P.RWX.not()),
    ];
    expect(view(fast)).toEqual(view(slow));
  });
});
