// SPEC section 2: reserved names are a RangeError: _sunder_ names (except the hooks of
// section 5) and names that would shadow the machinery of a JavaScript class or of tsenum.
// Each definition is followed by a use (the error comes no later than the first use; with the
// transformer, at the end of the class body). The use is Enum.members.call(C), since C.members
// itself may be the shadowing member.
// Not probed here: `prototype` and `constructor` (a static of that name is a JavaScript
// SyntaxError), `name` and `length` (with assignment semantics, ES2017 or
// useDefineForClassFields false, JavaScript itself throws a TypeError for the read-only
// Function property before tsenum sees the class, so compilers differ), `__proto__`
// (assignment semantics set the class's prototype).
import { Enum } from 'tsenum';
import { raises } from 'case-helpers';
raises('toString', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly toString = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('valueOf', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly valueOf = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('hasOwnProperty', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly hasOwnProperty = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('isPrototypeOf', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly isPrototypeOf = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('call', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly call = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('apply', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly apply = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('bind', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly bind = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('of', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly of = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('get', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly get = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('tryOf', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly tryOf = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('tryGet', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly tryGet = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('has', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly has = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('members', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly members = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('memberMap', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly memberMap = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('create', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly create = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('size', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly size = new Reserved(2);
  }
  Enum.members.call(Reserved);
});
raises('_sunder_', () => {
  class Reserved extends Enum<number> {
    static readonly OK = new Reserved(1);
    static readonly _sunder_ = new Reserved(2);
  }
  Enum.members.call(Reserved);
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
