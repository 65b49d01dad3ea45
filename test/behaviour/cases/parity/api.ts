// SPEC sections 1, 5 and 7: ReprEnum, EnumCheck, the FlagBoundary names, the class's repr
import { Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, EnumCheck, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, verify } from 'tsenum';
import { out, raises, inspect } from 'case-helpers';
class Color extends Enum<number> {
  static readonly RED = new Color(1);
}
class Perm extends Flag {
  static readonly R = new Perm(4);
}
class Bits extends IntFlag {
  static readonly A = new Bits(1);
}
class Code extends IntEnum {
  static readonly OK = new Code(200);
}
class Word extends StrEnum {
  static readonly HI = new Word('hi');
}
out('repr of classes', inspect(Color), inspect(Perm), inspect(Bits), inspect(Code), inspect(Word));
out('repr of bases', inspect(Enum), inspect(Flag), inspect(IntFlag), inspect(ReprEnum), inspect(EnumCheck), inspect(FlagBoundary));
out('ReprEnum', Code.OK instanceof ReprEnum, Word.HI instanceof ReprEnum, Bits.A instanceof ReprEnum, Perm.R instanceof ReprEnum, Color.RED instanceof ReprEnum);
out('IntEnum', Bits.A instanceof IntEnum, Code.OK instanceof IntEnum, Code.OK instanceof Enum);
raises('ReprEnum with members', () => {
  class Bare extends ReprEnum<number> {
    static readonly A = new Bare(1);
  }
  return Bare.members();
});
out('EnumCheck', EnumCheck.members(), UNIQUE === EnumCheck.UNIQUE, CONTINUOUS === EnumCheck.CONTINUOUS, NAMED_FLAGS === EnumCheck.NAMED_FLAGS);
out('str', String(UNIQUE), `${NAMED_FLAGS}`, UNIQUE);
out('FlagBoundary', FlagBoundary.members(), STRICT === FlagBoundary.STRICT, CONFORM === FlagBoundary.CONFORM, EJECT === FlagBoundary.EJECT, KEEP === FlagBoundary.KEEP);
raises('verify(UNIQUE)', () => {
  class Twice extends Enum<number> {
    static readonly A = new Twice(1);
    static readonly B = new Twice(1);
  }
  verify(UNIQUE)(Twice);
  return Twice.A;
});
