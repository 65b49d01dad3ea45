// SPEC section 2: reserved names are a RangeError: _sunder_ names (except the hooks of
// section 5) and names that would shadow the machinery of a JavaScript class or of tsenum.
// Each definition is followed by a use (the error comes no later than the first use).
// Not probed here: `prototype` and `constructor` (a static of that name is a JavaScript
// SyntaxError), `name` and `length` (with assignment semantics, ES2017 or
// useDefineForClassFields false, JavaScript itself throws a TypeError for the read-only
// Function property before tsenum sees the class, so compilers differ), `__proto__`
// (assignment semantics set the class's prototype).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
const reserved = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'call', 'apply', 'bind', 'of', 'get', 'tryOf', 'tryGet', 'has', 'members', 'memberMap', 'create', '_sunder_'];
for (const name of reserved) {
  raises(name, () => {
    const C = class Reserved extends Enum<number> {};
    Object.defineProperty(C, 'OK', { value: new C(1), enumerable: true, configurable: true, writable: true });
    Object.defineProperty(C, name, { value: new C(2), enumerable: true, configurable: true, writable: true });
    Enum.members.call(C); // the first use (C.members itself may be the shadowing member)
  });
}
raises('size', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
  }
  Object.defineProperty(Reserved, 'size', { value: new Reserved(2), enumerable: true, configurable: true, writable: true });
  Reserved.members();
});
raises('static field _bad_', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly _bad_ = new Reserved(2);
  }
  Reserved.members();
});
raises('hooks are not reserved', () => {
  class Hooks extends Enum<number> {
    static readonly _order_ = 'A';
    static _generate_next_value_(name: string) {
      return name.length;
    }
    static _missing_(v: unknown) {
      return v === 0 ? Hooks.A : undefined;
    }
    static readonly A = new Hooks();
  }
  return [[...Hooks], Hooks.of(0)];
});
raises('private names are not members', () => {
  class Private extends Enum<number> {
    static readonly A = new Private(1);
    static __corporal = 'Radar';
    static _semi_private = 3;
  }
  return [[...Private], Private.__corporal];
});
