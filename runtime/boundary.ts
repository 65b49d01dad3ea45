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
import { StrEnum } from './int-str';

export const FlagBoundary = StrEnum.create('FlagBoundary', 'STRICT CONFORM EJECT KEEP');
export type FlagBoundary = InstanceType<typeof FlagBoundary>;
