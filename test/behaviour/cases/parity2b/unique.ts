// test_enum.py TestVerify.test_unique_clean (4.0 -> 4.5: one number type; TestUnique's half
// is unique/unique.ts), TestUnique.test_unique_with_name / TestVerify.test_unique_with_name without
// the `name = ...` members, which are reserved in tsenum (SPEC section 2, README "Differences
// from Python"; spec/reserved-names); `value` is a member name in both
import { Enum, IntEnum, unique, verify, UNIQUE } from 'tsenum';
import { out, raises } from 'case-helpers';
raises('verify(UNIQUE) clean', () => {
  @verify(UNIQUE)
  class Clean extends Enum {
    static readonly one = new Clean(1);
    static readonly two = new Clean('dos');
    static readonly tres = new Clean(4.5);
  }
  @verify(UNIQUE)
  class Cleaner extends IntEnum {
    static readonly single = new Cleaner(1);
    static readonly double = new Cleaner(2);
    static readonly triple = new Cleaner(3);
  }
  return [[...Clean], [...Cleaner]];
});
raises('verify(UNIQUE) with value', () => {
  @verify(UNIQUE)
  class Silly extends Enum {
    static readonly one = new Silly(1);
    static readonly two = new Silly('dos');
  }
  @verify(UNIQUE)
  class Sillier extends IntEnum {
    static readonly single = new Sillier(1);
    static readonly triple = new Sillier(3);
    static readonly value = new Sillier(4);
  }
  return [[...Silly], [...Sillier], Sillier.value.value, Sillier.get('value')];
});
out('unique(...) with value', unique(IntEnum.create('Sillier', { single: 1, triple: 3, value: 4 })).members());
