/**
 * Python's `repr()` of a JavaScript value, for error messages and `util.inspect`:
 * strings in quotes, integers plain, floats as Python prints them, arrays as tuples,
 * plain objects as dicts. Anything else falls back to `String(value)`.
 */
export function pyRepr(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return reprString(value);
    case 'number':
      return reprNumber(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'undefined':
      return 'None';
    case 'object':
      if (value === null) return 'None';
      if (Array.isArray(value)) {
        const items = value.map(pyRepr);
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      }
      if (isPlainObject(value)) {
        const items = Object.keys(value).map(
          (k) => `${reprString(k)}: ${pyRepr((value as Record<string, unknown>)[k])}`,
        );
        return `{${items.join(', ')}}`;
      }
      return reprOfObject(value);
    default:
      return String(value);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Python picks single quotes unless the text has one and no double quote. */
function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/**
 * Integers print as Python ints; other numbers as Python floats, which switch to
 * exponent form below 1e-4 and from 1e16 on (JavaScript switches at 1e-7 and 1e21).
 */
function reprNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Number.POSITIVE_INFINITY) return 'inf';
  if (n === Number.NEGATIVE_INFINITY) return '-inf';
  if (Object.is(n, -0)) return '-0.0';
  // A safe integer is a Python int; beyond 2**53 a number can only have come from a float.
  if (Number.isSafeInteger(n)) return String(n);
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) return Number.isInteger(n) ? `${n}.0` : String(n);
  const [int, frac] = (mantissa as string).split('.');
  const digits = frac ? `${int}.${frac}` : int;
  const sign = exp < 0 ? '-' : '+';
  return `${digits}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** An object that prints itself for Node (an enum member: `<Color.RED: 1>`) does so here too. */
function reprOfObject(value: object): string {
  const custom = (value as { [INSPECT]?: unknown })[INSPECT];
  return typeof custom === 'function' ? String(custom.call(value)) : String(value);
}
