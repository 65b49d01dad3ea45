/**
 * The functional form (SPEC section 3): `Enum.create('Animal', 'ANT BEE')`, a list of
 * names, a list of `[name, value]` pairs, or an object of name -> value.
 */
import { defineTable, type EntryInput, type NextValueHook } from '../src/define';
import { classRepr } from '../src/kinds';
import { lookupMessages, problemError, problems } from '../src/problems';
import { install } from './install';
import { AUTO, bareInstance, finalState } from './lifecycle';
import { isDefaultHook } from './read-entries';
import { KIND, kindOf } from './state';
import type { CreateOptions } from './types';

type Hooked = Function & { _generate_next_value_: NextValueHook };

export function createEnum(
  base: Function,
  name: string,
  names: unknown,
  options: CreateOptions = {},
): Function {
  checkBase(base, name);
  const start = options.start ?? 1;
  const entries = readNames(base as Hooked, names, start);
  const kind = kindOf(base);
  const hook = (base as Hooked)._generate_next_value_;
  const nextValue: NextValueHook | undefined = isDefaultHook(base) ? undefined : hook.bind(base);
  const { table, problems } = defineTable({
    enumName: name,
    kind,
    entries,
    start,
    ...(nextValue ? { nextValue } : {}),
  });
  if (problems.length) throw problemError(problems[0] as (typeof problems)[0]);
  // A named class expression gives the new class its `name`, as Python's first argument.
  const cls = { [name]: class extends (base as new (...args: unknown[]) => object) {} }[
    name
  ] as Function;
  if (options.boundary !== undefined)
    Object.defineProperty(cls, '_boundary_', { value: options.boundary });
  // Members are made without running a constructor, as CPython's functional form does.
  install(
    cls,
    table,
    table.members.map(() => bareInstance(cls)),
  );
  return cls;
}

function entry(name: string, value: unknown): EntryInput {
  if (value === AUTO) return { name, auto: true };
  // `[auto(), 'x']`: each auto element gets a value in turn, as in a class body.
  const autoAt = Array.isArray(value) ? value.flatMap((v, i) => (v === AUTO ? [i] : [])) : [];
  return autoAt.length ? { name, value, autoAt } : { name, value };
}

/** Python's `_create_`: names become `(name, value)` pairs, auto values from the base's hook. */
function readNames(base: Hooked, names: unknown, start: number): EntryInput[] {
  const list =
    typeof names === 'string' ? names.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : names;
  if (Array.isArray(list)) {
    if (list.length && typeof list[0] === 'string') {
      const hook = base._generate_next_value_;
      // A default hook never fails from an integer start, so `defineTable` can make the
      // values as it does for `auto()` in a class body (CPython calls the hook for every
      // name first, then checks the names: the order only matters if the hook can fail).
      if (isDefaultHook(base as Function) && Number.isInteger(start))
        return (list as string[]).map((n) => ({ name: n, auto: true }));
      const lastValues: unknown[] = [];
      return (list as string[]).map((n, count) => {
        const value = hook.call(base, n, start, count, lastValues.slice());
        lastValues.push(value);
        return { name: n, value };
      });
    }
    return (list as [string, unknown][]).map(([n, value]) => entry(n, value));
  }
  if (list instanceof Map) return [...list].map(([n, value]) => entry(n, value));
  if (isIterable(list)) {
    // Python's `for item in names`: pairs, or the keys of a mapping; a set or an iterator
    // of bare names is no mapping (`names[item]` fails).
    const items = [...list];
    if (items.some((item) => typeof item === 'string'))
      throw new TypeError(lookupMessages.notSubscriptable(iterableTypeName(list)));
    return (items as [string, unknown][]).map(([n, value]) => entry(n, value));
  }
  if (typeof list === 'object' && list !== null) {
    return Object.entries(list).map(([n, value]) => entry(n, value));
  }
  throw new TypeError(`names must be a string, a list or an object, not ${typeof names}`);
}

const isIterable = (x: unknown): x is Iterable<unknown> =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';

/** `set`, `generator`: the name Python would give the object (its toString tag). */
const iterableTypeName = (x: object): string =>
  Object.prototype.toString.call(x).slice(8, -1).toLowerCase();

/** An enum with members cannot be extended, by `create` either (SPEC section 2). */
function checkBase(base: Function, name: string): void {
  if (Object.hasOwn(base, KIND)) return;
  const state = finalState(base);
  if (state.table.members.length) {
    throw problemError(problems.extendsEnumWithMembers(name, classRepr(state.kind, base.name)));
  }
}
