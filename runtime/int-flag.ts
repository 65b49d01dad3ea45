/** `IntFlag`: its own module, so an app that uses only Flag bundles none of it. */
import { Flag } from './flag';
import { KIND } from './state';

/** Python's `IntFlag`: a Flag whose members are also their number; KEEP by default. */
export class IntFlag extends Flag {
  static override readonly [KIND]: string = 'intflag';
}
