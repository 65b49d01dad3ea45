/**
 * The behaviour cases: TypeScript program texts and where their expected output lives.
 *
 *   cases/shared/_setup.class.ts, _setup.function.ts   CPython's _EnumTests.setUp per form
 *   cases/shared/<case>.ts    one body shared by every kind: the program is setup + body
 *                             with `Enum as K` in the import replaced by the kind, run for
 *                             Enum, IntEnum, StrEnum, Flag, IntFlag x class, function form
 *                             (`// kinds: Flag IntFlag` restricts the kinds)
 *                             -> expected/shared/<case>.<Kind>.<form>.txt
 *   cases/<group>/<case>.ts   a standalone program -> expected/<group>/<case>.txt
 *   cases/spec/<case>.ts      SPEC's own behaviour where it differs from or goes beyond
 *                             Python: hand-written expectations in cases/spec/<case>.expected.txt
 *                             (`#` lines there are comments citing the SPEC section)
 *
 * Every CPython-derived case has a Python twin under python/ with the same relative path;
 * regen.py writes expected/ from them with python3.13.
 *
 * Line directives (TypeScript only; Python uses plain `if`): `// #if <cond>`, `// #elif
 * <cond>`, `// #else`, `// #endif`, where <cond> is space-separated alternatives among
 * kind names, `flag`, `class`, `function`, each optionally negated with `!`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const behaviourDir = path.dirname(fileURLToPath(import.meta.url));
export const KINDS = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'] as const;
export const FORMS = ['class', 'function'] as const;
export type Kind = (typeof KINDS)[number];
export type Form = (typeof FORMS)[number];

export interface BehaviourCase {
  /** e.g. `shared/basics.IntFlag.class`, `special/comparisons`, `spec/aliases-in-class-body` */
  readonly id: string;
  readonly source: string;
  readonly expectedPath: string;
  /** hand-written expectation (SPEC), `#` comment lines allowed */
  readonly byHand: boolean;
}

interface Context {
  kind?: Kind;
  form?: Form;
}

function holds(cond: string, ctx: Context): boolean {
  const alternatives = cond.trim().split(/\s+/).filter(Boolean);
  if (!alternatives.length) throw new Error('empty #if condition');
  return alternatives.some((token) => {
    const negated = token.startsWith('!');
    const word = negated ? token.slice(1) : token;
    let value: boolean;
    if (word === 'flag') value = ctx.kind === 'Flag' || ctx.kind === 'IntFlag';
    else if (word === 'class' || word === 'function') value = ctx.form === word;
    else if ((KINDS as readonly string[]).includes(word)) value = ctx.kind === word;
    else throw new Error(`unknown #if condition word '${word}'`);
    return negated ? !value : value;
  });
}

/** Applies the line directives; removed lines become empty so line numbers stay put. */
export function preprocess(source: string, ctx: Context): string {
  const out: string[] = [];
  // each frame: is this branch active, has any branch of this #if been taken, parent active
  const stack: { active: boolean; taken: boolean; parent: boolean }[] = [];
  const active = () => (stack.length ? stack[stack.length - 1]!.active : true);
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/ #(if|elif|else|endif)\b(.*)$/.exec(line);
    if (!m) {
      out.push(active() ? line : '');
      continue;
    }
    const [, directive, rest = ''] = m;
    if (directive === 'if') {
      const parent = active();
      const value = parent && holds(rest, ctx);
      stack.push({ active: value, taken: value, parent });
    } else {
      const frame = stack[stack.length - 1];
      if (!frame) throw new Error(`#${directive} without #if`);
      if (directive === 'elif') {
        frame.active = frame.parent && !frame.taken && holds(rest, ctx);
        frame.taken ||= frame.active;
      } else if (directive === 'else') {
        frame.active = frame.parent && !frame.taken;
        frame.taken = true;
      } else {
        stack.pop();
      }
    }
    out.push('');
  }
  if (stack.length) throw new Error('#if without #endif');
  return out.join('\n');
}

export function kindsOf(body: string): readonly Kind[] {
  const m = /^\/\/ kinds: (.*)$/m.exec(body);
  if (!m) return KINDS;
  const kinds = m[1]!.trim().split(/\s+/);
  for (const k of kinds)
    if (!(KINDS as readonly string[]).includes(k)) throw new Error(`unknown kind ${k}`);
  return kinds as Kind[];
}

export function instantiateSetup(setup: string, kind: Kind): string {
  const replaced = setup
    .replace(/^(\s*)Enum as K,$/m, `$1${kind} as K,`)
    .replace(/^const KIND: string = '\w+';$/m, `const KIND: string = '${kind}';`);
  if (
    !replaced.includes(`  ${kind} as K,\n`) ||
    !replaced.includes(`const KIND: string = '${kind}';`)
  ) {
    throw new Error(
      'a shared setup must import `Enum as K,` on a line of its own and declare `const KIND: string = ...`',
    );
  }
  return replaced;
}

const read = (p: string) => readFileSync(p, 'utf8');
const tsFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .sort();

export function loadCases(): BehaviourCase[] {
  const cases: BehaviourCase[] = [];
  const casesDir = path.join(behaviourDir, 'cases');
  const expectedDir = path.join(behaviourDir, 'expected');
  for (const group of readdirSync(casesDir).sort()) {
    const groupDir = path.join(casesDir, group);
    if (group === 'spec') continue; // below
    if (group === 'shared') {
      const setups = {
        class: read(path.join(groupDir, '_setup.class.ts')),
        function: read(path.join(groupDir, '_setup.function.ts')),
      };
      for (const file of tsFiles(groupDir)) {
        const body = read(path.join(groupDir, file));
        const name = file.slice(0, -3);
        for (const kind of kindsOf(body)) {
          for (const form of FORMS) {
            const program = `${instantiateSetup(setups[form], kind)}\n${body}`;
            const id = `shared/${name}.${kind}.${form}`;
            cases.push({
              id,
              source: preprocess(program, { kind, form }),
              expectedPath: path.join(expectedDir, `${id}.txt`),
              byHand: false,
            });
          }
        }
      }
    } else {
      for (const file of tsFiles(groupDir)) {
        const id = `${group}/${file.slice(0, -3)}`;
        cases.push({
          id,
          source: preprocess(read(path.join(groupDir, file)), {}),
          expectedPath: path.join(expectedDir, `${id}.txt`),
          byHand: false,
        });
      }
    }
  }
  const specDir = path.join(casesDir, 'spec');
  if (existsSync(specDir)) {
    for (const file of tsFiles(specDir)) {
      const name = file.slice(0, -3);
      cases.push({
        id: `spec/${name}`,
        source: preprocess(read(path.join(specDir, file)), {}),
        expectedPath: path.join(specDir, `${name}.expected.txt`),
        byHand: true,
      });
    }
  }
  return cases;
}
