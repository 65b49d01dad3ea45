/**
 * Type tests for SPEC section 12, `match(member, handlers)`: the handlers receive the member's
 * own type, the result is the union of the handlers' results, and a class that declares its
 * canonical names (`declare readonly name: ...`) has its handler keys checked by TypeScript
 * itself (every name, or `_`), in every compiler. Checked by types.test.ts.
 */
import { Enum, type MatchHandlers, type MatchResult, match, StrEnum } from 'tsenum';
import { expectTypeOf } from 'vitest';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
  get done(): boolean {
    return this.value === 10;
  }
}

// --- the result is the union of the handlers' results
expectTypeOf(
  match(Status.PENDING, { PENDING: () => 1, COMPLETED: () => 'done', _: () => false }),
).toEqualTypeOf<number | string | boolean>();
expectTypeOf(match(Status.PENDING, { _: () => undefined })).toEqualTypeOf<undefined>();

// --- each handler receives the member, typed as its class (subclass getters type-check)
match(Status.SETTLED, {
  COMPLETED: (s) => {
    expectTypeOf(s).toEqualTypeOf<Status>();
    return s.done;
  },
});

// --- a handler is a function of the member
// @ts-expect-error: a handler is a function, not a value
match(Status.PENDING, { PENDING: 1 });
// @ts-expect-error: a handler takes the member, not a string
match(Status.PENDING, { PENDING: (s: string) => s });
// @ts-expect-error: match takes a member, not a value
match(1, { PENDING: () => 1 });

// --- with its canonical names declared, TypeScript checks the keys
class Named extends StrEnum {
  declare readonly name: 'RED' | 'GREEN';
  static readonly RED = new Named('red');
  static readonly GREEN = new Named('green');
}
expectTypeOf(match(Named.RED, { RED: () => 1, GREEN: () => 2 })).toEqualTypeOf<number>();
expectTypeOf(match(Named.RED, { RED: () => 1, _: () => 'x' })).toEqualTypeOf<number | string>();
// @ts-expect-error: GREEN is not handled and there is no `_`
match(Named.RED, { RED: () => 1 });
// @ts-expect-error: BLUE is not a name of Named
match(Named.RED, { RED: () => 1, GREEN: () => 2, BLUE: () => 3 });

// ...and a switch on the declared name narrows in plain tsc (SPEC section 12's idiom)
function label(c: Named): string {
  switch (c.name) {
    case 'RED':
      return 'r';
    case 'GREEN':
      return 'g';
  }
}
expectTypeOf(label).returns.toEqualTypeOf<string>();
function missing(c: Named): string {
  switch (c.name) {
    case 'RED':
      return 'r';
    default: {
      // @ts-expect-error: GREEN is left, so the name is not never here
      const unreachable: never = c.name;
      return unreachable;
    }
  }
}
expectTypeOf(missing).returns.toEqualTypeOf<string>();

// --- the helper types
expectTypeOf<MatchResult<{ A: () => 1; B: () => 'b' }>>().toEqualTypeOf<1 | 'b'>();
expectTypeOf<MatchHandlers<Named>>().toMatchTypeOf<{ readonly _?: unknown }>();
