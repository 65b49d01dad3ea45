// @ts-nocheck -- a template: the import line's `Enum as K` is replaced by each kind
// CPython 3.13 test_enum.py, _EnumTests.setUp, class form. Twin: python/shared/_setup_class.py
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
const FORM: string = 'class';

class BaseEnum extends K {
  // Python's @enum.property `first`, beside a member called `first`
  get first(): string {
    return `${this.name} is first!`;
  }
}

class MainEnum extends BaseEnum {
  static readonly first = new MainEnum();
  static readonly second = new MainEnum();
  static readonly third = new MainEnum();
  // #if flag
  static readonly dupe = new MainEnum(3);
  // #else
  static readonly dupe = MainEnum.third;
  // #endif
}

class NewStrEnum extends K {
  toString(): string {
    return this.name.toUpperCase();
  }
  static readonly first = new NewStrEnum();
}

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

class NewBaseEnum extends K {
  toString(): string {
    return title(this.name);
  }
}

class NewSubEnum extends NewBaseEnum {
  static readonly first = new NewSubEnum();
}

const IS_FLAG = KIND === 'Flag' || KIND === 'IntFlag';
const names = ['first', 'second', 'third'];
const values: any[] = KIND === 'StrEnum' ? names : IS_FLAG ? [1, 2, 4] : [1, 2, 3];
const source_values = values;
const dupe2: any = IS_FLAG ? MainEnum.of(5) : undefined;
