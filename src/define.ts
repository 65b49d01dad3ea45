/**
 * The one rulebook: entries as the user wrote them (name, value or auto, alias by
 * reference) become the enum's table (every name with its value, which member each name
 * resolves to, which members iteration lists, flag masks) and the list of definition
 * problems. The runtime builds a class from it when the class is defined; the transformer
 * builds the same table at compile time. This is CPython's EnumDict + EnumType.__new__.
 */
import { defaultNextValueOf, type NextValue, RunningMax } from './auto';
import { allBitsBelow, bitOr, isInteger, isSingleBit } from './bits';
import { isFlagKind, type Kind } from './kinds';
import { type Problem, problems } from './problems';
import { isReservedName, isReservedSunder, UNSUPPORTED_HOOKS } from './reserved';
import { valueKey } from './values';

export interface EntryInput {
  readonly name: string;
  /** The value given; ignored when `auto` is set. */
  readonly value?: unknown;
  /** `new X()` or `new X(auto())`: the value comes from `_generate_next_value_`. */
  readonly auto?: boolean;
  /** `static B = X.A`: an alias by reference to the earlier member `A`. */
  readonly ref?: string;
  /**
   * `new T([auto(), 'x'])`: `value` is an array whose elements at these indices are auto
   * values, each from `_generate_next_value_` in turn (CPython's `A = auto(), 'x'`).
   */
  readonly autoAt?: readonly number[];
  /**
   * Such an array value already resolved: the auto values in it, which count as the last
   * values (`_generate_next_value_`'s `lastValues`) instead of the array.
   */
  readonly autoValues?: readonly unknown[];
}

/** A user's `_generate_next_value_(name, start, count, lastValues)`. */
export type NextValueHook = (
  name: string,
  start: number,
  count: number,
  lastValues: unknown[],
) => unknown;

export interface DefineInput {
  readonly enumName: string;
  readonly kind: Kind;
  readonly entries: readonly EntryInput[];
  /** `_order_`: names separated by spaces or commas, or a list. */
  readonly order?: string | readonly string[];
  /** The first auto value (the functional form's `start`); 1 by default. */
  readonly start?: number;
  /** A user-defined `_generate_next_value_`; the kind's default when absent. */
  readonly nextValue?: NextValueHook;
}

export interface TableMember {
  readonly name: string;
  readonly value: unknown;
  /** Index (in `members`) of the member this name resolves to: itself unless an alias. */
  readonly canonical: number;
  /** Listed by iteration and `members()`: canonical, and for flags a single bit. */
  readonly listed: boolean;
}

export interface FlagMasks {
  /** Every bit of every member. */
  readonly flagMask: number;
  /** Every bit of the single-bit members. */
  readonly singlesMask: number;
  /** `2 ** bitLength(flagMask) - 1`. */
  readonly allBits: number;
  /** Listed members are not in increasing value order: decompose in definition order. */
  readonly byDefinition: boolean;
}

export interface EnumTable {
  readonly enumName: string;
  readonly kind: Kind;
  /** Every name, aliases included, in definition order. */
  readonly members: readonly TableMember[];
  readonly flags?: FlagMasks;
}

export interface DefineResult {
  readonly table: EnumTable;
  readonly problems: readonly Problem[];
}

export function defineTable(input: DefineInput): DefineResult {
  const { enumName, kind } = input;
  // CPython finds some problems while the class body runs (names, auto values) and the rest
  // when it creates the class (value types, _order_); the first of each kind comes first.
  const bodyProblems: Problem[] = [];
  const creationProblems: Problem[] = [];
  const members: TableMember[] = [];
  const seen = new Map<string, unknown>();
  const byValue = new Map<unknown, number>();
  const lastValues: unknown[] = [];
  // The default hook reads only the highest value so far: kept as values are added.
  const highest = new RunningMax();

  for (const entry of input.entries) {
    const { name } = entry;
    const nameProblem = checkName(enumName, name);
    if (nameProblem) {
      bodyProblems.push(nameProblem);
      continue;
    }
    if (seen.has(name)) {
      bodyProblems.push(problems.duplicateName(enumName, name, seen.get(name)));
      continue;
    }
    let value: unknown;
    if (entry.ref !== undefined && seen.has(entry.ref)) {
      value = seen.get(entry.ref);
    } else if (entry.auto) {
      const next = nextValue(input, name, seen.size, lastValues, highest);
      if ('error' in next) {
        bodyProblems.push(autoProblem(enumName, name, next));
        seen.set(name, undefined);
        continue;
      }
      value = next.value;
    } else if (entry.autoAt !== undefined && Array.isArray(entry.value)) {
      // CPython adds each auto value to `last_values`, never the tuple around them.
      const resolved = autoElements(
        input,
        name,
        seen.size,
        entry.value,
        entry.autoAt,
        lastValues,
        highest,
      );
      if ('error' in resolved) {
        bodyProblems.push(autoProblem(enumName, name, resolved));
        seen.set(name, undefined);
        continue;
      }
      value = resolved.value;
    } else {
      value = entry.value;
    }
    seen.set(name, value);
    if (entry.autoValues !== undefined) {
      for (const v of entry.autoValues) {
        lastValues.push(v);
        highest.add(v);
      }
    } else if (entry.autoAt === undefined) {
      lastValues.push(value);
      highest.add(value);
    }
    const checked = checkValue(kind, enumName, name, value);
    if ('problem' in checked) {
      creationProblems.push(checked.problem);
      continue;
    }
    value = checked.value;
    const key = valueKey(value);
    const canonical = byValue.get(key);
    const index = members.length;
    if (canonical !== undefined) {
      members.push({ name, value, canonical, listed: false });
    } else {
      byValue.set(key, index);
      members.push({ name, value, canonical: index, listed: isListed(kind, value) });
    }
  }

  const table = tableOf(enumName, kind, members);
  if (input.order !== undefined) {
    const orderProblem = checkOrder(table, input.order);
    if (orderProblem) creationProblems.push(orderProblem);
  }
  return { table, problems: [...bodyProblems, ...creationProblems] };
}

/**
 * The table of members already resolved (each name's value and canonical index, `listed` by
 * `isListed`): adds the flag masks. `defineTable` ends here, and so does the runtime when the
 * transformer hands it the resolved names at the end of the class body.
 */
export function tableOf(enumName: string, kind: Kind, members: readonly TableMember[]): EnumTable {
  const flags = isFlagKind(kind) ? flagMasks(members) : undefined;
  return flags ? { enumName, kind, members, flags } : { enumName, kind, members };
}

/** Is a canonical member with this (checked) value listed by iteration? Flags: single bits. */
export function isListed(kind: Kind, value: unknown): boolean {
  return !isFlagKind(kind) || (isInteger(value) && isSingleBit(value));
}

/** A name no member may have: empty, a reserved `_sunder_`, or one of the reserved names. */
export function checkName(enumName: string, name: string): Problem | undefined {
  if (name === '') return problems.invalidName(enumName, name);
  if (isReservedSunder(name)) return problems.reservedSunder(enumName, name);
  if (isReservedName(name)) return problems.reservedName(enumName, name);
  return undefined;
}

/** A static that is not a member but may not be there: a reserved `_sunder_`, an unsupported hook. */
export function staticProblem(enumName: string, name: string): Problem | undefined {
  if (isReservedSunder(name)) return problems.reservedSunder(enumName, name);
  if (UNSUPPORTED_HOOKS.has(name)) return problems.unsupportedHook(enumName, name);
  return undefined;
}

function nextValue(
  input: DefineInput,
  name: string,
  count: number,
  lastValues: unknown[],
  highest: RunningMax,
): NextValue {
  const start = input.start ?? 1;
  if (!input.nextValue) return defaultNextValueOf(input.kind, name, start, count, highest);
  try {
    return { value: input.nextValue(name, start, count, lastValues.slice()) };
  } catch (error) {
    return { error: 'hook', cause: error };
  }
}

/** The auto elements of an array value, in order, each added to the last values. */
function autoElements(
  input: DefineInput,
  name: string,
  count: number,
  template: readonly unknown[],
  autoAt: readonly number[],
  lastValues: unknown[],
  highest: RunningMax,
): NextValue {
  const value = template.slice();
  for (const i of autoAt) {
    const next = nextValue(input, name, count, lastValues, highest);
    if ('error' in next) return next;
    value[i] = next.value;
    lastValues.push(next.value);
    highest.add(next.value);
  }
  return { value };
}

function autoProblem(enumName: string, name: string, next: NextValue): Problem {
  if (!('error' in next)) throw new Error('autoProblem called without an error');
  switch (next.error) {
    case 'unsortable':
      return problems.autoUnsortable(enumName, name);
    case 'unincrementable':
      return problems.autoUnincrementable(enumName, name, next.last);
    case 'invalidFlag':
      return problems.autoInvalidFlag(enumName, name, next.last);
    case 'hook':
      return problems.hookFailed(enumName, name, next.cause);
  }
}

type Checked = { readonly value: unknown } | { readonly problem: Problem };

/** The value types of SPEC section 10: IntEnum/Flag/IntFlag integers, StrEnum strings. */
export function checkValue(kind: Kind, enumName: string, name: string, value: unknown): Checked {
  switch (kind) {
    case 'enum':
      return { value };
    case 'str':
      return typeof value === 'string'
        ? { value }
        : { problem: problems.notAString(enumName, name, value) };
    default:
      if (isInteger(value)) return { value };
      if (kind !== 'flag' && typeof value === 'string') {
        // CPython runs int() on the value: '5' becomes 5, 'x' is a ValueError.
        if (/^\s*[+-]?\d+(_\d+)*\s*$/.test(value))
          return { value: Number(value.replace(/_/g, '')) };
        return { problem: problems.invalidIntLiteral(enumName, name, value) };
      }
      return { problem: problems.notAnInteger(enumName, name, value) };
  }
}

function flagMasks(members: readonly TableMember[]): FlagMasks {
  let flagMask = 0;
  let singlesMask = 0;
  const listedValues: number[] = [];
  for (const m of members) {
    const value = m.value as number;
    flagMask = bitOr(flagMask, value);
    if (isSingleBit(value)) singlesMask = bitOr(singlesMask, value);
    if (m.listed) listedValues.push(value);
  }
  const byDefinition = listedValues.some((v, i) => i > 0 && v < (listedValues[i - 1] as number));
  return { flagMask, singlesMask, allBits: allBitsBelow(flagMask), byDefinition };
}

/** CPython's four `_order_` steps: split, drop multi-bit flags, drop aliases, compare. */
function checkOrder(table: EnumTable, order: string | readonly string[]): Problem | undefined {
  let names =
    typeof order === 'string' ? order.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : [...order];
  if (names.length === 0) return undefined;
  const byName = new Map(table.members.map((m) => [m.name, m]));
  const listedNames = table.members.filter((m) => m.listed).map((m) => m.name);
  if (table.flags) {
    names = names.filter((o) => {
      const m = byName.get(o);
      return m === undefined || (isInteger(m.value) && isSingleBit(m.value));
    });
  }
  if (names.length === 0) return undefined;
  names = names.filter((o) => !byName.has(o) || (byName.get(o) as TableMember).listed);
  const same = names.length === listedNames.length && names.every((n, i) => n === listedNames[i]);
  return same ? undefined : problems.orderMismatch(table.enumName, listedNames, names);
}

/** `[alias, canonical]` name pairs, as `unique` and `verify(UNIQUE)` report them. */
export function aliasPairs(table: EnumTable): [string, string][] {
  return table.members
    .filter((m, i) => m.canonical !== i)
    .map((m) => [m.name, (table.members[m.canonical] as TableMember).name]);
}
