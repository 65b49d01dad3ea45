// test_enum.py TestSpecial.test_comparisons (an operator's TypeError: class only) and
// test_bool's plain part (members are always true)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Season extends Enum {
  static readonly SPRING = new Season(1);
  static readonly SUMMER = new Season(2);
  static readonly AUTUMN = new Season(3);
  static readonly WINTER = new Season(4);
}
raises('SPRING < WINTER', () => Season.SPRING < Season.WINTER);
raises('SPRING > 4', () => Season.SPRING > 4);
raises('SPRING <= SPRING', () => Season.SPRING <= Season.SPRING);
out('SPRING == 1', Season.SPRING == 1);
out('SPRING != 1', Season.SPRING != 1);
class Part extends Enum {
  static readonly SPRING = new Part(1);
  static readonly CLIP = new Part(2);
  static readonly BARREL = new Part(3);
}
out('Season.SPRING == Part.SPRING', Season.SPRING == Part.SPRING);
raises('SPRING < Part.CLIP', () => Season.SPRING < Part.CLIP);
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
}
raises('Flag R < W', () => Perm.R < Perm.W);
out('Flag R == 4', Perm.R == 4);
class Logic extends Enum {
  static readonly true = new Logic(true);
  static readonly false = new Logic(false);
}
out('bool members', !!Logic.true, !!Logic.false);
out('Logic', [...Logic]);
