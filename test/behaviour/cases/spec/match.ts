// SPEC section 12: match(member, handlers) where Python has no counterpart (its `match`
// statement falls through silently): an unhandled member is a RangeError naming the enum and
// the member, with code 24020 (the code tsenum's hosts report at compile time).
import { Enum, Flag, FlagBoundary, match } from 'tsenum';
import { out, r, raises } from 'case-helpers';
class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
  static readonly FAILED = new Status(3);
}
raises('unhandled', () => match(Status.FAILED, { PENDING: () => 1, COMPLETED: () => 2 }));
try {
  match(Status.PENDING, {});
} catch (error) {
  out('code', (error as { code?: number }).code);
}
// The handler under the member's own name wins over an alias's, and handlers are own keys:
// nothing is found on Object.prototype.
out('own name first', match(Status.SETTLED, { SETTLED: () => 'alias', COMPLETED: () => 'canonical' }));
raises('no inherited handler', () => match(Status.PENDING, Object.create({ PENDING: () => 'inherited' })));
out('handler gets the member', match(Status.SETTLED, { COMPLETED: (m) => m === Status.COMPLETED }));
out('result as returned', r(match(Status.FAILED, { _: () => undefined })));
// A named member of a class with a handler named like Object.prototype's properties.
class Odd extends Enum<number> {
  static readonly hasOwnProperty_ = new Odd(1);
}
out('odd names', match(Odd.hasOwnProperty_, { hasOwnProperty_: () => 'ok' }));
// A flag value with no name (KEEP's extra bits) has only `_`.
class Keep extends Flag {
  static readonly _boundary_ = FlagBoundary.KEEP;
  static readonly A = new Keep(1);
}
out('unnamed flag', match(Keep.of(9), { A: () => 'a', _: (m) => r(m) }));
raises('unnamed flag unhandled', () => match(Keep.of(9), { A: () => 'a' }));
