// SPEC section 12 against Python's `match` statement: a case on a member's name (its value
// pattern) handles that member, a case on an alias's name handles its canonical member, and
// `_` handles every other member. TypeScript: match(member, { NAME: handler, _: handler }).
import { Enum, IntEnum, StrEnum, Flag, auto, match } from 'tsenum';
import { out, r, raises } from 'case-helpers';
class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
  static readonly FAILED = new Status(3);
  static readonly DONE = Status.COMPLETED;
}
const full = (s: Status) =>
  match(s, {
    PENDING: () => `waiting ${r(s)}`,
    COMPLETED: (m) => `paid ${r(m)}`,
    FAILED: (m) => `failed ${r(m)}`,
  });
const byAlias = (s: Status) =>
  match(s, {
    SETTLED: (m) => `settled ${m.name}`,
    _: (m) => `other ${m.name}`,
  });
const byDefault = (s: Status) => match(s, { FAILED: () => 1, _: () => 0 });
for (const s of Status) {
  out('full', full(s));
  out('by alias', byAlias(s));
  out('by default', byDefault(s));
}
out('alias member', byAlias(Status.DONE), full(Status.SETTLED));
class Http extends IntEnum {
  static readonly OK = new Http(200);
  static readonly FINE = new Http(200);
  static readonly NOT_FOUND = new Http(404);
}
const http = (code: Http) => match(code, { FINE: () => 'fine', NOT_FOUND: () => 'missing' });
out('IntEnum', [...Http].map(http));
class Color extends StrEnum {
  declare readonly name: 'RED' | 'GREEN'; // SPEC section 12's idiom changes nothing at run time
  static readonly RED = new Color(auto());
  static readonly GREEN = new Color(auto());
}
const color = (c: Color) => match(c, { RED: (m) => m.value.toUpperCase(), _: (m) => m.value });
out('StrEnum', [...Color].map(color));
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
  static readonly RW = new Perm(6);
}
const perm = (p: Perm) =>
  match(p, { R: () => 'read', RW: () => 'read-write', _: (m) => `other ${String(m.name)}` });
out('Flag', perm(Perm.R), perm(Perm.R.or(Perm.W)), perm(Perm.W.or(Perm.X)), perm(Perm.RW));
