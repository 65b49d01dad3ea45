// @ts-nocheck -- a template: the import line's `Enum as K` is replaced by each kind
// CPython 3.13 test_enum.py, _EnumTests.setUp, functional form. Twin: python/shared/_setup_function.py
// The functional form cannot carry methods: they live on a member-less base, and
// `Base.create(name, names)` makes the enum (SPEC section 3: create is on any member-less subclass).
import {
  Enum as K,
  Enum,
  IntEnum,
  StrEnum,
  Flag,
  IntFlag,
  auto,
  unique,
  verify,
  UNIQUE,
  CONTINUOUS,
  NAMED_FLAGS,
  FlagBoundary,
} from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';

const KIND: string = 'Enum';
const FORM: string = 'function';

class BaseEnum extends K {
  get first(): string {
    return `${this.name} is first!`;
  }
}

// Python passes auto() values here; their value is spelled out so that this setup does not
// depend on auto() in the functional form, which special/functional_auto covers on its own.
const MainEnum = BaseEnum.create('MainEnum', {
  // #if StrEnum
  first: 'first',
  second: 'second',
  third: 'third',
  dupe: 'third',
  // #elif flag
  first: 1,
  second: 2,
  third: 4,
  dupe: 3,
  // #else
  first: 1,
  second: 2,
  third: 3,
  dupe: 3,
  // #endif
});

class NewStrBase extends K {
  toString(): string {
    return this.name.toUpperCase();
  }
}
const NewStrEnum = NewStrBase.create('NewStrEnum', 'first');

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

class NewBaseEnum extends K {
  toString(): string {
    return title(this.name);
  }
}
const NewSubEnum = NewBaseEnum.create('NewSubEnum', 'first');

const IS_FLAG = KIND === 'Flag' || KIND === 'IntFlag';
const names = ['first', 'second', 'third'];
const values: any[] = KIND === 'StrEnum' ? names : IS_FLAG ? [1, 2, 4] : [1, 2, 3];
const source_values = values;
const dupe2: any = IS_FLAG ? MainEnum.of(5) : undefined;
