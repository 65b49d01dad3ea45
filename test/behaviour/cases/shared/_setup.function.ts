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

const MainEnum = BaseEnum.create('MainEnum', {
  first: auto(),
  second: auto(),
  third: auto(),
  // #if StrEnum
  dupe: 'third',
  // #else
  dupe: 3,
  // #endif
});

class NewStrBase extends K {
  toString(): string {
    return this.name.toUpperCase();
  }
}
const NewStrEnum = NewStrBase.create('NewStrEnum', [['first', auto()]]);

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
