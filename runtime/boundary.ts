/**
 * Python's `FlagBoundary`: what `Flag.of` does with bits outside the class (SPEC section 7).
 * Set it as `static readonly _boundary_ = FlagBoundary.KEEP`.
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
