/**
 * The tsenum side of the benchmark: the enums and one loop per operation. Compiled twice by
 * run.mjs, with plain TypeScript (runtime only) and with tsenum's transformer (transformed),
 * and loaded once per build with a fresh copy of the runtime, so the two builds share no
 * JIT feedback. Each loop is its own function (a shared higher-order loop would make its
 * call site megamorphic and measure the call, not the operation) and returns a checksum that
 * depends on every result; baselines.cjs computes the same checksums from the same inputs.
 */
import { Enum, Flag, IntEnum, IntFlag, StrEnum } from 'tsenum';

export class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly ORANGE = new Color(2);
  static readonly YELLOW = new Color(3);
  static readonly GREEN = new Color(4);
  static readonly BLUE = new Color(5);
  static readonly INDIGO = new Color(6);
  static readonly VIOLET = new Color(7);
  static readonly BLACK = new Color(8);
}

export class HttpStatus extends IntEnum {
  static readonly CONTINUE = new HttpStatus(100);
  static readonly OK = new HttpStatus(200);
  static readonly CREATED = new HttpStatus(201);
  static readonly NO_CONTENT = new HttpStatus(204);
  static readonly MOVED = new HttpStatus(301);
  static readonly NOT_FOUND = new HttpStatus(404);
  static readonly TEAPOT = new HttpStatus(418);
  static readonly ERROR = new HttpStatus(500);
}

export class Mode extends StrEnum {
  static readonly READ = new Mode('read');
  static readonly WRITE = new Mode('write');
  static readonly APPEND = new Mode('append');
  static readonly CREATE = new Mode('create');
  static readonly DELETE = new Mode('delete');
  static readonly LIST = new Mode('list');
  static readonly LOCK = new Mode('lock');
  static readonly ADMIN = new Mode('admin');
}

/** 4 bits: the "up to 16 bits" target. */
export class Perm extends Flag {
  static readonly R = new Perm(1);
  static readonly W = new Perm(2);
  static readonly X = new Perm(4);
  static readonly S = new Perm(8);
}

export class IPerm extends IntFlag {
  static readonly R = new IPerm(1);
  static readonly W = new IPerm(2);
  static readonly X = new IPerm(4);
  static readonly S = new IPerm(8);
}

/** 24 bits: the "beyond 16 bits" target. */
export class Wide extends Flag {
  static readonly B0 = new Wide(1);
  static readonly B1 = new Wide(2);
  static readonly B2 = new Wide(4);
  static readonly B3 = new Wide(8);
  static readonly B4 = new Wide(16);
  static readonly B5 = new Wide(32);
  static readonly B6 = new Wide(64);
  static readonly B7 = new Wide(128);
  static readonly B8 = new Wide(256);
  static readonly B9 = new Wide(512);
  static readonly B10 = new Wide(1024);
  static readonly B11 = new Wide(2048);
  static readonly B12 = new Wide(4096);
  static readonly B13 = new Wide(8192);
  static readonly B14 = new Wide(16384);
  static readonly B15 = new Wide(32768);
  static readonly B16 = new Wide(65536);
  static readonly B17 = new Wide(131072);
  static readonly B18 = new Wide(262144);
  static readonly B19 = new Wide(524288);
  static readonly B20 = new Wide(1048576);
  static readonly B21 = new Wide(2097152);
  static readonly B22 = new Wide(4194304);
  static readonly B23 = new Wide(8388608);
}

// Eight small enums, to read `.value` of members of many classes at one site.
export class K0 extends Enum<number> {
  static readonly A = new K0(1);
  static readonly B = new K0(2);
}
export class K1 extends Enum<number> {
  static readonly A = new K1(1);
  static readonly B = new K1(2);
}
export class K2 extends Enum<number> {
  static readonly A = new K2(1);
  static readonly B = new K2(2);
}
export class K3 extends Enum<number> {
  static readonly A = new K3(1);
  static readonly B = new K3(2);
}
export class K4 extends Enum<number> {
  static readonly A = new K4(1);
  static readonly B = new K4(2);
}
export class K5 extends Enum<number> {
  static readonly A = new K5(1);
  static readonly B = new K5(2);
}
export class K6 extends Enum<number> {
  static readonly A = new K6(1);
  static readonly B = new K6(2);
}
export class K7 extends Enum<number> {
  static readonly A = new K7(1);
  static readonly B = new K7(2);
}

// ---------------------------------------------------------------------------------------------
// Inputs (baselines.mjs builds the same ones)

// A plain array, as the baselines' arrays are: `members()` returns a frozen array, and reading
// elements of a frozen array is a cost of its own (measured by the `members()` row, not here).
const COLORS: readonly Color[] = [...Color.members()];
const COLOR_VALUES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];
const COLOR_NAMES: readonly string[] = COLORS.map((m) => m.name);
const HTTP_VALUES: readonly number[] = [100, 200, 201, 204, 301, 404, 418, 500];
const MODE_VALUES: readonly string[] = [
  'read',
  'write',
  'append',
  'create',
  'delete',
  'list',
  'lock',
  'admin',
];
const MANY: readonly Enum<number>[] = [K0.B, K1.A, K2.B, K3.A, K4.B, K5.A, K6.B, K7.A];
const PERM_A: readonly Perm[] = [Perm.R, Perm.W, Perm.X, Perm.S];
const PERM_B: readonly Perm[] = [Perm.W, Perm.S, Perm.R, Perm.X];
const IPERM_A: readonly IPerm[] = [IPerm.R, IPerm.W, IPerm.X, IPerm.S];
const IPERM_B: readonly IPerm[] = [IPerm.W, IPerm.S, IPerm.R, IPerm.X];
const WIDE_A: readonly Wide[] = [
  Wide.B16,
  Wide.B17,
  Wide.B18,
  Wide.B19,
  Wide.B20,
  Wide.B21,
  Wide.B22,
  Wide.B23,
];
const WIDE_B: readonly Wide[] = [
  Wide.B0,
  Wide.B3,
  Wide.B5,
  Wide.B8,
  Wide.B11,
  Wide.B13,
  Wide.B15,
  Wide.B23,
];

/** What baselines.cjs needs from this build: the very member objects, in input order. */
export const data = {
  colors: COLORS,
  colorValues: COLOR_VALUES,
  colorNames: COLOR_NAMES,
  http: HTTP_VALUES.map((v) => HttpStatus.of(v)),
  httpValues: HTTP_VALUES,
  modes: MODE_VALUES.map((v) => Mode.of(v)),
  modeValues: MODE_VALUES,
  many: MANY,
};

// ---------------------------------------------------------------------------------------------
// Member reads

/** `Color.RED.value`: the baseline is the literal `1`. */
export function readConstValue(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Color.RED.value;
  return s;
}

/** `Color.RED` itself, stored: the baseline stores a module constant. */
export function readConstMember(n: number, keep: unknown[]): number {
  for (let i = 0; i < n; i++) keep[i & 63] = Color.RED;
  return n + (keep[0] as Color).value;
}

/** `m.value` of a member picked from an array: the baseline is an int array read. */
export function readValue(n: number): number {
  const ms = COLORS;
  let s = 0;
  for (let i = 0; i < n; i++) s += (ms[i & 7] as Color).value;
  return s;
}

/** `m.name` of a member picked from an array: the baseline is a string array read. */
export function readName(n: number): number {
  const ms = COLORS;
  let s = 0;
  for (let i = 0; i < n; i++) s += (ms[i & 7] as Color).name.length;
  return s;
}

/** `m.value` at one site for members of eight enum classes. */
export function readValueMany(n: number): number {
  const ms = MANY;
  let s = 0;
  for (let i = 0; i < n; i++) s += (ms[i & 7] as Enum<number>).value;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Lookups

export function ofSmall(n: number): number {
  const vs = COLOR_VALUES;
  let s = 0;
  for (let i = 0; i < n; i++) s += Color.of(vs[i & 7] as number).value;
  return s;
}

export function ofSparse(n: number): number {
  const vs = HTTP_VALUES;
  let s = 0;
  for (let i = 0; i < n; i++) s += HttpStatus.of(vs[i & 7] as number).value;
  return s;
}

export function ofString(n: number): number {
  const vs = MODE_VALUES;
  let s = 0;
  for (let i = 0; i < n; i++) s += Mode.of(vs[i & 7] as string).value.length;
  return s;
}

export function getName(n: number): number {
  const names = COLOR_NAMES as readonly ('RED' | 'GREEN')[];
  let s = 0;
  for (let i = 0; i < n; i++) s += Color.get(names[i & 7] as 'RED').value;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Iteration (one operation = one pass over the 8 members)

export function iterForOf(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (const m of Color) s += m.value;
  }
  return s;
}

export function iterMembers(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const ms = Color.members();
    for (let j = 0; j < ms.length; j++) s += (ms[j] as Color).value;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Flags: a.or(b), the result kept

export function orFlag(n: number, keep: unknown[]): number {
  const as = PERM_A;
  const bs = PERM_B;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = (as[i & 3] as Perm).or(bs[(i >> 2) & 3] as Perm);
    keep[i & 63] = r;
    s += r.value;
  }
  return s;
}

export function orIntFlag(n: number, keep: unknown[]): number {
  const as = IPERM_A;
  const bs = IPERM_B;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = (as[i & 3] as IPerm).or(bs[(i >> 2) & 3] as IPerm);
    keep[i & 63] = r;
    s += r.value;
  }
  return s;
}

export function orWide(n: number, keep: unknown[]): number {
  const as = WIDE_A;
  const bs = WIDE_B;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = (as[i & 7] as Wide).or(bs[(i >> 3) & 7] as Wide);
    keep[i & 63] = r;
    s += r.value;
  }
  return s;
}

/** The inputs of the flag baselines: the same values as plain ints. */
export const flagData = {
  perm: [PERM_A.map((m) => m.value), PERM_B.map((m) => m.value)],
  wide: [WIDE_A.map((m) => m.value), WIDE_B.map((m) => m.value)],
};
