/** `IntEnum`: members that are also their number. Its own module, so an app that uses only
 * StrEnum (or only Enum) bundles none of it. */
import { Enum } from './enum';
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
