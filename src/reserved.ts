/**
 * Names a member may not take. Python reserves `_sunder_` names; JavaScript adds the
 * machinery of a class (`prototype`, `name`, `length`), of every object and function
 * (`toString`, `call`, ...) and tsenum's own class-side API (SPEC section 2).
 */

/** Python's `_is_sunder`: `_x_`, but not `__x__`, `_x` or `_`. */
export function isSunder(name: string): boolean {
  return (
    name.length > 2 &&
    name[0] === '_' &&
    name[name.length - 1] === '_' &&
    name[1] !== '_' &&
    name[name.length - 2] !== '_'
  );
}

/** The sunder names tsenum reads as hooks (SPEC section 5), and the ones CPython also allows. */
export const HOOK_NAMES: ReadonlySet<string> = new Set([
  '_order_',
  '_generate_next_value_',
  '_missing_',
  '_boundary_',
  '_ignore_',
  '_numeric_repr_',
  // tsenum's own: JSON by name (SPEC section 13).
  '_json_',
  '_iter_member_',
  '_iter_member_by_value_',
  '_iter_member_by_def_',
  '_add_alias_',
  '_add_value_alias_',
]);

/**
 * CPython's flag iteration hooks: tsenum iterates a flag's bits in value order, or in
 * definition order when the values are not sorted (what CPython chooses on its own), and takes
 * no hook for it. Declaring one is a definition error, never silently ignored (SPEC section 5).
 */
export const UNSUPPORTED_HOOKS: ReadonlySet<string> = new Set([
  '_iter_member_',
  '_iter_member_by_value_',
  '_iter_member_by_def_',
]);

/** `_ignore_`'s names (a string of names separated by spaces or commas, or a list of them). */
export function ignoredNames(value: unknown): readonly string[] | undefined {
  if (typeof value === 'string') return value.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/** A sunder name that is neither a hook nor one of CPython's `_repr_*` names. */
export const isReservedSunder = (name: string): boolean =>
  isSunder(name) && !HOOK_NAMES.has(name) && !name.startsWith('_repr_');

/** tsenum's class-side API (SPEC section 4). */
export const CLASS_API_NAMES: readonly string[] = [
  'of',
  'get',
  'tryOf',
  'tryGet',
  'has',
  'members',
  'memberMap',
  'size',
  'create',
  // Standard Schema's key (SPEC section 13).
  '~standard',
];

const JS_MACHINERY: readonly string[] = [
  'prototype',
  'name',
  'length',
  'constructor',
  '__proto__',
  'arguments',
  'caller',
  // Object.prototype
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  // Function.prototype
  'apply',
  'bind',
  'call',
];

const RESERVED: ReadonlySet<string> = new Set([...JS_MACHINERY, ...CLASS_API_NAMES]);

/** A name that would shadow JavaScript's or tsenum's machinery on the class. */
export const isReservedName = (name: string): boolean => RESERVED.has(name);
