/**
 * How a class becomes an enum without anything running at the end of its body:
 * `construct` runs in the base constructor for each `new X(...)` in the class body;
 * `finalState` runs at the first use (or at the end of the body, from the transformer's
 * seal call) and turns what was constructed into the final, frozen class.
 */
import { defaultNextValue, defaultNextValueOf, RunningMax } from '../src/auto';
import { checkValue, defineTable } from '../src/define';
import { classRepr, type Kind } from '../src/kinds';
import { type Problem, problemError, problems } from '../src/problems';
import { valueKey } from '../src/values';
import { autoElements, resolveElements } from './auto-elements';
import { runsCodeAfterSuper } from './class-source';
import { isIgnored } from './ignore';
import { install } from './install';
import {
  inConstruction,
  noteConstructed,
  provisionalState,
  readDuringConstruction,
} from './provisional';
import { defineInput, isDefaultHook, readEntries } from './read-entries';
import {
  type Construction,
  type DefiningState,
  type FastTable,
  type FinalState,
  KIND,
  kindOf,
  ownState,
  PENDING,
  setState,
  useDictionaryProperties,
} from './state';

/** What `auto()` returns: a marker the base constructor recognises. */
export const AUTO: unique symbol = Symbol('tsenum.auto');

let bare = false;
/** The class every enum class extends (Enum), found from the first class that needs it. */
let root: Function | undefined;

function rootOf(cls: Function): Function {
  let top = cls;
  for (
    let up = Object.getPrototypeOf(top);
    up !== null && KIND in up;
    up = Object.getPrototypeOf(up)
  )
    top = up;
  root = top;
  return top;
}

/**
 * An instance of `cls` made by the base constructor alone, running no user constructor (as
 * CPython makes flag composites and functional members). Allocated through the class's own
 * constructor path, it has the same hidden class as the members `new X(...)` made, so code
 * reading members and composites stays monomorphic.
 */
export function bareInstance(cls: Function): object {
  bare = true;
  try {
    return Reflect.construct(root ?? rootOf(cls), [], cls);
  } finally {
    bare = false;
  }
}

/** The base constructor's work: returns the object `new X(...)` evaluates to. */
export function construct(instance: object, cls: Function, args: ArrayLike<unknown>): object {
  if (bare) return instance;
  if (Object.hasOwn(cls, KIND)) {
    throw new TypeError(
      `${cls.name} cannot be instantiated: extend it, or use ${cls.name}.create(...)`,
    );
  }
  let state = ownState(cls);
  if (state === undefined) state = startDefining(cls);
  else if (state.final) {
    throw new TypeError(
      `${classRepr(state.kind, cls.name)} cannot get new members: use ${cls.name}.of(value)`,
    );
  }
  if (state.fast !== undefined) {
    // Built from the transformer's table: the member's name and value, right here.
    const fast = state.fast;
    const k = fast.objects.length;
    if (args.length === 1 && k < fast.values.length && Object.is(args[0], fast.values[k])) {
      fast.objects.push(instance);
      const member = instance as { name: unknown; value: unknown };
      member.name = fast.memberNames[k];
      member.value = args[0];
      return instance;
    }
    demote(cls, state);
  }
  if (state.pending.length) settlePending(cls, state);
  // `super(v)` with no `v` given (`new X()` through a constructor of the user's) is auto too:
  // `undefined` is JavaScript's "not given", as default parameters read it.
  const auto = args.length === 0 || args[0] === AUTO || args[0] === undefined;
  if (auto && !('autoHook' in state)) state.autoHook = hookOf(cls);
  let value: unknown = auto ? PENDING : args[0];
  if (auto && !needsName(cls, state.kind)) value = nextDefaultValue(state);
  const construction: Construction = { value, aliasOf: undefined };
  const named = state.named;
  if (named !== undefined) construction.name = named.names[named.next++];
  const autoAt = auto ? undefined : autoElements(value);
  if (autoAt !== undefined) {
    construction.autoAt = autoAt;
    construction.template = value as unknown[];
    construction.value = PENDING;
    if (!needsName(cls, state.kind)) resolveElements(state, construction);
    value = construction.value;
  }
  if (value === PENDING) {
    state.pending.push(instance);
    state.constructed.set(instance, construction);
    noteConstructed(state, instance);
    return instance;
  }
  const placed = place(cls, state, instance, construction);
  // Returning the canonical member, the base runs no code of the user's on it.
  noteConstructed(state, placed === instance ? instance : undefined);
  return placed;
}

/**
 * Leaves the transformer's table: the class is defined the ordinary way from here on, with the
 * members constructed so far recorded as if the table had never been there.
 */
export function demote(cls: Function, state: DefiningState): void {
  const fast = state.fast as FastTable;
  state.fast = undefined;
  for (let k = 0; k < fast.objects.length; k++) {
    place(cls, state, fast.objects[k] as object, { value: fast.values[k], aliasOf: undefined });
  }
}

/** Records a construction whose value is known; an alias by value resolves here. */
function place(
  cls: Function,
  state: DefiningState,
  instance: object,
  construction: Construction,
): object {
  state.constructed.set(instance, construction);
  if (construction.autoValues === undefined) state.highest.add(construction.value);
  else for (const v of construction.autoValues) state.highest.add(v);
  const checked = checkValue(state.kind, cls.name, '?', construction.value);
  if ('problem' in checked) return instance;
  const key = valueKey(checked.value);
  const canonical = state.byValue.get(key);
  if (canonical === undefined || isIgnored(cls, canonical)) {
    state.byValue.set(key, instance);
    return instance;
  }
  construction.aliasOf = canonical;
  return runsCodeAfterSuper(cls) ? instance : canonical;
}

/**
 * Does the class still have a name of its own: the declared one, the transformer's record, or
 * a static getter? A static field or method `name` took its place (`static name = new C(1)`),
 * and every message would print that instead (a member prints its class's name: endlessly).
 */
function ownName(cls: Function): boolean {
  const own = Object.getOwnPropertyDescriptor(cls, 'name');
  if (own === undefined || own.get !== undefined) return true;
  return typeof own.value === 'string' && !own.enumerable;
}

/** The name in the class's source text, for a class whose `name` is taken. */
const declaredName = (cls: Function): string =>
  /^class\s+([\w$]+)/.exec(Function.prototype.toString.call(cls))?.[1] ?? 'anonymous';

const hookOf = (cls: Function): unknown =>
  (cls as { _generate_next_value_?: unknown })._generate_next_value_;

function needsName(cls: Function, kind: Kind): boolean {
  // With `_ignore_`, which statics count as last values is known only from their names.
  if (Object.hasOwn(cls, '_ignore_')) return true;
  return kind === 'str' || !isDefaultHook(cls);
}

function nextDefaultValue(state: DefiningState): unknown {
  if (state.pending.length) return PENDING;
  const next = defaultNextValueOf(state.kind, '', 1, state.highest.count, state.highest);
  return 'value' in next ? next.value : PENDING;
}

/**
 * The class's defining state, made at its first `new X(...)` (or by the transformer's table,
 * `fast`, which needs no first-use getters: the class is final at the end of its body).
 */
export function startDefining(cls: Function, fast?: FastTable): DefiningState {
  checkParents(cls);
  const state: DefiningState = {
    owner: cls,
    kind: kindOf(cls),
    final: false,
    constructed: new Map(),
    byValue: new Map(),
    highest: new RunningMax(),
    pending: [],
    firstUseKeys: fast === undefined ? watchFirstUse(cls.prototype) : [],
    fast,
  };
  setState(cls, state);
  // Called from the first `new X(...)` of the class body, before the statics after it exist.
  useDictionaryProperties(cls);
  return state;
}

const FIRST_USE_KEYS = ['name', 'value'] as const;

/**
 * Until its class is final, a member has no own `name` or `value`: reading one is a first use,
 * which finalizes the class (SPEC section 2). These getters do that from the class's own
 * prototype while it is being defined; `install` deletes them again before it gives the members
 * their name and value, so that plain assignments can do it (a `defineProperty` call per
 * property costs about five times as much). A prototype that already has its own `name` or
 * `value` (the user's getter) keeps it.
 */
function watchFirstUse(prototype: object): string[] {
  const keys: string[] = [];
  for (const key of FIRST_USE_KEYS) {
    if (Object.hasOwn(prototype, key)) continue;
    Object.defineProperty(prototype, key, {
      get(this: object) {
        const cls = this.constructor;
        if (finalState(cls).provisional) {
          const defining = ownState(cls) as DefiningState;
          return readDuringConstruction(cls, defining.constructed.get(this), this, key);
        }
        return Object.getOwnPropertyDescriptor(this, key)?.value;
      },
      configurable: true,
    });
    keys.push(key);
  }
  return keys;
}

/** An enum with members cannot be extended (CPython's `_check_for_existing_members_`). */
function checkParents(cls: Function): void {
  // Up to the kind's base class, and never past tsenum's classes: `Enum.of(7)` finalizes Enum
  // itself, and Function.prototype and Object.prototype must not get a state.
  let parent = Object.getPrototypeOf(cls);
  while (parent && KIND in parent && !Object.hasOwn(parent, KIND)) {
    const state = finalState(parent);
    if (state.table.members.length) {
      throw problemError(
        problems.extendsEnumWithMembers(cls.name, classRepr(state.kind, parent.name)),
      );
    }
    parent = Object.getPrototypeOf(parent);
  }
}

/** Auto values that need the member's name get it once the static holding them exists. */
function settlePending(cls: Function, state: DefiningState): void {
  const entries = readEntries(cls, state).entries;
  const resolved = defineTable(defineInput(cls, state.kind, entries));
  for (const instance of state.pending.splice(0)) {
    const construction = state.constructed.get(instance) as Construction;
    const name = entries.find((e) => e.object === instance)?.name;
    const member = resolved.table.members.find((m) => m.name === name);
    if (member === undefined) {
      state.pending.push(instance);
      continue;
    }
    construction.value = member.value;
    if (construction.autoAt !== undefined) {
      const resolved = member.value as readonly unknown[];
      construction.autoValues = construction.autoAt.map((i) => resolved[i]);
    }
    // Once its value is known, an alias becomes its member in the static that holds it.
    if (place(cls, state, instance, construction) !== instance && name !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(cls, name);
      if (descriptor?.configurable)
        Object.defineProperty(cls, name, { ...descriptor, value: construction.aliasOf });
    }
  }
}

/** The final state of `cls`, finalizing it now if this is its first use. */
export function finalState(cls: Function): FinalState {
  const state = ownState(cls);
  if (state?.final) return state;
  if (!ownName(cls)) throw problemError(problems.reservedName(declaredName(cls), 'name'));
  if (state?.fast !== undefined) demote(cls, state);
  if (state === undefined) {
    checkParents(cls);
    // No member: still `_order_` (CPython's TypeError when it names any).
    const { table, problems: found } = defineTable(defineInput(cls, kindOf(cls), []));
    if (found.length) throw problemError(found[0] as Problem);
    return install(cls, table, []);
  }
  if (state.pending.length) settlePending(cls, state);
  const { entries, sunders } = readEntries(cls, state);
  if (sunders.length) throw problemError(sunders[0] as Problem);
  if (inConstruction(cls, state))
    return provisionalState(cls, state, entries, defineInput(cls, state.kind, entries));
  // A static field `_generate_next_value_` after auto() members came too late (CPython's check).
  if ('autoHook' in state && hookOf(cls) !== state.autoHook)
    throw problemError(problems.hookAfterMembers(cls.name));
  const { table, problems: found } = defineTable(defineInput(cls, state.kind, entries));
  if (found.length) throw problemError(found[0] as (typeof found)[0]);
  // Without problems, `defineTable` made one member per entry, in order.
  const objects = entries.map((e) => e.object);
  return install(cls, table, objects);
}

/** A default `_generate_next_value_` called directly: the value, or the CPython error. */
export function nextValueOrThrow(
  cls: Function,
  kind: Kind,
  name: string,
  start: number,
  count: number,
  lastValues: readonly unknown[],
): unknown {
  const next = defaultNextValue(kind, name, start, count, lastValues);
  if ('value' in next) return next.value;
  const enumName = cls.name;
  switch (next.error) {
    case 'unsortable':
      throw problemError(problems.autoUnsortable(enumName, name));
    case 'unincrementable':
      throw problemError(problems.autoUnincrementable(enumName, name, next.last));
    case 'invalidFlag':
      throw problemError(problems.autoInvalidFlag(enumName, name, next.last));
    default:
      throw next.cause;
  }
}
