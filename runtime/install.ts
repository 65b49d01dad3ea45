/**
 * Table + member objects -> the final class: each canonical member gets its name and value
 * as plain frozen data properties, every name (aliases too) becomes a read-only static
 * holding its member, and the lookup maps the class-side API reads are built.
 */
import type { EnumTable } from '../src/define';
import type { Boundary } from '../src/flag-value';
import { isFlagKind } from '../src/kinds';
import { deepFreeze, valueKey } from '../src/values';
import { wideTable } from './flag-table';
import {
  type FinalState,
  ownState,
  STATE,
  setState,
  useDictionaryProperties,
  useFastProperties,
} from './state';

/** Above this many names, turning the class back to fast properties costs more than it saves. */
const FAST_LIMIT = 256;

/** The longest `dense` table (see FinalState): values from 0 to 1023. */
const DENSE_LIMIT = 1024;

/** A small non-negative integer that can index `dense`. */
export const isDenseKey = (key: unknown): key is number =>
  typeof key === 'number' && key >>> 0 === key && key < DENSE_LIMIT;

export function install(cls: Function, table: EnumTable, objects: readonly object[]): FinalState {
  unwatchFirstUse(cls);
  const byName = new Map<string, object>();
  const byValue = new Map<unknown, unknown>();
  const listed: object[] = [];
  table.members.forEach((m, i) => {
    const member = objects[m.canonical] as object;
    if (m.canonical === i) {
      giveIdentity(member, m.name, m.value);
      byValue.set(valueKey(m.value), member);
      if (m.listed) listed.push(member);
    }
    byName.set(m.name, member);
  });
  const dense = denseTable(table, byValue);
  const state: FinalState = {
    owner: cls,
    kind: table.kind,
    final: true,
    table,
    byName,
    byValue,
    listed,
    dense,
    wide: wideTable(isFlagKind(table.kind) ? byValue : undefined, dense.length),
    boundary: boundaryOf(cls, table),
    inverted: new WeakMap(),
  };
  setState(cls, state);
  // Members reach their class's state in one read (flag operations): `member.__tsenum_state__`.
  // Only classes with members: they cannot be extended, so no other class's member finds it.
  if (table.members.length) Object.defineProperty(cls.prototype, STATE, { value: state });
  if (table.members.length) {
    // `create` defines every member here, on a class that still has fast properties.
    useDictionaryProperties(cls);
    for (const [name, member] of byName) {
      Object.defineProperty(cls, name, {
        value: member,
        writable: false,
        enumerable: true,
        configurable: false,
      });
    }
    Object.preventExtensions(cls);
    if (byName.size <= FAST_LIMIT) useFastProperties(cls);
  }
  return state;
}

function denseTable(table: EnumTable, byValue: Map<unknown, unknown>): (object | undefined)[] {
  let length = table.flags && isDenseKey(table.flags.allBits) ? table.flags.allBits + 1 : 0;
  for (const key of byValue.keys()) if (isDenseKey(key) && key >= length) length = key + 1;
  const dense = new Array<object | undefined>(length);
  for (const [key, member] of byValue) if (isDenseKey(key)) dense[key] = member as object;
  return dense;
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

const BOUNDARIES: readonly Boundary[] = ['strict', 'conform', 'eject', 'keep'];

function boundaryOf(cls: Function, table: EnumTable): Boundary {
  if (!isFlagKind(table.kind)) return 'strict';
  const given = String((cls as { _boundary_?: unknown })._boundary_ ?? '').toLowerCase();
  if ((BOUNDARIES as readonly string[]).includes(given)) return given as Boundary;
  return table.kind === 'intflag' ? 'keep' : 'strict';
}
