/** `StrEnum`: members that are also their string. Its own module (see int-enum.ts). */
import { Enum } from './enum';
import { nextValueOrThrow } from './lifecycle';
import { KIND } from './state';

/**
 * Python's `StrEnum`: members coerce to their string; `auto()` is the lower-cased name.
 *
 * @example
 * class Mode extends StrEnum {
 *   static readonly READ = new Mode();   // 'read'
 * }
 * `${Mode.READ}`;                        // 'read'
 */
export class StrEnum extends Enum<string> {
  static override readonly [KIND]: string = 'str';

  static override _generate_next_value_(
    name: string,
    start: number,
    count: number,
    lastValues: unknown[],
  ): unknown {
    return nextValueOrThrow(this, 'str', name, start, count, lastValues);
  }
}
