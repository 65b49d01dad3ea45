/**
 * `match(member, handlers)` (SPEC section 12): the exhaustive alternative to a `switch`, whose
 * cases TypeScript cannot narrow (every member has the class's type). Its own module, so an
 * app that never calls it bundles none of it.
 */
import { problemError, problems } from '../src/problems';
import type { Enum } from './enum';

// biome-ignore lint/suspicious/noExplicitAny: any value type; the handlers receive the member's own type.
type AnyMember = Enum<any>;
type Handler<M> = (member: M) => unknown;

/**
 * The handlers `match` takes for a member type. When the class declares its canonical names
 * (`declare readonly name: 'PENDING' | 'COMPLETED'`), TypeScript itself checks the keys and
 * requires one for each name unless `_` is there, in every compiler; otherwise a name is any
 * string, and tsenum's hosts check the keys (TS24020, TS24021).
 */
export type MatchHandlers<M extends AnyMember> = string extends M['name']
  ? { readonly [name: string]: Handler<M> }
  :
      | ({ readonly [K in M['name']]: Handler<M> } & { readonly _?: Handler<M> })
      | ({ readonly [K in M['name']]?: Handler<M> } & { readonly _: Handler<M> });

/** What `match` returns: the union of its handlers' results. */
export type MatchResult<H> = {
  [K in keyof H]: H[K] extends (...args: never[]) => infer R ? R : never;
}[keyof H];

type Lookup = Function & { tryGet?(name: string): unknown };

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Calls the handler of `member` and returns its result: the handler under its name, else
 * under the name of one of its aliases, else `_`. A member with none of these is a
 * `RangeError` naming the enum and the member.
 *
 * @example
 * const label = match(status, {
 *   PENDING: () => 'waiting',
 *   SETTLED: (s) => `done (${s.value})`,   // an alias's name means its canonical member
 *   _: () => 'other',
 * });
 */
export function match<M extends AnyMember, H extends MatchHandlers<M>>(
  member: M,
  // A name the class does not declare is an error too (inference alone would accept it).
  handlers: H & { readonly [K in Exclude<keyof H, M['name'] | '_'>]: never },
): MatchResult<H> {
  const table = handlers as unknown as Readonly<Record<string, Handler<M>>>;
  const name = member.name;
  // Own keys only: a handler named `toString` or `constructor` must not come from Object.
  if (hasOwn.call(table, name)) return (table[name] as Handler<M>)(member) as MatchResult<H>;
  const cls = member.constructor as Lookup;
  for (const key of Object.keys(table)) {
    if (key !== '_' && typeof cls.tryGet === 'function' && cls.tryGet(key) === member)
      return (table[key] as Handler<M>)(member) as MatchResult<H>;
  }
  if (hasOwn.call(table, '_')) return (table._ as Handler<M>)(member) as MatchResult<H>;
  throw problemError(problems.unhandled('match', cls.name, [name]));
}
