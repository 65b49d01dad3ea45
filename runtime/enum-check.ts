/**
 * Python's `EnumCheck`: the checks `verify` takes, a StrEnum whose members are also exported as
 * `UNIQUE`, `CONTINUOUS` and `NAMED_FLAGS` (`UNIQUE === EnumCheck.UNIQUE`), as in Python.
 * Its own module, each export a pure call: an app that imports none of them bundles no StrEnum.
 *
 * @example
 * @verify(UNIQUE, CONTINUOUS)
 * class Grade extends IntEnum { static readonly A = new Grade(1); static readonly B = new Grade(2); }
 * String(UNIQUE);   // 'one name per value'
 */
import { StrEnum } from './str-enum';

export const EnumCheck = /* @__PURE__ */ StrEnum.create('EnumCheck', {
  CONTINUOUS: 'no skipped integer values',
  NAMED_FLAGS: 'multi-flag aliases may not contain unnamed flags',
  UNIQUE: 'one name per value',
});
export type EnumCheck = InstanceType<typeof EnumCheck>;

/** One name per value: an alias is an error. */
export const UNIQUE: EnumCheck = /* @__PURE__ */ (() => EnumCheck.UNIQUE)();
/** No skipped integer values (flags: no skipped bits). */
export const CONTINUOUS: EnumCheck = /* @__PURE__ */ (() => EnumCheck.CONTINUOUS)();
/** Every bit of a multi-bit alias is a named member. */
export const NAMED_FLAGS: EnumCheck = /* @__PURE__ */ (() => EnumCheck.NAMED_FLAGS)();
