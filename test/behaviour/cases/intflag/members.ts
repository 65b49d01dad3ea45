// test_enum.py OldTestIntFlag.test_iter / test_programatic_function_* / test_contains_tf /
// test_member_contains / test_member_iter / test_member_length / test_aliases / test_bool
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Perm extends IntFlag {
  static readonly R = new Perm(1 << 2);
  static readonly W = new Perm(1 << 1);
  static readonly X = new Perm(1 << 0);
}
class Open extends IntFlag {
  static readonly RO = new Open(0);
  static readonly WO = new Open(1);
  static readonly RW = new Open(2);
  static readonly AC = new Open(3);
  static readonly CE = new Open(1 << 19);
}
class Color extends IntFlag {
  static readonly BLACK = new Color(0);
  static readonly RED = new Color(1);
  static readonly ROJO = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(4);
  static readonly PURPLE = new Color(1 | 4);
  static readonly WHITE = new Color(1 | 2 | 4);
  static readonly BLANCO = new Color(1 | 2 | 4);
}
out('list(Color)', [...Color]);
out('list(Open)', [...Open]);
const Perm2 = IntFlag.create('Perm', 'R W X');
out('functional', [...Perm2], Perm2.members().map((p, i) => p == [1, 2, 4][i]));
const Perm3 = IntFlag.create('Perm', 'R W X', { start: 8 });
out('functional start=8', [...Perm3]);
const Perm4 = IntFlag.create('Perm', [['R', 2], ['W', 8], ['X', 32]]);
out('functional pairs', [...Perm4]);
const Perm5 = IntFlag.create('Perm', { R: 2, W: 8, X: 32 });
out('functional dict', [...Perm5]);
const Thing = IntFlag.create('Thing', []);
out('empty', [...Thing], Thing.size);
raises('Thing(0)', () => Thing.of(0));
out('Color.BLACK in Open', Open.has(Color.BLACK));
out('Open.RO in Color', Color.has(Open.RO));
out("'BLACK' in Color", Color.has('BLACK'));
out('1 in Color, 1 in Open', Color.has(1), Open.has(1));
const [R, W, X] = Perm;
const RWX = R.or(W, X);
out('R in R|W', R.or(W).has(R), RWX.has(R), W.or(X).has(R));
out('list(BLACK) list(PURPLE)', [...Color.BLACK], [...Color.PURPLE], [...Color.WHITE]);
out('len', Color.BLACK.size, Color.GREEN.size, Color.PURPLE.size, Color.BLANCO.size);
out('aliases', Color.of(1).name, Color.get('ROJO').name, Color.of(7).name, Color.get('BLANCO').name, Color.BLANCO === Color.WHITE);
out('reprs', [Color.BLACK, Color.PURPLE, Color.RED.or(Color.GREEN), Open.RO, Open.WO.or(Open.CE)]);
out('strs', [String(Color.BLACK), String(Color.PURPLE), String(Color.RED.or(Color.GREEN))]);
