// SPEC section 3 (issue 13, bug 5): Enum.create takes any mapping or iterable of pairs,
// and rejects a set or an iterator of bare names as CPython does
import { Enum, IntEnum, StrEnum } from 'tsenum';
import { out, raises } from 'case-helpers';
out('Map', Enum.create('M', new Map([['A', 1], ['B', 2]])).members());
function* pairs(): Generator<[string, number]> {
  yield ['A', 1];
  yield ['B', 2];
}
out('generator of pairs', Enum.create('G', pairs()).members());
out('Map IntEnum', IntEnum.create('I', new Map([['X', 3], ['Y', 3]])).memberMap());
out('Map StrEnum', StrEnum.create('S', new Map([['X', 'x']])).members());
out('entries of pairs', Enum.create('E', Object.entries({ P: 1, Q: 2 })).members());
raises('set of names', () => Enum.create('S', new Set(['A', 'B']) as never));
function* names(): Generator<string> {
  yield 'A';
  yield 'B';
}
raises('generator of names', () => Enum.create('N', names() as never));
