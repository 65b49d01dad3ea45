/** `IntEnum` and `StrEnum`: members that are also their number or their string. */
import { Enum } from './enum';
import { defaultHooks, nextValueOrThrow } from './lifecycle';
import { KIND } from './state';

/**
 * Python's `IntEnum`: members coerce to their number (`+m`, `m + 1`, `arr[m]`).
 *
 * @example
 * class HttpStatus extends IntEnum {
 *   static readonly OK = new HttpStatus(200);
 * }
 * HttpStatus.OK + 0;   // 200
 */
export class IntEnum extends Enum<number> {
  static override readonly [KIND]: string = 'int';
}

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

defaultHooks.add(StrEnum._generate_next_value_);
