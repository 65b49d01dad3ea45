/**
 * A first use made while a member is being constructed (SPEC section 2): Python's `__init__`
 * reads `self._value_` and `len(cls)` with the class half made, so a constructor of the
 * user's may read `this.value`, `C.size`, `C.members()` or `C.of(v)`. Such a use answers from
 * the members so far and never ends the definition early: nothing is installed or frozen.
 *
 * "Being constructed" is what the class can see: the instance the base constructor made last
 * is held by none of the class's statics yet (JavaScript assigns the static only after the
 * constructor returns). An instance made outside the class body before the first use looks
 * the same; a microtask ends that state, so it cannot keep the class unfinished past the
 * current job.
 */
import { defineTable, type EntryInput } from '../src/define';
import { constructionMessages, problemError } from '../src/problems';
import { valueKey as valueKeyOf } from '../src/values';
import type { WideTable } from './flag-table';
import {
  type Construction,
  type DefiningState,
  FINISH,
  type FinalState,
  type Finish,
  PENDING,
} from './state';

/** The last instance made by the base constructor, while no static holds it yet. */
export function noteConstructed(state: DefiningState, instance: object | undefined): void {
  state.latest = instance;
  if (instance === undefined || state.clearing || typeof queueMicrotask !== 'function') return;
  state.clearing = true;
  queueMicrotask(() => {
    state.latest = undefined;
    state.clearing = false;
  });
}

/** Is a constructor of this class running (see above)? */
export function inConstruction(cls: Function, state: DefiningState): boolean {
  const latest = state.latest;
  if (latest === undefined) return false;
  for (const key of Object.getOwnPropertyNames(cls)) {
    const descriptor = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    if (descriptor.value === latest) {
      state.latest = undefined;
      return false;
    }
  }
  return true;
}

type ReadEntry = EntryInput & { readonly object: object };

/**
 * The class as far as it is defined: the members the statics hold so far, as lookup tables
 * the class-side API reads, built afresh at each such use (they change as members come).
 * A problem among them is thrown as the first use would throw it; `_order_` waits for the
 * whole class.
 */
export function provisionalState(
  cls: Function,
  state: DefiningState,
  entries: readonly ReadEntry[],
  input: Parameters<typeof defineTable>[0],
): FinalState {
  const { table, problems } = defineTable({ ...input, order: undefined });
  if (problems.length) throw problemError(problems[0] as (typeof problems)[0]);
  const byName = new Map<string, object>();
  const byValue = new Map<unknown, unknown>();
  const listed: object[] = [];
  table.members.forEach((m, i) => {
    const member = (entries[m.canonical] as ReadEntry).object;
    byName.set(m.name, member);
    if (m.canonical !== i) return;
    byValue.set(valueKeyOf(m.value), member);
    if (m.listed) listed.push(member);
  });
  const provisional: FinalState = {
    owner: cls,
    kind: state.kind,
    final: true,
    table,
    byName,
    byValue,
    listed,
    dense: [],
    wide: undefined as unknown as WideTable,
    boundary: 'strict',
    inverted: new WeakMap(),
    provisional: true,
  };
  (cls as { [FINISH]?: Finish })[FINISH]?.call(cls, provisional);
  return provisional;
}

/**
 * `this.name` or `this.value` read before the class is final (the first-use getters of
 * lifecycle.ts) while a constructor runs: an earlier member answers from the static that
 * holds it and its construction; the member being constructed knows its value, and its name
 * only when the transformer handed the names over (state.ts `Named`).
 */
export function readDuringConstruction(
  cls: Function,
  construction: Construction | undefined,
  instance: object,
  key: 'name' | 'value',
): unknown {
  if (construction === undefined) return undefined;
  const canonical = construction.aliasOf;
  if (canonical !== undefined && canonical !== instance) {
    // An alias by value made in a class with its own constructor answers as its member.
    return (canonical as Record<typeof key, unknown>)[key];
  }
  if (key === 'value') {
    if (construction.value !== PENDING) return construction.value;
    throw new TypeError(constructionMessages.valueInConstructor(cls.name));
  }
  if (construction.name !== undefined) return construction.name;
  for (const name of Object.getOwnPropertyNames(cls)) {
    const descriptor = Object.getOwnPropertyDescriptor(cls, name) as PropertyDescriptor;
    if (descriptor.value === instance) return name;
  }
  throw new TypeError(constructionMessages.nameInConstructor(cls.name));
}
