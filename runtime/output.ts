/**
 * How members print: Python's `str()` (`String(m)`, templates), `repr()` (Node's
 * `util.inspect`, `console.log`), JSON (the value), and primitive conversion (IntEnum and
 * IntFlag members are their number, StrEnum members their string; plain Enum and Flag
 * members refuse to become numbers, so `<` throws as in Python).
 */
import { isValueKind } from '../src/kinds';
import { pyRepr } from '../src/repr';
import { kindOf } from './state';

interface Printable {
  readonly name: string | undefined;
  readonly value: unknown;
  readonly constructor: Function;
}

export function reprOf(member: Printable): string {
  const cls = member.constructor.name;
  const value = pyRepr(member.value);
  return member.name === undefined ? `<${cls}: ${value}>` : `<${cls}.${member.name}: ${value}>`;
}

export function strOf(member: Printable): string {
  const kind = kindOf(member.constructor);
  if (isValueKind(kind)) return String(member.value);
  const cls = member.constructor.name;
  return member.name === undefined ? `${cls}(${pyRepr(member.value)})` : `${cls}.${member.name}`;
}

/** JSON: the value, or with `static _json_ = 'name'` the name (a flag's: see flag-schema.ts). */
export const jsonByName = (member: Printable): boolean =>
  (member.constructor as { _json_?: unknown })._json_ === 'name';

export function toPrimitive(member: Printable, hint: string): unknown {
  // A template or String() goes through toString, so a user's override of it is honoured.
  if (hint === 'string') return member.toString();
  const kind = kindOf(member.constructor);
  if (isValueKind(kind)) return member.value;
  // A class's own valueOf (Python's __int__) is honoured, as toString is.
  if (member.valueOf !== Object.prototype.valueOf) return member.valueOf();
  if (hint === 'number') {
    throw new TypeError(
      `'${member.constructor.name}' members are not numbers: compare them with ===, or use .value (${strOf(member)})`,
    );
  }
  return member.toString();
}

/** Python's `type(x).__name__`, for TypeError messages about operands. */
export function pyTypeName(x: unknown): string {
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  if (typeof x === 'string') return 'str';
  if (typeof x === 'boolean') return 'bool';
  if (x === undefined || x === null) return 'NoneType';
  if (Array.isArray(x)) return 'tuple';
  if (typeof x === 'object' || typeof x === 'function')
    return (x as object).constructor?.name ?? 'object';
  return typeof x;
}
