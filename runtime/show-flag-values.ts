/**
 * Python's `enum.show_flag_values(value)`: the single bits of a flag value, lowest first
 * (what the NAMED_FLAGS message of `verify` asks you to look at).
 */
import { bitsLsb } from '../src/bits';
import { pyRepr } from '../src/repr';

/**
 * The single bits of `value` (a number, or a member standing for its value), lowest first.
 *
 * @example
 * showFlagValues(13);          // [1, 4, 8]
 * showFlagValues(Perm.RWX);    // [1, 2, 4]
 */
export function showFlagValues(value: number | { readonly value: number }): number[] {
  const n = typeof value === 'number' ? value : value.value;
  if (n < 0) throw new RangeError(`${pyRepr(value)} is not a positive integer`);
  return bitsLsb(n);
}
