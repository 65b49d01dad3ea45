/**
 * What the runtime knows about one enum class. Held on the class itself under `STATE`
 * (an own property, so a subclass never reads its parent's by accident: `owner` says
 * whose it is). While the class body runs it collects the members as they are
 * constructed; once final it holds the lookup tables every class-side call reads.
 */
import type { RunningMax } from '../src/auto';
import type { EnumTable } from '../src/define';
import type { Boundary } from '../src/flag-value';
import type { Kind } from '../src/kinds';
import type { WideTable } from './flag-table';

/**
 * The (non-enumerable) property of an enum class that holds its state. A string, always read
 * with `.` syntax (`StateHolder`): V8 turns a named read on a class that is a constant at the
 * call site (`Color.of(v)`) into a constant even when the class-side methods have seen many
 * enum classes, while a keyed read (`cls[symbol]`) there is a megamorphic lookup every time
 * (npm run bench: `Color.of(v)` 3.2x -> 1.2x a `Map.get`). A dunder name: no `_sunder_` check
 * trips on it, and no one names a member like this.
 */
export const STATE = '__tsenum_state__';
type StateHolder = { readonly __tsenum_state__?: ClassState };
/** Set on each tsenum base class: which kind its subclasses are. */
export const KIND: unique symbol = Symbol('tsenum.kind');
/**
 * A static method of a kind's base class that completes a final state with what only that kind
 * needs (Flag: the wide table and the boundary), so install.ts imports no kind's code and an
 * app that uses only Enum bundles none of Flag's.
 */
export const FINISH: unique symbol = Symbol('tsenum.finish');
export type Finish = (this: Function, state: FinalState) => void;

/** Flag's static key for the flag half of its Standard Schema (runtime/flag-schema.ts). */
export const FLAG_SCHEMA: unique symbol = Symbol('tsenum.flagSchema');

/** A member as constructed in the class body, before it knows its name. */
export interface Construction {
  /** The value, or PENDING for an auto value that needs the member's name. */
  value: unknown;
  /**
   * The canonical member this one duplicates by value, found when constructed. The seal
   * with the transformer's table sets it to the member itself once a name has claimed it.
   */
  aliasOf: object | undefined;
  /**
   * `new T([auto(), 'x'])`: the array as given and where its auto elements are; once the
   * value is known, `autoValues` are those elements (they, not the array, are last values).
   */
  autoAt?: readonly number[];
  template?: readonly unknown[];
  autoValues?: readonly unknown[];
  /** What the constructor added (`_add_value_alias_`, `_add_alias_`: runtime/add-alias.ts). */
  valueAliases?: unknown[];
  names?: string[];
  /** The static this construction is for, from the transformer (`Named`): `this.name` in it. */
  name?: string;
}

/**
 * The transformer's member names for a class whose constructor runs code of the user's
 * (`this[Symbol.for("tsenum.table")](name, names, null, canonical?)`): each `new` in the class
 * body is for the next canonical member, so its constructor can read `this.name`, as Python's
 * `__init__` reads `self._name_`.
 */
export interface Named {
  readonly names: readonly string[];
  next: number;
}

export const PENDING: unique symbol = Symbol('tsenum.pending');

export interface DefiningState {
  readonly owner: Function;
  readonly kind: Kind;
  final: false;
  /** Every instance constructed for the class, in order. */
  readonly constructed: Map<object, Construction>;
  /** The first instance with each value (by valueKey): where an alias by value resolves. */
  readonly byValue: Map<unknown, object>;
  /** Every value constructed so far (`lastValues` for auto): their count and running maximum. */
  readonly highest: RunningMax;
  /** Constructions whose auto value waits for the member's name. */
  pending: object[];
  /** `_generate_next_value_` when the first auto() was made: a later one is CPython's TypeError. */
  autoHook?: unknown;
  /** The first-use getters put on the class's prototype (`watchFirstUse`), for `install`. */
  readonly firstUseKeys: readonly string[];
  /** The instance whose constructor may be running (provisional.ts), and its microtask. */
  latest?: object | undefined;
  clearing?: boolean;
  /** The transformer's table, while the class is built from it (seal.ts, `startTable`). */
  fast: FastTable | undefined;
  named?: Named;
}

/**
 * The table the transformer hands over before the first member is constructed. Each `new`
 * in the class body takes the next canonical member's name and value as it is made, provided
 * its value is the one the table says; on any difference the class goes the ordinary way
 * (`demote`), as if there had been no table.
 */
export interface FastTable {
  readonly names: readonly string[];
  readonly canonical: readonly number[];
  /** The canonical members' values, in construction order. */
  readonly values: readonly unknown[];
  /** The canonical members' names, in construction order. */
  readonly memberNames: readonly string[];
  /** For each name: the construction index of the member it resolves to. */
  readonly order: readonly number[];
  /** The members constructed so far. */
  readonly objects: object[];
}

export interface FinalState {
  readonly owner: Function;
  readonly kind: Kind;
  final: true;
  readonly table: EnumTable;
  /** Every name, aliases included, to its member. */
  readonly byName: Map<string, object>;
  /** Every value (by valueKey) to its member; flag composites are added as they are made. */
  readonly byValue: Map<unknown, unknown>;
  /** Canonical members in definition order (for flags: single bits); never handed out. */
  readonly listed: readonly object[];
  /**
   * `dense[v]` is the member (or flag composite) whose value is the small non-negative
   * integer `v` (a hole for none): `of(v)` reads it as an array, not a Map. Flags up to
   * DENSE_LIMIT values long get every slot up to their highest bit, for the composites.
   */
  readonly dense: (object | undefined)[];
  /**
   * The members and composites with non-negative 31-bit integer values above `dense`. Flags
   * only (set by Flag's FINISH); undefined for the other kinds.
   */
  wide: WideTable;
  /** Flags only (set by Flag's FINISH); 'strict' for the other kinds. */
  boundary: Boundary;
  /** Flag complements, cached per member as CPython's `_inverted_`. */
  readonly inverted: WeakMap<object, unknown>;
  /** Objects made for aliases by value in a class with its own constructor -> their member. */
  readonly standIns?: ReadonlyMap<object, object>;
  /** The members so far, for a use inside a constructor (provisional.ts): never stored. */
  readonly provisional?: true;
}

export type ClassState = DefiningState | FinalState;

export function ownState(cls: Function): ClassState | undefined {
  const state = (cls as unknown as StateHolder).__tsenum_state__;
  return state !== undefined && state.owner === cls ? state : undefined;
}

export function setState(cls: Function, state: ClassState): void {
  Object.defineProperty(cls, STATE, {
    value: state,
    configurable: true,
    enumerable: false,
    writable: false,
  });
}

/**
 * Switches `cls` to dictionary properties, so the statics defined after this are each a hash
 * insert. A class constructor is a V8 "prototype map": while it has fast properties, each
 * static added to it copies all the earlier ones, so a 1,000-member class body or `create`
 * took tens of milliseconds. Changing a property's attributes normalizes the object (an
 * add-and-delete does not, once V8 has marked the class as a prototype that should stay
 * fast), and this toggles the `writable` bit of the state property (set by `setState`) there
 * and back: nothing observable changes.
 */
export function useDictionaryProperties(cls: Function): void {
  Object.defineProperty(cls, STATE, { writable: true });
  Object.defineProperty(cls, STATE, { writable: false });
}

/**
 * Turns a final class back to fast properties: making its members read-only leaves it with
 * dictionary properties, where every `Color.RED` is a hash lookup that V8 never folds into a
 * constant. V8 makes a dictionary-mode prototype fast again when a property load through it
 * misses in a function that has type feedback; `probe` is that function, given feedback here
 * (V8 allocates it after a handful of calls). Elsewhere this is one failed property read.
 */
export function useFastProperties(cls: Function): void {
  if (!warmed) warm();
  probe(Object.create(cls));
}

let warmed = false;

/** Gives `probe` its feedback, at the first use rather than at module load (no side effect). */
function warm(): void {
  warmed = true;
  const base = {};
  for (let i = 0; i < 64; i++) probe(Object.create(base));
}

function probe(o: object): unknown {
  return (o as { __tsenum_probe__?: unknown }).__tsenum_probe__;
}

export function kindOf(cls: Function): Kind {
  return (cls as unknown as { [KIND]: Kind })[KIND];
}
