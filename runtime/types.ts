/** The public helper types of SPEC section 1 and the typing of the functional form. */
import type { Enum } from './enum';
import type { Flag } from './flag';

// biome-ignore lint/suspicious/noExplicitAny: a constructor of any arity is what an enum class is.
export type EnumClass = abstract new (...args: any[]) => Enum<any>;

/** The member type of an enum class: `MemberOf<typeof Color>` is `Color`. */
export type MemberOf<C> = C extends abstract new (...args: never[]) => infer M ? M : never;

/** The value type of an enum class: `ValueOf<typeof Color>` is `number` for `Enum<number>`. */
export type ValueOf<C> = MemberOf<C> extends { readonly value: infer V } ? V : never;

/** The names of an enum class's members (its statics whose type is the member type). */
export type MemberName<C> = {
  [K in keyof C]: K extends 'prototype' ? never : C[K] extends MemberOf<C> ? K : never;
}[keyof C] &
  string;

/**
 * What `schemaOf(C)` takes: the value, or with `static readonly _json_ = 'name'` the member's
 * name (a flag's: the list of its members' names), as JSON carries it (SPEC section 13).
 */
export type SchemaInput<C> = C extends { readonly _json_: 'name' }
  ? MemberOf<C> extends Flag
    ? readonly MemberName<C>[]
    : MemberName<C>
  : ValueOf<C>;

type Trim<S extends string> = S extends ` ${infer R}`
  ? Trim<R>
  : S extends `${infer R} `
    ? Trim<R>
    : S;

/** `'ANT BEE, CAT'` -> `'ANT' | 'BEE' | 'CAT'`: the member names of the functional form. */
export type SplitNames<S extends string> = string extends S
  ? string
  : S extends `${infer A},${infer B}`
    ? SplitNames<A> | SplitNames<B>
    : S extends `${infer A} ${infer B}`
      ? SplitNames<A> | SplitNames<B>
      : Trim<S> extends ''
        ? never
        : Trim<S>;

/** The class `create` returns: the base it was called on, plus a member for each name. */
export type CreatedEnum<C extends EnumClass, Names extends string> = C & {
  readonly [K in Names]: InstanceType<C>;
};

export interface CreateOptions {
  /** The first auto value (Python's `start=`); 1 by default. */
  readonly start?: number;
  /** For flags: how values with bits outside the class are handled. */
  readonly boundary?: unknown;
}
