/**
 * Python's `FlagBoundary`: what `Flag.of` does with bits outside the class (SPEC section 7).
 * Set it as `static readonly _boundary_ = FlagBoundary.KEEP` (or `KEEP`, exported as in Python).
 *
 * @example
 * class Perm extends Flag {
 *   static readonly _boundary_ = FlagBoundary.CONFORM;
 *   static readonly R = new Perm(1);
 * }
 * Perm.of(3) === Perm.R;   // true: the unknown bit 2 is dropped
 */
import { StrEnum } from './str-enum';

// Marked pure: a bundle that never reads FlagBoundary (no Flag, no IntFlag) drops the call and
// with it StrEnum (SPEC section 1: tree-shakable).
export const FlagBoundary = /* @__PURE__ */ StrEnum.create(
  'FlagBoundary',
  'STRICT CONFORM EJECT KEEP',
);
export type FlagBoundary = InstanceType<typeof FlagBoundary>;

// Python's module-level names for the members (`from enum import KEEP`). Each a pure call, so a
// bundle that reads none of them drops it (a bare property read may be kept as a side effect).
/** `FlagBoundary.STRICT`: a value with bits outside the class is a RangeError (Flag's default). */
export const STRICT: FlagBoundary = /* @__PURE__ */ (() => FlagBoundary.STRICT)();
/** `FlagBoundary.CONFORM`: bits outside the class are dropped. */
export const CONFORM: FlagBoundary = /* @__PURE__ */ (() => FlagBoundary.CONFORM)();
/** `FlagBoundary.EJECT`: such a value is returned as the plain number. */
export const EJECT: FlagBoundary = /* @__PURE__ */ (() => FlagBoundary.EJECT)();
/** `FlagBoundary.KEEP`: the bits are kept (`<Perm.R|8: 9>`; IntFlag's default). */
export const KEEP: FlagBoundary = /* @__PURE__ */ (() => FlagBoundary.KEEP)();
