// Flags wider than 10 bits (test_enum.py's TestFlag operators, on 24 bits): composites of high
// bits are singletons, found again by `|`, `&`, `^` and by value, however many are made
// (tsenum keeps values of 1,024 and above in a table of their own).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Wide extends Flag {
  static readonly B0 = new Wide(auto());
  static readonly B1 = new Wide(auto());
  static readonly B2 = new Wide(auto());
  static readonly B3 = new Wide(auto());
  static readonly B4 = new Wide(auto());
  static readonly B5 = new Wide(auto());
  static readonly B6 = new Wide(auto());
  static readonly B7 = new Wide(auto());
  static readonly B8 = new Wide(auto());
  static readonly B9 = new Wide(auto());
  static readonly B10 = new Wide(auto());
  static readonly B11 = new Wide(auto());
  static readonly B12 = new Wide(auto());
  static readonly B13 = new Wide(auto());
  static readonly B14 = new Wide(auto());
  static readonly B15 = new Wide(auto());
  static readonly B16 = new Wide(auto());
  static readonly B17 = new Wide(auto());
  static readonly B18 = new Wide(auto());
  static readonly B19 = new Wide(auto());
  static readonly B20 = new Wide(auto());
  static readonly B21 = new Wide(auto());
  static readonly B22 = new Wide(auto());
  static readonly B23 = new Wide(auto());
  static readonly HIGH = new Wide(0xf00000);
}
const bits = [...Wide];
out('bits', bits.length, Wide.B23.value, Wide.HIGH);
let made = 0;
let same = 0;
let sum = 0;
for (let i = 0; i < bits.length; i++) {
  for (let j = 0; j < bits.length; j++) {
    const a = bits[i] as Wide;
    const b = bits[(j * 7) % bits.length] as Wide;
    const ab = a.or(b);
    const again = b.or(a);
    if (ab === again && ab === Wide.of(a.value | b.value)) same++;
    made++;
    sum += ab.value + a.and(b).value + a.xor(b).value;
  }
}
out('pairs', made, same, sum);
const c = Wide.B10.or(Wide.B20);
const d = c.or(Wide.B23);
out('composite', c, d, d.and(Wide.HIGH), d.xor(Wide.B23) === c, Wide.of(c.value) === c);
out('named high', Wide.B20.or(Wide.B21).or(Wide.B22).or(Wide.B23) === Wide.HIGH);
let chain = Wide.B0;
const seen: Wide[] = [];
for (let k = 1; k < bits.length; k++) {
  chain = chain.or(bits[k] as Wide);
  seen.push(chain);
}
out('chain', chain.value, seen.every((m, k) => Wide.of(m.value) === m && m.value === 2 ** (k + 2) - 1));
