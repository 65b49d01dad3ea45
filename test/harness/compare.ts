/**
 * Compares a program's printed lines with the expected lines (CPython 3.13's output, or a
 * hand-written SPEC expectation). Lines must be equal, except `raises` lines:
 *
 *   expected `L -> raises C: M`   actual must be `L -> raises C: M...`  (same label, same class,
 *                                 CPython's message as a PREFIX: TS may append context)
 *   expected `L -> raises C ~ W`  actual message must CONTAIN W (Python's KeyError, whose str()
 *                                 is only the key)
 *   expected `L -> raises C`      the class only
 */
const RAISES = /^(.*) -> raises (\S+?)(?:(: | ~ )(.*))?$/;

export function linesOf(text: string, { comments = false } = {}): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return comments ? lines.filter((l) => !l.startsWith('#')) : lines;
}

/**
 * CPython's message with Python's names for tsenum's API replaced by tsenum's (the one
 * renaming a message needs: `enum.show_flag_values(value)` is `showFlagValues(value)`).
 */
export function tsenumWords(pythonMessage: string): string {
  return pythonMessage.replace(/\benum\.show_flag_values\(/g, 'showFlagValues(');
}

export function lineMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const e = RAISES.exec(expected);
  const a = RAISES.exec(actual);
  if (!e || !a) return false;
  const [, eLabel, eClass, eSep, eMessage] = e;
  const [, aLabel, aClass, aSep, aMessage] = a;
  if (eLabel !== aLabel || eClass !== aClass) return false;
  if (eSep === undefined) return true;
  if (aSep !== ': ' || aMessage === undefined) return false;
  const want = tsenumWords(eMessage ?? '');
  return eSep === ': ' ? aMessage.startsWith(want) : aMessage.includes(want);
}

/**
 * The actual lines with every line that matches its expected counterpart replaced by the
 * expected text, so that `expect(normalized).toEqual(expected)` shows only real differences.
 */
export function normalizeAgainst(expected: readonly string[], actual: readonly string[]): string[] {
  return actual.map((line, i) => {
    const want = expected[i];
    return want !== undefined && lineMatches(want, line) ? want : line;
  });
}

/**
 * The lines as compared ACROSS compiler settings: a `raises` line whose expectation pins only
 * the class (Python's AttributeError: assigning to or deleting a frozen property) keeps only
 * the class, because the engine's own message quotes the compiled class source, which differs
 * from one compiler to the next. Everything else must be identical.
 */
export function comparableAcrossSettings(
  expected: readonly string[],
  actual: readonly string[],
): string[] {
  return actual.map((line, i) => {
    const e = expected[i] === undefined ? null : RAISES.exec(expected[i] as string);
    const a = RAISES.exec(line);
    if (e && a && e[3] === undefined && e[1] === a[1] && e[2] === a[2])
      return `${a[1]} -> raises ${a[2]}`;
    return line;
  });
}
