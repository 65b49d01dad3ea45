/**
 * The table call at the start of a class body (`this[Symbol.for("tsenum.table")](name, names,
 * values, canonical?)`, issue 11): members are named as `new` makes them and the seal installs
 * the class without resolving it again. A table that does not match what the class body does
 * (another value, another count, a first use before the seal, a name that holds something
 * else) must give the very enum, or the very error, of the ordinary path.
 */
import { Enum, IntEnum } from 'tsenum';
import { describe, expect, it } from 'vitest';

const SEAL = Symbol.for('tsenum.seal');
const TABLE = Symbol.for('tsenum.table');
type Calls = { [SEAL](...args: unknown[]): void; [TABLE](...args: unknown[]): void };

function shape(cls: typeof Enum<unknown>): unknown {
  const listed = cls.members();
  const map = [...cls.memberMap()].map(([name, m]) => [name, m.name, m.value, listed.indexOf(m)]);
  const statics = Object.getOwnPropertyNames(cls).map((key) => {
    const d = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    return [key, d.writable, d.enumerable, d.configurable, listed.indexOf(d.value)];
  });
  const first = listed[0] as object;
  return {
    map,
    statics,
    size: cls.size,
    frozen: Object.isFrozen(first),
    own: Object.getOwnPropertyNames(first),
    of: cls.of(listed[0]?.value) === first,
  };
}

function outcome(define: () => Function): unknown {
  try {
    return { ok: shape(define() as typeof Enum<unknown>) };
  } catch (error) {
    return { error: String(error) };
  }
}

type Body = (start: (cls: Function) => void, seal: (cls: Function) => void) => Function;

/** The class body with the table and seal calls, and the ordinary path (no table, no seal). */
function both(body: Body, table: unknown[]) {
  // `table` is [names, canonical, values]; the call is (name, names, values, canonical), and
  // the seal after a table call has no arguments (rewrite.ts).
  const [names, canonical, values] = table;
  const fast = outcome(() =>
    body(
      (cls) => (cls as unknown as Calls)[TABLE](null, names, values, canonical),
      (cls) => (cls as unknown as Calls)[SEAL](),
    ),
  );
  const plain = outcome(() =>
    body(
      () => {},
      () => {},
    ),
  );
  return { fast, plain };
}

const colors: Body = (start, seal) =>
  class Color extends Enum<number> {
    static {
      start(this);
    }
    static readonly RED = new Color(1);
    static readonly GREEN = new Color(2);
    static readonly CRIMSON = Color.RED;
    static readonly SHADE = 0.5;
    static {
      seal(this);
    }
  };

describe('the table call at the start of the class body', () => {
  it('gives the enum of the ordinary path when the table is right', () => {
    const { fast, plain } = both(colors, [
      ['RED', 'GREEN', 'CRIMSON'],
      [0, 1, 0],
      [1, 2],
    ]);
    expect(fast).toEqual(plain);
    expect(fast).toHaveProperty('ok');
  });

  it.each([
    [
      'another value',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1, 0],
        [1, 3],
      ],
    ],
    ['fewer values', [['RED', 'GREEN', 'CRIMSON'], [0, 1, 0], [1]]],
    [
      'more values',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [0, 1, 0],
        [1, 2, 3],
      ],
    ],
    [
      'a name that holds another member',
      [
        ['GREEN', 'RED', 'CRIMSON'],
        [0, 1, 1],
        [1, 2],
      ],
    ],
    [
      'a canonical index ahead',
      [
        ['RED', 'GREEN', 'CRIMSON'],
        [1, 1, 0],
        [1, 2],
      ],
    ],
    ['not arrays', ['RED', 0, 1]],
  ])('falls back to the ordinary path with %s', (_, table) => {
    const { fast, plain } = both(colors, table as unknown[]);
    expect(fast).toEqual(plain);
  });

  it('a first use inside the body, before the seal, sees the ordinary path', () => {
    let seen: unknown;
    const body: Body = (start, seal) =>
      class Size extends IntEnum {
        static {
          start(this);
        }
        static readonly S = new Size(1);
        static readonly M = new Size(2);
        static {
          seen = [Size.size, Size.of(2).name];
        }
        static readonly L = new Size(3);
        static {
          seal(this);
        }
      };
    const { fast, plain } = both(body, [
      ['S', 'M', 'L'],
      [0, 1, 2],
      [1, 2, 3],
    ]);
    expect(fast).toEqual(plain);
    expect(fast).toHaveProperty('error');
    expect(seen).toEqual([2, 'M']);
  });

  it('an error of the class is the ordinary path error (a value of the wrong type)', () => {
    const body: Body = (start, seal) =>
      class Half extends IntEnum {
        static {
          start(this);
        }
        static readonly ONE = new Half(1);
        static readonly HALF = new Half(0.5);
        static {
          seal(this);
        }
      };
    const { fast, plain } = both(body, [
      ['ONE', 'HALF'],
      [0, 1],
      [1, 2],
    ]);
    expect(fast).toEqual(plain);
    expect(fast).toHaveProperty('error');
  });
});
