/**
 * `Flag` and `IntFlag` (SPEC section 7): members combine with `or`, `and`, `xor`, `not`
 * into composite members that are singletons too, cached as CPython caches them.
 */
import { bitAnd, bitCount, bitNot, bitOr, bitXor, isInteger } from '../src/bits';
import type { Boundary } from '../src/flag-value';
import { decompose, resolveFlagValue } from '../src/flag-value';
import { FlagBoundary } from './boundary';
import { Enum } from './enum';
import { type FlagSchemaParts, flagNames, flagSchemaParts } from './flag-schema';
import { addWide, wideMember, wideTable } from './flag-table';
import { giveIdentity } from './install';
import { bareInstance, finalState, nextValueOrThrow } from './lifecycle';
import { isMember, lookup } from './lookup';
import { jsonByName, pyTypeName } from './output';
import { FINISH, type FinalState, FLAG_SCHEMA, KIND, kindOf } from './state';

type Op = '|' | '&' | '^';

/**
 * Python's `Flag`: members are bits; combinations are members too.
 *
 * @example
 * class Perm extends Flag {
 *   static readonly R = new Perm();   // 1
 *   static readonly W = new Perm();   // 2
 *   static readonly X = new Perm();   // 4
 * }
 * Perm.R.or(Perm.W) === Perm.of(3);   // true; String(it) is 'Perm.R|W'
 */
export class Flag extends Enum<number> {
  static override readonly [KIND]: string = 'flag';
  /**
   * What `of` does with bits outside the class (Python's `boundary=`): STRICT for Flag, KEEP
   * for IntFlag. An accessor, not a static field: a field's initializer would run when the
   * module loads, a top-level side effect that keeps FlagBoundary (and StrEnum) in bundles.
   */
  static get _boundary_(): FlagBoundary {
    return kindOf(this) === 'intflag' ? FlagBoundary.KEEP : FlagBoundary.STRICT;
  }

  // Compilers that assign statics (useDefineForClassFields false) would otherwise hit the
  // getter: a subclass's `_boundary_` becomes its own property, as a field would make it.
  static set _boundary_(value: FlagBoundary) {
    Object.defineProperty(this, '_boundary_', {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }

  /** The flag half of `schemaOf` (runtime/schema.ts asks for it). */
  static get [FLAG_SCHEMA](): FlagSchemaParts {
    return flagSchemaParts;
  }

  /** JSON by name (`_json_ = 'name'`): the names of the members it is made of, `[]` for none. */
  override toJSON(): unknown {
    return jsonByName(this) ? flagNames(this) : this.value;
  }

  /** Python's `a | b | ...`. */
  or(other: this | number, ...more: (this | number)[]): this {
    if (more.length === 0) {
      const hit = pairOp(this, other, '|');
      if (hit !== undefined) return hit as this;
    }
    return combine(this, '|', other, ...more);
  }

  /** Python's `a & b`. */
  and(other: this | number, ...more: (this | number)[]): this {
    if (more.length === 0) {
      const hit = pairOp(this, other, '&');
      if (hit !== undefined) return hit as this;
    }
    return combine(this, '&', other, ...more);
  }

  /** Python's `a ^ b`. */
  xor(other: this | number, ...more: (this | number)[]): this {
    if (more.length === 0) {
      const hit = pairOp(this, other, '^');
      if (hit !== undefined) return hit as this;
    }
    return combine(this, '^', other, ...more);
  }

  /** Python's `~a`: the complement within the class's bits. */
  not(): this {
    const state = stateOf(this);
    let inverted = state.inverted.get(this);
    if (inverted === undefined) {
      const value =
        state.boundary === 'eject' || state.boundary === 'keep'
          ? bitNot(this.value)
          : bitAnd(state.table.flags?.singlesMask ?? 0, bitNot(this.value));
      inverted = memberOf(this.constructor, state, value);
      state.inverted.set(this, inverted);
    }
    return inverted as this;
  }

  /** Python's `b in a`: every bit of `other` is in this one. */
  has(other: this): boolean {
    if (!isMember(stateOf(this), other)) {
      throw new TypeError(
        `unsupported operand type(s) for 'in': '${pyTypeName(other)}' and '${this.constructor.name}'`,
      );
    }
    return bitAnd(other.value, this.value) === other.value;
  }

  /** Python's `len(a)`: how many bits are set. */
  get size(): number {
    return bitCount(this.value);
  }

  /** Python's `not a`: no bits set. */
  isEmpty(): boolean {
    return this.value === 0;
  }

  /** Python's `list(a)`: the canonical single-bit members it contains. */
  *[Symbol.iterator](): IterableIterator<this> {
    const state = stateOf(this);
    for (const m of decompose(state.table, this.value)) yield state.byName.get(m.name) as this;
  }

  /** The next power of two above the highest bit so far. */
  static override _generate_next_value_(
    name: string,
    start: number,
    count: number,
    lastValues: unknown[],
  ): unknown {
    return nextValueOrThrow(this, 'flag', name, start, count, lastValues);
  }

  /** install's call for a flag class: the wide table and the boundary (see FINISH). */
  static [FINISH](this: Function, state: FinalState): void {
    state.wide = wideTable(state.byValue, state.dense.length);
    state.boundary = boundaryOf(this, state.kind);
  }

  /** A value with no member of its own: a composite, or per `_boundary_` (SPEC section 7). */
  static override _missing_(value: unknown): unknown {
    const state = finalState(this);
    const hook = (this as { _numeric_repr_?: unknown })._numeric_repr_;
    const numericRepr =
      typeof hook === 'function' ? (hook.bind(this) as (n: number) => unknown) : undefined;
    const resolved = resolveFlagValue(state.table, state.boundary, value, numericRepr);
    if (resolved.kind === 'error') throw new RangeError(resolved.message);
    if (resolved.kind === 'eject') return resolved.value;
    return composite(this, state, resolved.value, resolved.name, resolved.negative);
  }
}

const BOUNDARIES: readonly Boundary[] = ['strict', 'conform', 'eject', 'keep'];

function boundaryOf(cls: Function, kind: string): Boundary {
  const given = String((cls as { _boundary_?: unknown })._boundary_ ?? '').toLowerCase();
  if ((BOUNDARIES as readonly string[]).includes(given)) return given as Boundary;
  return kind === 'intflag' ? 'keep' : 'strict';
}

function stateOf(member: Flag): FinalState {
  const state = (member as { __tsenum_state__?: FinalState }).__tsenum_state__;
  return state ?? finalState(member.constructor);
}

/**
 * The fast path of `a.or(b)`, `a.and(b)`, `a.xor(b)`: the member or composite already made for
 * the result when `b` is one of the class's members or composites (the object it holds for
 * `b`'s value, as the general path checks) and both values are non-negative 31-bit integers,
 * where JavaScript's `|`, `&`, `^` are Python's. Otherwise undefined, and the general path
 * runs (it alone sees values that are not numbers). The state is read straight from the
 * prototype (undefined before the class is final: the general path finalizes it).
 *
 * Written for V8 (npm run bench, `orFlag`/`orWide` rows): one function with `op` a constant at
 * each call, so once inlined the state and its `dense` table are constants (helpers returning
 * the state made them loads again: 15% slower). Values below 1,024 (`(x & 1023) === x`: an
 * integer from 0 to 1023) read `dense` alone, never past its end; all else, and a miss, goes to
 * `pairWide`, kept apart so the common case stays short.
 */
function pairOp(self: Flag, other: unknown, op: Op): unknown {
  const state = (self as { __tsenum_state__?: FinalState }).__tsenum_state__;
  if (state === undefined || typeof other !== 'object' || other === null) return undefined;
  const a: unknown = self.value;
  const b: unknown = (other as Flag).value;
  // Numbers only: bit operators on anything else run user code (valueOf) or throw (BigInt).
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  if ((a & 1023) === a && (b & 1023) === b) {
    const dense = state.dense;
    // Reads stay inside `dense`: one past its end would ask the prototype chain.
    const value = int31(op, a, b);
    if (b < dense.length && value < dense.length && dense[b] === other) {
      const hit = dense[value];
      if (hit !== undefined) return hit;
    }
  }
  return pairWide(state, a, b, other, op);
}

/** `pairOp` for any non-negative 31-bit values: `dense`, then the `wide` table above it. */
function pairWide(state: FinalState, a: number, b: number, other: unknown, op: Op): unknown {
  if ((a & 0x7fffffff) !== a || (b & 0x7fffffff) !== b) return undefined;
  if (madeFor(state, b) !== other) return undefined;
  return madeFor(state, int31(op, a, b));
}

/** `a op b` for non-negative 31-bit integers, where JavaScript's operators are Python's. */
function int31(op: Op, a: number, b: number): number {
  return op === '|' ? a | b : op === '&' ? a & b : a ^ b;
}

/**
 * `cls.of(value)` for a flag's own number, without calling the shared `of`: its feedback then
 * holds only the classes a program looks values up in, and V8 keeps folding their tables into
 * constants where it is inlined (with the flag rows in the same run, `Color.of(v)` measured
 * 1.64× a dense read instead of 1.43×).
 */
function memberOf(cls: Function, state: FinalState, value: number): unknown {
  return state.byValue.get(value) ?? lookup(cls, state, value);
}

/** The member or composite made for this non-negative 31-bit value, if there is one yet. */
function madeFor(state: FinalState, value: number): unknown {
  return value < state.dense.length ? state.dense[value] : wideMember(state.wide, value);
}

function combine<F extends Flag>(self: F, op: Op, ...operands: unknown[]): F {
  const state = stateOf(self);
  let value = self.value;
  for (const other of operands) value = apply(op, value, operandValue(state, self, other, op));
  return memberOf(self.constructor, state, value) as F;
}

function apply(op: Op, a: number, b: number): number {
  return op === '|' ? bitOr(a, b) : op === '&' ? bitAnd(a, b) : bitXor(a, b);
}

function operandValue(state: FinalState, self: Flag, other: unknown, op: Op): number {
  if (isMember(state, other)) return (other as Flag).value;
  if (kindOf(self.constructor) === 'intflag' && (isInteger(other) || isIntLike(other)))
    return Number(other);
  throw new TypeError(
    `unsupported operand type(s) for ${op}: '${self.constructor.name}' and '${pyTypeName(other)}'`,
  );
}

/** An IntEnum or IntFlag member of another class: Python's `isinstance(x, int)`. */
function isIntLike(x: unknown): boolean {
  if (!(x instanceof Enum)) return false;
  const kind = kindOf(x.constructor);
  return (kind === 'int' || kind === 'intflag') && isInteger(x.value);
}

function composite(
  cls: Function,
  state: FinalState,
  value: number,
  name: string | undefined,
  negative?: number,
): unknown {
  const cached = state.byValue.get(value);
  if (cached !== undefined) return cached;
  const member = bareInstance(cls);
  giveIdentity(member, name, value);
  state.byValue.set(value, member);
  if (value < state.dense.length && value >= 0) state.dense[value] = member;
  else addWide(state.wide, state.dense.length, member);
  if (negative !== undefined) state.byValue.set(negative, member);
  return member;
}
