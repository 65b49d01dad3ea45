/**
 * Does constructing an instance of this class run code of the user's after `super()`?
 *
 * Without the transformer, an alias declared by value (`static B = new C(1)` after
 * `static A = new C(1)`) can only be the very same object as `A` if the base constructor
 * returns `A`. That is safe only when nothing runs on the returned object afterwards: no
 * constructor of the user's, no instance fields, no private methods (which would be
 * installed twice and throw). JavaScript offers no way to ask, so this reads the class's
 * source text; anything it cannot read with certainty counts as "runs code", and such an
 * alias becomes the same object at the first use instead (SPEC section 2).
 */
const cache = new WeakMap<Function, boolean>();

export function runsCodeAfterSuper(cls: Function): boolean {
  let known = cache.get(cls);
  if (known === undefined) {
    try {
      known = !isPlainClassBody(Function.prototype.toString.call(cls));
    } catch {
      known = true;
    }
    cache.set(cls, known);
  }
  return known;
}

type Token = { readonly text: string; readonly depth: number; readonly newlineBefore: boolean };

function isPlainClassBody(source: string): boolean {
  if (!/^class\b/.test(source)) return false;
  const tokens = tokenize(source);
  const open = tokens.findIndex((t) => t.text === '{' && t.depth === 0);
  if (open < 0) return false;
  let segment: Token[] = [];
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.depth === 0) break; // the closing brace of the class body
    if (t.depth > 1) {
      // Inside a nested group: only its opening and closing matter to the member's shape.
      continue;
    }
    if (t.newlineBefore && segment.length && !endsWithOperator(segment)) {
      if (!isPlainMember(segment)) return false;
      segment = [];
    }
    if (t.text === ';') {
      if (!isPlainMember(segment)) return false;
      segment = [];
      continue;
    }
    segment.push(t);
    if (t.text === '}' && segment[0]?.text !== 'static' && isMethodShape(segment)) {
      if (!isPlainMember(segment)) return false;
      segment = [];
    } else if (t.text === '}' && segment[0]?.text === 'static' && isStaticBlockOrMethod(segment)) {
      segment = [];
    }
  }
  return segment.length === 0 || isPlainMember(segment);
}

const OPERATOR_END =
  /^(=|[-+*/%&|^!<>?:,.({[]|=>|\*\*|&&|\|\||\?\?|new|typeof|void|await|yield|in|instanceof)$/;
const endsWithOperator = (segment: Token[]): boolean =>
  OPERATOR_END.test((segment[segment.length - 1] as Token).text);

/** `name(...) {...}`, possibly with `async`, `get`, `set` or `*` before the name. */
function isMethodShape(segment: Token[]): boolean {
  const n = segment.length;
  return (
    n >= 5 &&
    segment[n - 1]?.text === '}' &&
    segment[n - 2]?.text === '{' &&
    segment[n - 3]?.text === ')'
  );
}

function isStaticBlockOrMethod(segment: Token[]): boolean {
  return (segment[1]?.text === '{' && segment.length === 3) || isMethodShape(segment);
}

/** A member that adds nothing to instances: anything static, or a plain public method. */
function isPlainMember(segment: Token[]): boolean {
  if (segment.length === 0) return true;
  const first = segment[0] as Token;
  if (first.text === 'static' && segment[1]?.text !== '(') return true;
  if (!isMethodShape(segment)) return false;
  const texts = segment.map((t) => t.text);
  if (texts.some((x) => x === '@' || x === '=' || x.startsWith('#') || x === 'accessor'))
    return false;
  const name = texts.find((x) => !['async', 'get', 'set', '*'].includes(x));
  return name !== 'constructor' && name !== "'constructor'" && name !== '"constructor"';
}

/** Splits source into tokens with their brace/paren depth, skipping strings, comments, regexes. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const stack: string[] = [];
  let newline = false;
  let i = 0;
  const push = (text: string, depth: number) => {
    tokens.push({ text, depth, newlineBefore: newline });
    newline = false;
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\n') {
      newline = true;
      i++;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxError('unterminated comment');
      if (source.slice(i, end).includes('\n')) newline = true;
      i = end + 2;
    } else if (ch === '"' || ch === "'") {
      const start = i;
      i = skipQuoted(source, i, ch);
      push(source.slice(start, i), stack.length);
    } else if (ch === '`') {
      i = skipTemplate(source, i);
      push('`', stack.length);
    } else if (ch === '/' && regexAllowed(tokens)) {
      i = skipRegex(source, i);
      push('/re/', stack.length);
    } else if ('({['.includes(ch)) {
      push(ch, stack.length);
      stack.push(ch);
      i++;
    } else if (')}]'.includes(ch)) {
      stack.pop();
      push(ch, stack.length);
      i++;
    } else {
      const word =
        /^(#?[\w$\u0080-\uffff]+|=>|===|!==|==|!=|<=|>=|&&|\|\||\?\?|\*\*|\.\.\.|[^\s])/u.exec(
          source.slice(i, i + 64),
        );
      const text = word ? (word[0] as string) : ch;
      push(text, stack.length);
      i += text.length;
    }
  }
  return tokens;
}

function skipQuoted(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  if (i >= source.length) throw new SyntaxError('unterminated string');
  return i + 1;
}

/** Skips a template literal, including `${ ... }` parts with nested braces and templates. */
function skipTemplate(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === '`') return i + 1;
    else if (ch === '$' && source[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        const c = source[i] as string;
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '`') {
          i = skipTemplate(source, i);
          continue;
        } else if (c === '"' || c === "'") {
          i = skipQuoted(source, i, c);
          continue;
        }
        i++;
      }
    } else i++;
  }
  throw new SyntaxError('unterminated template');
}

function regexAllowed(tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1]?.text;
  if (prev === undefined) return true;
  if (/^[\w$#]/.test(prev))
    return /^(return|typeof|case|do|else|in|instanceof|new|void|delete|throw|yield|await)$/.test(
      prev,
    );
  return !/^[)\]}]$/.test(prev) && prev !== '`' && prev !== '/re/' && !/^["']/.test(prev);
}

function skipRegex(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === '\n') throw new SyntaxError('unterminated regex');
    else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      i++;
    }
  }
  i++;
  while (i < source.length && /[a-z]/i.test(source[i] as string)) i++;
  return i;
}
