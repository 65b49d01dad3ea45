// test_enum.py OldTestFlag.test_iter / test_contains_tf / test_member_contains /
// test_member_iter / test_member_length / test_aliases / test_bool (bool -> !isEmpty())
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
}
class Open extends Flag {
  static readonly RO = new Open(0);
  static readonly WO = new Open(1);
  static readonly RW = new Open(2);
  static readonly AC = new Open(3);
  static readonly CE = new Open(1 << 19);
}
class Color extends Flag {
  static readonly BLACK = new Color(0);
  static readonly RED = new Color(1);
  static readonly ROJO = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(4);
  static readonly PURPLE = new Color(1 | 4); // RED|BLUE: plain numbers inside the class body, as in Python
  static readonly WHITE = new Color(1 | 2 | 4);
  static readonly BLANCO = new Color(1 | 2 | 4);
}
out('list(Color)', [...Color]);
out('list(Open)', [...Open]);
out('__members__ Color', [...Color.memberMap().keys()]);
out('Color.BLACK in Open', Open.has(Color.BLACK));
out('Open.RO in Color', Color.has(Open.RO));
out("'BLACK' in Color", Color.has('BLACK'));
out("'RO' in Open", Open.has('RO'));
out('Color.BLACK in Color', Color.has(Color.BLACK));
out('Open.RO in Open', Open.has(Open.RO));
out('1 in Color', Color.has(1));
out('1 in Open', Open.has(1));
const [R, W, X] = Perm;
const RW = R.or(W);
const RX = R.or(X);
const WX = W.or(X);
const RWX = R.or(W).or(X);
out('R in RW, RX, RWX', RW.has(R), RX.has(R), RWX.has(R));
out('W in RW, WX, RWX', RW.has(W), WX.has(W), RWX.has(W));
out('X in RX, WX, RWX', RX.has(X), WX.has(X), RWX.has(X));
out('R in WX, W in RX, X in RW', WX.has(R), RX.has(W), RW.has(X));
out('list(BLACK)', [...Color.BLACK]);
out('list(PURPLE)', [...Color.PURPLE]);
out('list(BLUE)', [...Color.BLUE]);
out('list(GREEN)', [...Color.GREEN]);
out('list(WHITE)', [...Color.WHITE]);
out('len BLACK GREEN PURPLE BLANCO', Color.BLACK.size, Color.GREEN.size, Color.PURPLE.size, Color.BLANCO.size);
out('Color(1).name', Color.of(1).name);
out("Color['ROJO'].name", Color.get('ROJO').name);
out('Color(7).name', Color.of(7).name);
out("Color['BLANCO'].name", Color.get('BLANCO').name);
out('BLANCO is WHITE', Color.BLANCO === Color.WHITE);
out("Open['AC'] is AC", Open.get('AC') === Open.AC);
out('reprs', [Color.BLACK, Color.PURPLE, Color.WHITE, Color.RED.or(Color.GREEN), Open.RO, Open.AC, Open.WO.or(Open.CE)]);
out('strs', [String(Color.BLACK), String(Color.PURPLE), String(Color.RED.or(Color.GREEN)), String(Open.WO.or(Open.CE))]);
out('bool Perm', Perm.members().map((f) => !f.isEmpty()));
out('bool Open', Open.members().map((f) => !f.isEmpty()), Open.members().map((f) => Boolean(f.value) === !f.isEmpty()));
out('bool Perm(0)', !Perm.of(0).isEmpty(), !Perm.R.and(Perm.W).isEmpty());
