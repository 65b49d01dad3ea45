/**
 * `_ignore_` (SPEC section 5, Python's `_ignore_`): the statics it names are not members,
 * even when they hold an instance of the class.
 */
import { lookupMessages } from '../src/problems';
import { ignoredNames } from '../src/reserved';

/** `_ignore_`'s names: statics that are not members even when they hold an instance. */
export function ignoredStatics(cls: Function): readonly string[] | undefined {
  if (!Object.hasOwn(cls, '_ignore_')) return undefined;
  const given = (cls as { _ignore_?: unknown })._ignore_;
  const names = ignoredNames(given);
  if (names === undefined) throw new TypeError(lookupMessages.badIgnore(cls.name, given));
  return names;
}

/** Held by a static `_ignore_` names: no member, so no alias can be of it. */
export function isIgnored(cls: Function, object: object): boolean {
  const names = Object.hasOwn(cls, '_ignore_') ? ignoredStatics(cls) : undefined;
  return names?.some((n) => Object.getOwnPropertyDescriptor(cls, n)?.value === object) === true;
}
