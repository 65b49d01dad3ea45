// auto() in the functional form, as test_enum.py _EnumTests.setUp (Function) uses it:
// K('MainEnum', dict(first=auto(), ...)) and pairs (('first', auto()),)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
for (const K of [Enum, IntEnum, StrEnum, Flag, IntFlag] as any[]) {
  const Main = K.create('Main', { first: auto(), second: auto(), third: auto() });
  out(`${K.name} dict`, [...Main]);
  const Pairs = K.create('Pairs', [['first', auto()], ['second', auto()]]);
  out(`${K.name} pairs`, [...Pairs]);
}
const Mixed = Enum.create('Mixed', { a: 5, b: auto(), c: 2, d: auto() });
out('mixed', [...Mixed]);
