// test_enum.py TestSpecial.test_missing_override (and the default _missing_)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class ZeroDivision extends Error {}
class Color extends Enum {
  static readonly red = new Color(1);
  static readonly green = new Color(2);
  static readonly blue = new Color(3);
  static _missing_(item: unknown) {
    if (item === 'three') return Color.blue;
    if (item === 'bad return') return 5; // trigger internal error
    if (item === 'error out') throw new ZeroDivision();
    return undefined; // trigger not found
  }
}
out("Color('three') is blue", Color.of('three') === Color.blue);
raises('Color(7)', () => Color.of(7));
raises("Color('bad return')", () => Color.of('bad return'));
try {
  Color.of('error out');
} catch (error) {
  if (error instanceof ZeroDivision) out("Color('error out')", 'the error of _missing_ propagates');
}
class Lenient extends IntEnum {
  static readonly ONE = new Lenient(1);
  static readonly TWO = new Lenient(2);
  static _missing_(value: unknown) {
    if (typeof value === 'string' && /^[0-9]+$/.test(value)) return Lenient.of(Number(value));
    return undefined;
  }
}
out("Lenient('2')", Lenient.of('2'));
raises("Lenient('x')", () => Lenient.of('x'));
