/**
 * Reference rows: TypeScript's own `enum` and enum-plus, through the same harness and against
 * the same baselines as tsenum. Each loop is the nearest equivalent of a tsenum operation
 * (a TypeScript enum has no member objects: its "of" is the reverse mapping `E[v]`, its
 * iteration `Object.values(E)`; enum-plus has `findBy('value', v)`, `named[name]`, `items`).
 */
import { Enum as EnumPlus } from 'enum-plus';

export enum TsColor {
  RED = 1,
  ORANGE = 2,
  YELLOW = 3,
  GREEN = 4,
  BLUE = 5,
  INDIGO = 6,
  VIOLET = 7,
  BLACK = 8,
}

const EpColor = EnumPlus({
  RED: 1,
  ORANGE: 2,
  YELLOW: 3,
  GREEN: 4,
  BLUE: 5,
  INDIGO: 6,
  VIOLET: 7,
  BLACK: 8,
});

type Item = { readonly value: number; readonly key: string };
const EP_ITEMS = EpColor.items as unknown as readonly Item[];
const EP_NAMED = EpColor.named as unknown as Readonly<Record<string, Item>>;
const EP_FIND = (value: number): Item => EpColor.findBy('value', value as 1) as unknown as Item;

const VALUES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];
const NAMES: readonly string[] = [
  'RED',
  'ORANGE',
  'YELLOW',
  'GREEN',
  'BLUE',
  'INDIGO',
  'VIOLET',
  'BLACK',
];

// TypeScript enum -----------------------------------------------------------------------------

export function tsReadConst(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += TsColor.RED;
  return s;
}

/** Reverse mapping: value -> name. */
export function tsOf(n: number): number {
  const vs = VALUES;
  const E = TsColor as unknown as Record<number, string>;
  let s = 0;
  for (let i = 0; i < n; i++) s += (E[vs[i & 7] as number] as string).length;
  return s;
}

export function tsGet(n: number): number {
  const ns = NAMES;
  const E = TsColor as unknown as Record<string, number>;
  let s = 0;
  for (let i = 0; i < n; i++) s += E[ns[i & 7] as string] as number;
  return s;
}

export function tsIter(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (const v of Object.values(TsColor)) if (typeof v === 'number') s += v;
  }
  return s;
}

// enum-plus -----------------------------------------------------------------------------------

export function epReadConst(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += EpColor.RED;
  return s;
}

export function epReadValue(n: number): number {
  const items = EP_ITEMS;
  let s = 0;
  for (let i = 0; i < n; i++) s += (items[i & 7] as Item).value;
  return s;
}

export function epReadName(n: number): number {
  const items = EP_ITEMS;
  let s = 0;
  for (let i = 0; i < n; i++) s += (items[i & 7] as Item).key.length;
  return s;
}

export function epOf(n: number): number {
  const vs = VALUES;
  let s = 0;
  for (let i = 0; i < n; i++) s += EP_FIND(vs[i & 7] as number).value;
  return s;
}

export function epGet(n: number): number {
  const ns = NAMES;
  const named = EP_NAMED;
  let s = 0;
  for (let i = 0; i < n; i++) s += (named[ns[i & 7] as string] as Item).value;
  return s;
}

export function epIter(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (const item of EP_ITEMS) s += item.value;
  }
  return s;
}
