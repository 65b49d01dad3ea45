import { AUTO } from './lifecycle';

/**
 * Python's `auto()`: the member's value comes from `_generate_next_value_`.
 * `new Color()` means the same.
 *
 * @example
 * class Color extends Enum<number> {
 *   static readonly RED = new Color(auto());   // 1
 * }
 */
// biome-ignore lint/suspicious/noExplicitAny: auto() stands in for a value of any type.
export const auto = (): any => AUTO;
