/**
 * `tsenum/drizzle` (SPEC section 13): Drizzle ORM columns that store an enum's value and read
 * back its member. drizzle-orm is an optional peer dependency; this module imports tsenum by
 * its package name, so it shares the one runtime the app uses.
 *
 * PostgreSQL: a StrEnum is a native `ENUM` type whose labels are the canonical values in
 * definition order (`pgEnumOf` gives the type for drizzle-kit to create); IntEnum, Flag and
 * IntFlag are `integer` columns; any other enum takes its values' column type. SQLite: the
 * values' column type (`text`, `integer`, `real`; JSON text for tuples and objects).
 */
import {
  type ConvertCustomConfig as PgConfig,
  type PgCustomColumnBuilder,
  type PgEnum,
  customType as pgCustomType,
  pgEnum,
} from 'drizzle-orm/pg-core';
import {
  type SQLiteCustomColumnBuilder,
  type ConvertCustomConfig as SqliteConfig,
  customType as sqliteCustomType,
} from 'drizzle-orm/sqlite-core';
import { type EnumClass, Flag, IntEnum, type MemberOf, StrEnum, type ValueOf } from 'tsenum';

/** What the columns carry: members in the app, the value in the database. */
type Stored<C> = { data: MemberOf<C>; driverData: ValueOf<C> };

/** The column builder `pgEnumColumn(C, name)` returns (`.notNull()`, `.default(...)`, ...). */
export type PgEnumColumnBuilder<C, N extends string> = PgCustomColumnBuilder<
  PgConfig<N, Stored<C>>
>;

/** The column builder `sqliteEnumColumn(C, name)` returns. */
export type SQLiteEnumColumnBuilder<C, N extends string> = SQLiteCustomColumnBuilder<
  SqliteConfig<N, Stored<C>>
>;

interface Lookups {
  readonly name: string;
  readonly prototype: unknown;
  of(value: unknown): { readonly value: unknown };
  members(): readonly { readonly value: unknown }[];
}

/** `HttpStatus` -> `http_status`: the default name of a StrEnum's PostgreSQL type. */
export const enumTypeName = (cls: EnumClass): string =>
  cls.name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

type Shape = 'integer' | 'bigint' | 'real' | 'text' | 'boolean' | 'json';

/** The column type every member's value fits (JSON for anything else). */
function shapeOf(cls: Lookups): Shape {
  if (cls.prototype instanceof IntEnum || cls.prototype instanceof Flag) return 'integer';
  const values = cls.members().map((m) => m.value);
  if (values.length === 0) return 'json';
  if (values.every((v) => typeof v === 'string')) return 'text';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    if (!values.every((v) => Number.isSafeInteger(v))) return 'real';
    return values.every((v) => Math.abs(v as number) <= 2 ** 31 - 1) ? 'integer' : 'bigint';
  }
  return 'json';
}

/**
 * A member (or a member's value) to what the database stores: the canonical value, so an
 * alias stores its member's. Anything else is `of`'s RangeError before the query is sent.
 */
function toValue(cls: Lookups, member: unknown, shape: Shape): unknown {
  const { value } = cls.of(member);
  return shape === 'json' ? JSON.stringify(value) : value;
}

/** What the database gave back, to the member: `of`'s RangeError names the enum and value. */
function toMember(cls: Lookups, stored: unknown, shape: Shape): unknown {
  if (shape === 'json' && typeof stored === 'string') return cls.of(JSON.parse(stored));
  // Drivers hand int8 back as a string or a bigint.
  if (shape === 'bigint' && (typeof stored === 'string' || typeof stored === 'bigint'))
    return cls.of(Number(stored));
  return cls.of(stored);
}

const PG_TYPES: Readonly<Record<Shape, string>> = {
  integer: 'integer',
  bigint: 'bigint',
  real: 'double precision',
  text: 'text',
  boolean: 'boolean',
  json: 'jsonb',
};

/**
 * The PostgreSQL `ENUM` type of a StrEnum, labels = its canonical values in definition order.
 * Export it from the schema file so drizzle-kit creates it (`CREATE TYPE ... AS ENUM`).
 *
 * @example
 * export const priorityType = pgEnumOf(Priority);   // CREATE TYPE "priority" AS ENUM('low', 'high')
 */
export function pgEnumOf<C extends typeof StrEnum>(
  cls: C,
  typeName: string = enumTypeName(cls),
): PgEnum<[string, ...string[]]> {
  const values = (cls as unknown as Lookups).members().map((m) => m.value as string);
  if (values.length === 0) throw new TypeError(`${cls.name} has no members: no ENUM type for it`);
  return pgEnum(typeName, values as [string, ...string[]]);
}

export interface PgEnumColumnOptions {
  /** A StrEnum's `ENUM` type name (the one `pgEnumOf` was given); snake_case of the class by default. */
  readonly typeName?: string;
}

/**
 * A PostgreSQL column of an enum: writes take members (an alias stores its canonical value),
 * reads give members, `eq(table.status, Status.SETTLED)` compares the stored value.
 *
 * @example
 * export const payments = pgTable('payments', {
 *   status: pgEnumColumn(Status, 'status').notNull(),      // integer
 *   priority: pgEnumColumn(Priority, 'priority').notNull(), // the "priority" ENUM type
 * });
 */
export function pgEnumColumn<C extends EnumClass, N extends string = ''>(
  cls: C,
  name?: N,
  options: PgEnumColumnOptions = {},
): PgEnumColumnBuilder<C, N> {
  const lookups = cls as unknown as Lookups;
  const native = lookups.prototype instanceof StrEnum;
  const sqlType = native ? (options.typeName ?? enumTypeName(cls)) : undefined;
  // Decided at the first use of the column (the DDL or a query), not here: a class may still
  // be gaining members when the table is declared.
  let shape: Shape | undefined;
  const shapeNow = () => {
    shape ??= native ? 'text' : shapeOf(lookups);
    return shape;
  };
  const factory = pgCustomType<Stored<C>>({
    dataType: () => sqlType ?? PG_TYPES[shapeNow()],
    toDriver: (member) => toValue(lookups, member, shapeNow()) as ValueOf<C>,
    fromDriver: (stored) => toMember(lookups, stored, shapeNow()) as MemberOf<C>,
  });
  return (name === undefined ? factory() : factory(name)) as unknown as PgEnumColumnBuilder<C, N>;
}

const SQLITE_TYPES: Readonly<Record<Shape, string>> = {
  integer: 'integer',
  bigint: 'integer',
  real: 'real',
  text: 'text',
  boolean: 'integer',
  json: 'text',
};

/**
 * A SQLite column of an enum (SQLite has no ENUM type): the values' column type.
 *
 * @example
 * export const payments = sqliteTable('payments', {
 *   status: sqliteEnumColumn(Status, 'status').notNull(),
 * });
 */
export function sqliteEnumColumn<C extends EnumClass, N extends string = ''>(
  cls: C,
  name?: N,
): SQLiteEnumColumnBuilder<C, N> {
  const lookups = cls as unknown as Lookups;
  let shape: Shape | undefined;
  const shapeNow = () => {
    shape ??= shapeOf(lookups);
    return shape;
  };
  const factory = sqliteCustomType<Stored<C>>({
    dataType: () => SQLITE_TYPES[shapeNow()],
    toDriver: (member) => {
      const value = toValue(lookups, member, shapeNow());
      // SQLite stores booleans as 0 and 1.
      return (typeof value === 'boolean' ? Number(value) : value) as ValueOf<C>;
    },
    fromDriver: (stored) => {
      const s = shapeNow();
      return toMember(lookups, s === 'boolean' ? stored === 1 : stored, s) as MemberOf<C>;
    },
  });
  return (name === undefined ? factory() : factory(name)) as unknown as SQLiteEnumColumnBuilder<
    C,
    N
  >;
}
