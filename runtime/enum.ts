/**
 * `Enum`, the class users extend, with the class-side API of SPEC section 4 and the
 * member behaviour of section 6. The work lives in lifecycle.ts (definition), lookup.ts
 * (class-side reads) and output.ts (printing); this file wires them to the class.
 */
import { classRepr } from '../src/kinds';
import { problemError, problems } from '../src/problems';
import { valueKey as valueKeyOf } from '../src/values';
import { addAlias, addValueAlias } from './add-alias';
import { createEnum } from './functional';
import { construct, finalState, nextValueOrThrow } from './lifecycle';
import { isMember, lookup, plainValue, tryLookup } from './lookup';
import { jsonByName, reprOf, strOf, toPrimitive } from './output';
import { schemaOf } from './schema';
import { sealWith, startTable } from './seal';
import type { EnumSchema } from './standard-schema';
import { type FinalState, KIND, kindOf } from './state';
import type {
  CreatedEnum,
  CreateOptions,
  EnumClass,
  MemberName,
  MemberOf,
  SplitNames,
  ValueOf,
} from './types';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const SEAL = Symbol.for('tsenum.seal');
const TABLE = Symbol.for('tsenum.table');

type ClassSchema = EnumSchema<unknown, Enum>['~standard'];

type StateHolder = { readonly __tsenum_state__?: FinalState };

/** The final state of `cls`, finalizing it now if this is its first use. */
function ready(cls: Function): FinalState {
  // `.` syntax on purpose: see STATE.
  const state = (cls as unknown as StateHolder).__tsenum_state__;
  return state !== undefined && state.owner === cls && state.final ? state : finalState(cls);
}

// The hot class-side methods (`of`, `get`, `members`, iteration) do not call `ready`: they read
// the state themselves and use it inside `if (state is final and this class's own)`. On a class
// that is a constant at the call site (`Color.of(v)`), V8 then folds the state's tables
// (`state.dense`, `state.byValue`, `state.listed`) into constants. The value `ready` returns is
// a merge of two paths, and V8 lowers a read from it to a map check and a load before the merge
// is known to have one side (npm run bench, BENCH_COMPARE: `Color.of(v)` 1.71x -> 1.51x a dense
// array read, `Mode.of(s)` 1.20x -> 1.09x a `Map.get`, `HttpStatus.of(v)` 0.47x -> 0.42x).

/** `of` when the fast path in it misses: a first use, a value with no member, an object. */
function ofSlow(cls: Function, value: unknown): unknown {
  const state = ready(cls);
  if (typeof value === 'number' && value >>> 0 === value && value < state.dense.length) {
    const hit = state.dense[value];
    if (hit !== undefined) return hit;
  }
  const found = typeof value !== 'object' || value === null ? state.byValue.get(value) : undefined;
  return found ?? lookup(cls, state, value);
}

/**
 * Python's `Enum`: extend it, and each static holding `new X(value)` is a member.
 *
 * @example
 * class Color extends Enum<number> {
 *   static readonly RED = new Color(1);
 *   static readonly GREEN = new Color();   // auto: 2
 * }
 * Color.of(1) === Color.RED;               // true
 */
export class Enum<V = unknown> {
  /** The member's name, as declared (`'RED'`). */
  declare readonly name: string;
  /** The member's value (`1`). */
  declare readonly value: V;

  static readonly [KIND]: string = 'enum';

  /**
   * `static readonly _json_ = 'name'` makes JSON carry the member's name instead of its value
   * (Python's `pickle_by_enum_name`); `C.get` and `schemaOf(C)` read it back.
   */
  declare static readonly _json_?: 'value' | 'name';

  /**
   * The class as a Standard Schema (the same props as `schemaOf(C)`), for consumers that look
   * for `~standard` on what they are given. Typed loosely (a static cannot name its subclass):
   * pass `schemaOf(C)` for typed input and output, and to tRPC, which calls a function.
   */
  static get '~standard'(): ClassSchema {
    return schemaOf(this as unknown as EnumClass)['~standard'] as ClassSchema;
  }

  // As for `size`: compilers that assign statics would hit the getter; a static of this name is
  // stored, and reported as reserved when the class is checked.
  static set '~standard'(value: ClassSchema) {
    Object.defineProperty(this, '~standard', {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }

  /** `new X(value)`, or `new X()` / `new X(auto())` for the next auto value. */
  // A rest parameter, because how many arguments came (none: auto) matters.
  constructor(...value: [value?: V]) {
    // Returning another object is how an alias by value is the very member it duplicates.
    // biome-ignore lint/correctness/noConstructorReturn: see above
    return construct(this, new.target, value) as this;
  }

  /** Python's `Color(value)`: the member with this value, else `_missing_`, else RangeError. */
  static of<C extends EnumClass>(this: C, value: ValueOf<C>): MemberOf<C> {
    // Not `ready(this)`: see above.
    const state = (this as unknown as StateHolder).__tsenum_state__;
    if (state !== undefined && state.owner === this && state.final) {
      if (typeof value === 'number') {
        const dense = state.dense;
        if (value >>> 0 === value && value < dense.length) {
          const hit = dense[value];
          if (hit !== undefined) return hit as MemberOf<C>;
        }
      } else if (typeof value === 'string') {
        const found = state.byValue.get(value);
        if (found !== undefined) return found as MemberOf<C>;
      }
    }
    return ofSlow(this, value) as MemberOf<C>;
  }

  /** Python's `Color[name]`: the member with this name (aliases resolve), else RangeError. */
  static get<C extends EnumClass>(this: C, name: MemberName<C>): MemberOf<C> {
    // Not `ready(this)`: see above.
    const state = (this as unknown as StateHolder).__tsenum_state__;
    if (state !== undefined && state.owner === this && state.final) {
      const hit = state.byName.get(name);
      if (hit !== undefined) return hit as MemberOf<C>;
    }
    const found = ready(this).byName.get(name);
    if (found === undefined) throw problemError(problems.noSuchName(this.name, name));
    return found as MemberOf<C>;
  }

  /** `of`, but `undefined` instead of an error for an unknown value. */
  static tryOf<C extends EnumClass>(this: C, value: unknown): MemberOf<C> | undefined {
    return tryLookup(this, ready(this), value) as MemberOf<C> | undefined;
  }

  /** `get`, but `undefined` instead of an error for an unknown name. */
  static tryGet<C extends EnumClass>(this: C, name: string): MemberOf<C> | undefined {
    return ready(this).byName.get(name) as MemberOf<C> | undefined;
  }

  /** Python's `x in Color`: a member of this enum, or the value of one. */
  static has(x: unknown): boolean {
    const state = ready(this);
    return (
      isMember(state, x) ||
      state.standIns?.has(x as object) === true ||
      state.byValue.has(valueKeyOf(plainValue(x)))
    );
  }

  /** Python's `list(Color)`: canonical members in definition order, no aliases. */
  static members<C extends EnumClass>(this: C): readonly MemberOf<C>[] {
    // A fresh ordinary array, as Python's list(C): frozen arrays are slow to read in V8.
    // Not `ready(this)`: see above.
    const state = (this as unknown as StateHolder).__tsenum_state__;
    if (state !== undefined && state.owner === this && state.final)
      return state.listed.slice() as unknown as readonly MemberOf<C>[];
    return ready(this).listed.slice() as unknown as readonly MemberOf<C>[];
  }

  /** Python's `Color.__members__`: every name, aliases included, to its member. */
  static memberMap<C extends EnumClass>(this: C): ReadonlyMap<MemberName<C>, MemberOf<C>> {
    return new Map(ready(this).byName) as unknown as ReadonlyMap<MemberName<C>, MemberOf<C>>;
  }

  /** Python's `len(Color)`: the number of canonical members. */
  static get size(): number {
    return ready(this).listed.length;
  }

  // Compilers that assign statics (ES2017, useDefineForClassFields false) would otherwise hit
  // the getter above: a static named `size` is stored, and reported as reserved when checked.
  static set size(value: number) {
    Object.defineProperty(this, 'size', {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }

  /**
   * `for (const m of Color)`: the same members as `members()`. TypeScript does not bind
   * `this` when it types iteration, so the elements are typed `any`; `members()` is typed.
   */
  // biome-ignore lint/suspicious/noExplicitAny: see above
  static [Symbol.iterator](): IterableIterator<any> {
    // Not `ready(this)`: see above.
    const state = (this as unknown as StateHolder).__tsenum_state__;
    if (state !== undefined && state.owner === this && state.final)
      return state.listed[Symbol.iterator]();
    return ready(this).listed[Symbol.iterator]();
  }

  /**
   * Python's functional form `Enum('Animal', 'ANT BEE')`.
   *
   * @example
   * const Animal = Enum.create('Animal', 'ANT BEE CAT');   // 1, 2, 3
   * Animal.BEE.value;                                       // 2
   */
  static create<C extends EnumClass, N extends string>(
    this: C,
    name: string,
    names: N,
    options?: CreateOptions,
  ): CreatedEnum<C, SplitNames<N>>;
  static create<C extends EnumClass, N extends string>(
    this: C,
    name: string,
    names: readonly N[],
    options?: CreateOptions,
  ): CreatedEnum<C, N>;
  static create<C extends EnumClass, N extends string>(
    this: C,
    name: string,
    names: readonly (readonly [N, ValueOf<C>])[],
    options?: CreateOptions,
  ): CreatedEnum<C, N>;
  static create<C extends EnumClass, N extends string>(
    this: C,
    name: string,
    names: ReadonlyMap<N, ValueOf<C>> | Iterable<readonly [N, ValueOf<C>]>,
    options?: CreateOptions,
  ): CreatedEnum<C, N>;
  static create<C extends EnumClass, N extends string>(
    this: C,
    name: string,
    names: { readonly [K in N]: ValueOf<C> },
    options?: CreateOptions,
  ): CreatedEnum<C, N>;
  // Overloads rather than a `const` type parameter: the names are still inferred as
  // literals, and the declarations parse with TypeScript 4.9 (SPEC section 10's ttypescript host).
  static create(this: EnumClass, name: string, names: unknown, options?: CreateOptions): unknown {
    return createEnum(this, name, names, options);
  }

  /** Python's default: the highest value so far + 1 (1 when there is none). */
  static _generate_next_value_(
    name: string,
    start: number,
    count: number,
    lastValues: unknown[],
  ): unknown {
    return nextValueOrThrow(this, 'enum', name, start, count, lastValues);
  }

  /** Called by `of` for a value with no member; return a member or `undefined`. */
  static _missing_(_value: unknown): unknown {
    return undefined;
  }

  /**
   * The transformer's end-of-class-body call: finalize the class right here, from the
   * table it resolved when it passes one (verified, see `sealWith`).
   */
  static [SEAL](this: Function, names?: unknown, canonical?: unknown): void {
    sealWith(this, names, canonical);
  }

  /**
   * Python 3.13's `_add_alias_(name)`: another name for this member, in its constructor or
   * afterwards (then found by `get` and `memberMap`; the frozen class gets no new static).
   */
  _add_alias_(name: string): void {
    addAlias(this, name);
  }

  /**
   * Python 3.13's `_add_value_alias_(value)`: another value `of` finds this member by (the
   * MultiValue recipe: `constructor(...vs) { super(vs[0]); for (const v of vs.slice(1))
   * this._add_value_alias_(v); }`).
   */
  _add_value_alias_(value: unknown): void {
    addValueAlias(this, value);
  }

  /** The transformer's start-of-class-body call: the resolved table (see `startTable`). */
  static [TABLE](
    this: Function,
    name: unknown,
    names: unknown,
    values: unknown,
    canonical?: unknown,
  ): void {
    startTable(this, name, names, values, canonical);
  }

  /** `Color.RED` (Python's `str()`); the value's own text for IntEnum, IntFlag, StrEnum. */
  toString(): string {
    return strOf(this);
  }

  /** `JSON.stringify` writes the value (the name with `_json_ = 'name'`); `of` / `get` read it back. */
  toJSON(): unknown {
    return jsonByName(this) ? this.name : this.value;
  }

  [Symbol.toPrimitive](hint: string): unknown {
    return toPrimitive(this, hint);
  }

  /** Node's `util.inspect(Color)`: Python's repr of the class, `<enum 'Color'>`, `<flag 'Perm'>`. */
  static [INSPECT](this: Function): string {
    return classRepr(kindOf(this), this.name);
  }

  /** Node's `util.inspect` / `console.log`: Python's repr, `<Color.RED: 1>`. */
  [INSPECT](): string {
    return reprOf(this);
  }
}
