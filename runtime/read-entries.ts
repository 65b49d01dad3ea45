/**
 * What the runtime reads off an enum class to define it: its own statics that hold members
 * (in definition order, aliases by reference and `_add_alias_` names included), and its hooks
 * (`_generate_next_value_` unless it is one of tsenum's defaults, `_order_`), as the input of
 * src/define.ts's `defineTable`.
 */
import { type EntryInput, type NextValueHook, staticProblem } from '../src/define';
import type { Kind } from '../src/kinds';
import type { Problem } from '../src/problems';
import { ignoredStatics } from './ignore';
import { type Construction, type DefiningState, KIND, PENDING } from './state';

type Hooked = { _generate_next_value_?: NextValueHook; _order_?: unknown };

/**
 * Is the `_generate_next_value_` that `cls` has one of tsenum's defaults (not the user's)? It
 * is when the nearest class in the chain that has its own is one of tsenum's base classes (they
 * carry their own KIND). Asked of the chain rather than kept in a registry the bases add
 * themselves to: a registry filled at module load is a top-level side effect, which would keep
 * every kind in a bundle that imports only one (SPEC section 1, tree-shaking).
 */
export function isDefaultHook(cls: Function): boolean {
  for (let c: Function | null = cls; c !== null; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, '_generate_next_value_')) return Object.hasOwn(c, KIND);
    if (c === Function.prototype) break;
  }
  return false;
}

type ReadEntry = EntryInput & { readonly object: object };

/** The class's own statics that hold its members, in definition order. */
export function readEntries(
  cls: Function,
  state: DefiningState,
): { entries: ReadEntry[]; sunders: Problem[] } {
  const entries: ReadEntry[] = [];
  const sunders: Problem[] = [];
  const firstName = new Map<object, string>();
  const ignored = ignoredStatics(cls);
  for (const key of Object.getOwnPropertyNames(cls)) {
    const descriptor = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    const object = descriptor.value;
    const construction =
      'value' in descriptor && !ignored?.includes(key) ? state.constructed.get(object) : undefined;
    if (construction === undefined) {
      const problem = staticProblem(cls.name, key);
      if (problem) sunders.push(problem);
      continue;
    }
    const earlier = firstName.get(object);
    if (earlier !== undefined) {
      entries.push({ name: key, ref: earlier, object });
    } else {
      firstName.set(object, key);
      entries.push(entryOf(key, construction, object));
      // `_add_alias_` names: aliases by reference right after their member.
      for (const name of construction.names ?? []) entries.push({ name, ref: key, object });
    }
  }
  return { entries, sunders };
}

function entryOf(name: string, construction: Construction, object: object): ReadEntry {
  const { valueAliases } = construction;
  const entry = plainEntryOf(name, construction, object);
  return valueAliases ? { ...entry, valueAliases } : entry;
}

function plainEntryOf(name: string, construction: Construction, object: object): ReadEntry {
  const { value, autoAt, template, autoValues } = construction;
  if (autoAt !== undefined) {
    return value === PENDING
      ? { name, value: template, autoAt, object }
      : { name, value, autoValues, object };
  }
  return value === PENDING ? { name, auto: true, object } : { name, value, object };
}

export function defineInput(cls: Function, kind: Kind, entries: readonly EntryInput[]) {
  const hook = (cls as Hooked)._generate_next_value_;
  const nextValue = isDefaultHook(cls) || typeof hook !== 'function' ? undefined : hook.bind(cls);
  const order = Object.hasOwn(cls, '_order_') ? (cls as Hooked)._order_ : undefined;
  return {
    enumName: cls.name,
    kind,
    entries,
    ...(nextValue ? { nextValue } : {}),
    ...(typeof order === 'string' || Array.isArray(order)
      ? { order: order as string | string[] }
      : {}),
  };
}
