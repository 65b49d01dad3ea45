/**
 * Items (a name, where it is written, and its value as far as it is known) through the
 * shared rules: with every value known, src/define.ts builds the table and each problem is
 * placed at the item it is about; otherwise only what holds whatever the unknown values
 * are is reported (names, duplicates, the type of each known value).
 */
import { checkValue, defineTable, type EntryInput, type EnumTable } from '../src/define';
import type { Kind } from '../src/kinds';
import { type Problem, ProblemCode, problems } from '../src/problems';
import { isReservedName, isReservedSunder } from '../src/reserved';
import { AUTO, OPAQUE, type Value } from './evaluate';
import type { TS } from './types';

export interface Finding {
  readonly problem: Problem;
  readonly node: TS.Node;
}

/** A value, AUTO, OPAQUE, or an alias by reference to an earlier name. */
export type ItemValue = Value | { readonly ref: string };

export interface Item {
  readonly name: string;
  readonly node: TS.Node;
  readonly value: ItemValue;
}

export interface DefineOptions {
  readonly order?: string | readonly string[];
  readonly orderNode?: TS.Node;
  readonly start?: number;
  /** Where a problem about no item in particular goes. */
  readonly fallback: TS.Node;
  /** False when there may be members the items do not show: only partial checks then. */
  readonly complete?: boolean;
}

export interface Defined {
  readonly findings: Finding[];
  /** Present when every value is known. */
  readonly table?: EnumTable;
}

export const isRef = (value: unknown): value is { ref: string } =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === REF_PROTO;

const REF_PROTO = Object.freeze({});
export const ref = (to: string): { ref: string } =>
  Object.assign(Object.create(REF_PROTO), { ref: to });

export function defineItems(
  enumName: string,
  kind: Kind,
  items: readonly Item[],
  options: DefineOptions,
): Defined {
  if (options.complete === false || items.some((i) => i.value === OPAQUE))
    return { findings: partialProblems(enumName, kind, items) };
  const entries: EntryInput[] = items.map(({ name, value }) =>
    value === AUTO
      ? { name, auto: true }
      : isRef(value)
        ? { name, ref: value.ref }
        : { name, value },
  );
  const input = {
    enumName,
    kind,
    entries,
    ...(options.order !== undefined ? { order: options.order } : {}),
    ...(options.start !== undefined ? { start: options.start } : {}),
  };
  const { table, problems: found } = defineTable(input);
  return { findings: locate(input, found, items, options), table };
}

/**
 * Each problem at the item it is about. Every entry yields at most one problem, and every
 * problem but `_order_`'s names its member; when a name is written more than once, defining
 * the prefixes of the entries tells which of them yielded it.
 */
function locate(
  input: Parameters<typeof defineTable>[0],
  found: readonly Problem[],
  items: readonly Item[],
  options: DefineOptions,
): Finding[] {
  const prefixes = new Map<number, readonly Problem[]>();
  const problemsUpTo = (i: number): readonly Problem[] => {
    if (i < 0) return [];
    let known = prefixes.get(i);
    if (!known) {
      known = defineTable({
        ...input,
        entries: input.entries.slice(0, i + 1),
        order: undefined,
      }).problems;
      prefixes.set(i, known);
    }
    return known;
  };
  const key = (p: Problem) => `${p.code}\u0000${p.message}`;
  /** The problem entry `i` adds to those of the entries before it. */
  const added = (i: number): string | undefined => {
    const before = problemsUpTo(i - 1).map(key);
    for (const p of problemsUpTo(i)) {
      const at = before.indexOf(key(p));
      if (at >= 0) before.splice(at, 1);
      else return key(p);
    }
    return undefined;
  };
  const used = new Set<number>();
  return found.map((problem) => {
    if (problem.code === ProblemCode.OrderMismatch)
      return { problem, node: options.orderNode ?? options.fallback };
    const same = items.flatMap((item, i) =>
      item.name === problem.member && !used.has(i) ? [i] : [],
    );
    const at = same.length > 1 ? (same.find((i) => added(i) === key(problem)) ?? same[0]) : same[0];
    if (at === undefined) return { problem, node: options.fallback };
    used.add(at);
    return { problem, node: (items[at] as Item).node };
  });
}

/** What holds whatever the unknown values are. */
function partialProblems(enumName: string, kind: Kind, items: readonly Item[]): Finding[] {
  const out: Finding[] = [];
  const firstValue = new Map<string, Value>();
  for (const { name, node, value } of items) {
    let problem: Problem | undefined;
    if (name === '') problem = problems.invalidName(enumName, name);
    else if (isReservedSunder(name)) problem = problems.reservedSunder(enumName, name);
    else if (isReservedName(name)) problem = problems.reservedName(enumName, name);
    else if (firstValue.has(name)) {
      const first = firstValue.get(name);
      if (first !== OPAQUE) problem = problems.duplicateName(enumName, name, first);
    } else if (value !== OPAQUE && value !== AUTO && !isRef(value)) {
      // As src/define.ts: a later duplicate names the value as given, valid or not.
      firstValue.set(name, value);
      const checked = checkValue(kind, enumName, name, value);
      if ('problem' in checked) problem = checked.problem;
    } else {
      firstValue.set(name, OPAQUE);
    }
    if (problem) out.push({ problem, node });
  }
  return out;
}
