/**
 * CPython's `Flag._missing_`: what a flag value with no member of its own stands for.
 * A value inside the class's bits becomes a composite named `A|B`; bits outside are
 * handled by the boundary (STRICT throws, CONFORM drops them, EJECT returns the plain
 * number, KEEP keeps them and names them `A|8`).
 */
import { bitAnd, bitLength, bitNot, bitOr, bitsLsb, bitXor, isInteger } from './bits';
import type { EnumTable, TableMember } from './define';
import { lookupMessages } from './problems';
import { pyRepr } from './repr';

export type Boundary = 'strict' | 'conform' | 'eject' | 'keep';

export type FlagValue =
  /** A composite: its value, its name (undefined for no named bits) and any negative alias key. */
  | {
      readonly kind: 'composite';
      readonly value: number;
      readonly name: string | undefined;
      readonly negative?: number;
    }
  | { readonly kind: 'eject'; readonly value: number }
  | { readonly kind: 'error'; readonly message: string };

/**
 * `numericRepr` is the class's `_numeric_repr_` (how unnamed bits print in a name, `A|0x10`);
 * Python's `repr` when absent.
 */
export function resolveFlagValue(
  table: EnumTable,
  boundary: Boundary,
  given: unknown,
  numericRepr: (value: number) => unknown = pyRepr,
): FlagValue {
  const flags = table.flags;
  if (!flags || !isInteger(given))
    return { kind: 'error', message: lookupMessages.notValid(table.enumName, given) };
  const { flagMask, singlesMask, allBits } = flags;
  let value = given;
  if (!(bitNot(allBits) <= value && value <= allBits) || bitAnd(value, bitXor(allBits, flagMask))) {
    if (boundary === 'strict')
      return {
        kind: 'error',
        message: lookupMessages.invalidFlagValue(table.enumName, value, flagMask),
      };
    if (boundary === 'conform') value = bitAnd(value, flagMask);
    else if (boundary === 'eject') return { kind: 'eject', value };
    else if (value < 0) value = Math.max(allBits + 1, 2 ** bitLength(value)) + value;
  }
  let negative: number | undefined;
  if (value < 0) {
    negative = value;
    value = allBits + 1 + value;
  }
  const unknownBits = bitAnd(value, bitNot(flagMask));
  const aliasBits = bitAnd(value, bitNot(singlesMask));
  const memberBits = bitAnd(value, singlesMask);
  if (unknownBits && boundary !== 'keep') {
    return {
      kind: 'error',
      message: lookupMessages.unknownFlagBits(table.enumName, value, unknownBits),
    };
  }
  let name: string | undefined;
  if (memberBits || aliasBits) {
    const parts = decompose(table, memberBits);
    let combined = 0;
    for (const m of parts) combined = bitOr(combined, m.value as number);
    if (aliasBits) {
      value = bitOr(memberBits, aliasBits);
      for (const m of table.members) {
        const canonical = table.members[m.canonical] as TableMember;
        const v = canonical.value as number;
        if (!parts.includes(canonical) && v && bitAnd(v, value) === v) {
          parts.push(canonical);
          combined = bitOr(combined, v);
        }
      }
    }
    const rest = bitXor(value, combined);
    if (combined) {
      if (rest && boundary === 'strict') {
        return {
          kind: 'error',
          message: lookupMessages.noFlagMembers(table.enumName, rest),
        };
      }
      name = parts.map((m) => m.name).join('|') + (rest ? `|${String(numericRepr(rest))}` : '');
    }
  }
  return negative === undefined
    ? { kind: 'composite', value, name }
    : { kind: 'composite', value, name, negative };
}

/** The listed single-bit members whose bits are in `value` (CPython's `_iter_member_`). */
export function decompose(table: EnumTable, value: number): TableMember[] {
  const flags = table.flags;
  if (!flags) return [];
  const bySingleValue = new Map<number, TableMember>();
  for (const m of table.members) if (m.listed) bySingleValue.set(m.value as number, m);
  const found: TableMember[] = [];
  for (const bit of bitsLsb(bitAnd(value, flags.flagMask))) {
    const m = bySingleValue.get(bit);
    if (m) found.push(m);
  }
  if (flags.byDefinition) found.sort((a, b) => table.members.indexOf(a) - table.members.indexOf(b));
  return found;
}
