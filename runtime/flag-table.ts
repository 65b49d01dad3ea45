/**
 * The members and flag composites whose values are non-negative 31-bit integers above the
 * class's `dense` table (FinalState.wide): `a.or(b)` on a flag wider than 10 bits reads them
 * here, not from the value Map. An open-addressing hash table of the member objects keyed by
 * their own `value`: Fibonacci hashing (the high bits of `value * 0x9e3779b1`, 2^32 / the
 * golden ratio, pick the slot, so values that differ only in their high bits spread; written
 * as a literal: a module constant is a context read, and a heap number), linear probing, at
 * most half full, so every probe ends at a free slot. It holds only objects that are also in
 * `byValue` under their value, so a hit is what `byValue.get(value)` would give and a miss is
 * a miss there too.
 */
import type { Flag } from './flag';

export interface WideTable {
  /** 2^(32 - shift) long; undefined in free slots (no holes, read through to a prototype). */
  slots: (object | undefined)[];
  /** 32 minus log2 of the length: `hash >>> shift` is a slot. */
  shift: number;
  count: number;
}

/** The table of every entry of a flag's `byValue` that `dense` (this long) does not hold. */
export function wideTable(
  byValue: ReadonlyMap<unknown, unknown> | undefined,
  denseLength: number,
): WideTable {
  const table: WideTable = { slots: [undefined, undefined], shift: 31, count: 0 };
  if (byValue === undefined) return table;
  for (const [key, member] of byValue)
    if (key === valueIn(member)) addWide(table, denseLength, member as object);
  return table;
}

/**
 * The object with this value (a non-negative 31-bit integer), or undefined. The first probe
 * is inline (where `a.or(b)` inlines it); collisions take a second function. The `.value`
 * reads here are their own sites (`valueIn`, run at install for every class, is megamorphic).
 */
export function wideMember(table: WideTable, value: number): object | undefined {
  const member = table.slots[Math.imul(value, 0x9e3779b1) >>> table.shift];
  return member === undefined || (member as Flag).value === value ? member : probe(table, value);
}

function probe(table: WideTable, value: number): object | undefined {
  const slots = table.slots;
  const mask = slots.length - 1;
  for (let i = Math.imul(value, 0x9e3779b1) >>> table.shift; ; i = (i + 1) & mask) {
    const member = slots[i];
    if (member === undefined || (member as Flag).value === value) return member;
  }
}

/** Adds a member or composite if its value belongs here (a new value: it is not there yet). */
export function addWide(table: WideTable, denseLength: number, member: object): void {
  const value = valueIn(member);
  if (typeof value !== 'number' || (value & 0x7fffffff) !== value || value < denseLength) return;
  if ((table.count + 1) * 2 > table.slots.length) {
    const old = table.slots;
    table.slots = new Array(old.length * 2).fill(undefined);
    table.shift--;
    for (const m of old) if (m !== undefined) place(table, m, valueIn(m) as number);
  }
  place(table, member, value);
  table.count++;
}

function place(table: WideTable, member: object, value: number): void {
  const slots = table.slots;
  const mask = slots.length - 1;
  let i = Math.imul(value, 0x9e3779b1) >>> table.shift;
  while (slots[i] !== undefined) i = (i + 1) & mask;
  slots[i] = member;
}

function valueIn(member: unknown): unknown {
  return (member as { value: unknown }).value;
}
