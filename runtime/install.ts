/**
 * Table + member objects -> the final class: each canonical member gets its name and value
 * as plain frozen data properties, every name (aliases too) becomes a read-only static
 * holding its member, and the lookup maps the class-side API reads are built.
 */
import type { EnumTable, TableMember } from '../src/define';
import { deepFreeze, valueKey } from '../src/values';
import type { WideTable } from './flag-table';
import {
  FINISH,
  type FinalState,
  type Finish,
  ownState,
  STATE,
  setState,
  useFastProperties,
} from './state';
import { defineMemberStatics } from './statics';

/** Above this many names, turning the class back to fast properties costs more than it saves. */
const FAST_LIMIT = 256;

/** The longest `dense` table (see FinalState): values from 0 to 1023. */
const DENSE_LIMIT = 1024;

/** A small non-negative integer that can index `dense`. */
export const isDenseKey = (key: unknown): key is number =>
  typeof key === 'number' && key >>> 0 === key && key < DENSE_LIMIT;

/**
 * `identified`: the members already have their own name and value (made from the
 * transformer's table, see seal.ts), so they are only frozen.
 */
export function install(
  cls: Function,
  table: EnumTable,
  objects: readonly object[],
  identified = false,
): FinalState {
  unwatchFirstUse(cls);
  const { members } = table;
  const byName = new Map<string, object>();
  const byValue = new Map<unknown, unknown>();
  const listed: object[] = [];
  let standIns: Map<object, object> | undefined;
  // Indexed loops over the table, not `for..of` over the Maps: each Map entry destructured is
  // an array allocated, a quarter of the garbage of a 1,000-member definition.
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as TableMember;
    const member = objects[m.canonical] as object;
    if (m.canonical === i) {
      if (identified) Object.freeze(member);
      else giveIdentity(member, m.name, m.value);
      byValue.set(valueKey(m.value), member);
      if (m.listed) listed.push(member);
      if (m.valueAliases) for (const v of m.valueAliases) addValue(byValue, v, member);
    } else if (objects[i] !== member && objects[i] !== undefined) {
      // An alias by value made in a class with its own constructor: the object its static held
      // until now may have been handed out, and answers as its member from here on.
      const standIn = objects[i] as object;
      giveIdentity(standIn, (members[m.canonical] as TableMember).name, m.value);
      standIns ??= new Map();
      standIns.set(standIn, member);
    }
    byName.set(m.name, member);
  }
  const dense = withOwnMap(denseTable(table, objects));
  const state: FinalState = {
    owner: cls,
    kind: table.kind,
    final: true,
    table,
    byName,
    byValue,
    listed: withOwnMap(listed),
    dense,
    wide: undefined as unknown as WideTable,
    boundary: 'strict',
    inverted: new WeakMap(),
    ...(standIns ? { standIns } : {}),
  };
  (cls as { [FINISH]?: Finish })[FINISH]?.call(cls, state);
  setState(cls, state);
  if (members.length) {
    // Members reach their class's state in one read (flag operations): `member.__tsenum_state__`.
    // Only classes with members: they cannot be extended, so no other class's member finds it.
    Object.defineProperty(cls.prototype, STATE, { value: state });
    defineMemberStatics(cls, members, objects);
    if (members.length <= FAST_LIMIT) useFastProperties(cls);
  }
  return state;
}

/**
 * Gives a table array a hidden class of its own (one named property, the same for every
 * table, so they share it): no array elsewhere ever changes from that hidden class, so V8
 * treats it as stable and drops the per-read shape check where a class's table is a constant
 * (`for (const m of Color)` 1.29x -> 1.21x an indexed loop, `Color.of(v)` 1.52x -> 1.44x a
 * dense array read). Never handed out, so the extra property is not seen.
 */
function withOwnMap<T extends unknown[]>(table: T): T {
  Object.defineProperty(table, '__tsenum_table__', { value: true });
  return table;
}

/**
 * Every slot up to the highest dense value exists (`undefined` where no member has the value),
 * so a read never reaches the prototype chain: `Object.prototype[3] = x` must not make
 * `Color.of(3)` return `x`.
 */
function denseTable(table: EnumTable, objects: readonly object[]): (object | undefined)[] {
  const { members, flags } = table;
  let length = flags && isDenseKey(flags.allBits) ? flags.allBits + 1 : 0;
  for (const { value } of members) if (isDenseKey(value) && value >= length) length = value + 1;
  const dense = new Array<object | undefined>(length).fill(undefined);
  for (let i = 0; i < members.length; i++) {
    const { value, canonical } = members[i] as TableMember;
    if (canonical === i && isDenseKey(value)) dense[value] = objects[i];
  }
  return dense;
}

/** One more value of a member (`_add_value_alias_`): a value already bound keeps its member. */
export function addValue(byValue: Map<unknown, unknown>, value: unknown, member: object): void {
  const key = valueKey(value);
  if (!byValue.has(key)) byValue.set(key, member);
}

/** The defining state's first-use getters leave the prototype, last added first. */
function unwatchFirstUse(cls: Function): void {
  const defining = ownState(cls);
  if (defining === undefined || defining.final) return;
  const prototype = cls.prototype as Record<string, unknown>;
  for (let i = defining.firstUseKeys.length - 1; i >= 0; i--)
    delete prototype[defining.firstUseKeys[i] as string];
}

/**
 * A member's own `name` and `value`, then nothing of it can change. Plain assignments where
 * nothing in the way has either (every member and composite of a class without its own
 * constructor): the members of a class then share one hidden class, and it is about five
 * times as fast as `defineProperty`, which runs otherwise.
 */
export function giveIdentity(member: object, name: string | undefined, value: unknown): void {
  const frozen = deepFreeze(value);
  if (!('name' in member) && !('value' in member)) {
    const plain = member as { name: unknown; value: unknown };
    plain.name = name;
    plain.value = frozen;
  } else {
    Object.defineProperty(member, 'name', { value: name, enumerable: true });
    Object.defineProperty(member, 'value', { value: frozen, enumerable: true });
  }
  Object.freeze(member);
}
