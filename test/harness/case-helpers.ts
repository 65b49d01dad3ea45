/**
 * The helpers a behaviour case imports from 'case-helpers' (provided by the runner, bound to
 * the captured console). Their Python twins are in test/behaviour/python/_helpers.py; the two
 * must print the same text for the same observation:
 *
 *   out(label, ...values)  prints `label v1 v2`, each value through r()
 *   r(x)                   Python's repr of the JavaScript value (True/False/None, 'str',
 *                          [a, b], {k: v}); a member (anything with a util.inspect.custom
 *                          method) through util.inspect, which SPEC section 6 makes Python's repr
 *   raises(label, fn)      runs fn: `label -> no error[: value]` or
 *                          `label -> raises <RangeError|TypeError|...>: <message>`
 *
 * Python's ValueError and KeyError are RangeError, TypeError stays TypeError (SPEC section 9);
 * the comparison of a `raises` line is by class exactly and by CPython's message as a prefix
 * (see test/harness/compare.ts).
 */
import { inspect } from 'node:util';

const standardErrors = [
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
] as const;

export function errorClassName(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error(${typeof error})`;
  for (const cls of standardErrors) if (error instanceof cls) return cls.name;
  return error.constructor === Error ? 'Error' : `Error(${error.constructor.name})`;
}

function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let body = '';
  for (const ch of s) {
    if (ch === '\\') body += '\\\\';
    else if (ch === quote) body += `\\${quote}`;
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (ch === '\t') body += '\\t';
    else body += ch;
  }
  return quote + body + quote;
}

const custom = inspect.custom;

export function r(x: unknown): string {
  if (x === undefined || x === null) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return 'nan';
    if (x === Number.POSITIVE_INFINITY) return 'inf';
    if (x === Number.NEGATIVE_INFINITY) return '-inf';
    return Object.is(x, -0) ? '0' : String(x);
  }
  if (typeof x === 'bigint') return String(x);
  if (typeof x === 'string') return pyStr(x);
  if (typeof x === 'symbol') return x.toString();
  if (typeof x === 'function') {
    return typeof (x as unknown as Record<symbol, unknown>)[custom] === 'function'
      ? inspect(x)
      : `<function ${x.name}>`;
  }
  if (Array.isArray(x)) return `[${x.map(r).join(', ')}]`;
  if (x instanceof Map) return `{${[...x].map(([k, v]) => `${r(k)}: ${r(v)}`).join(', ')}}`;
  if (x instanceof Set) return x.size ? `{${[...x].map(r).join(', ')}}` : 'set()';
  if (x instanceof Error) return `${x.constructor.name}(${pyStr(x.message)})`;
  if (typeof (x as Record<symbol, unknown>)[custom] === 'function') return inspect(x);
  const proto = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) {
    return `{${Object.entries(x as object)
      .map(([k, v]) => `${pyStr(k)}: ${r(v)}`)
      .join(', ')}}`;
  }
  return inspect(x);
}

export interface CaseHelpers {
  out(label: string, ...values: unknown[]): void;
  r(x: unknown): string;
  raises(label: string, fn: () => unknown): void;
  mentions(label: string, fn: () => unknown, ...words: string[]): void;
  inspect: typeof inspect;
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '\\n');
}

export function createCaseHelpers(print: (line: string) => void): CaseHelpers {
  return {
    r,
    inspect,
    out(label, ...values) {
      print([label, ...values.map(r)].join(' '));
    },
    raises(label, fn) {
      let value: unknown;
      try {
        value = fn();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        print(`${label} -> raises ${errorClassName(error)}: ${oneLine(message)}`);
        return;
      }
      print(value === undefined ? `${label} -> no error` : `${label} -> no error: ${r(value)}`);
    },
    /**
     * SPEC section 9 (not CPython): a definition error names the enum and the member. Prints
     * the error class and whether every word occurs in the message (quoting it when not).
     */
    mentions(label, fn, ...words) {
      try {
        fn();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const missing = words.filter((w) => !message.includes(w));
        print(
          `${label} -> ${errorClassName(error)} naming ${words.join(', ')}: ${missing.length ? `MISSING ${missing.join(', ')} in ${JSON.stringify(message)}` : 'yes'}`,
        );
        return;
      }
      print(`${label} -> no error`);
    },
  };
}
