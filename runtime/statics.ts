/**
 * A final class's member statics: every name (aliases too) a read-only static holding its
 * member, and no new statics. `create` adds them here; the class form has them already (the
 * class body made them), holding the member unless it was an alias by value made in a class
 * with its own constructor.
 */
import type { TableMember } from '../src/define';
import { STATE, useDictionaryProperties } from './state';

/** Own statics of a class that tsenum or JavaScript put there, not the user. */
const MACHINERY: ReadonlySet<PropertyKey> = new Set(['length', 'name', 'prototype', STATE]);

/**
 * When the class has no statics of its own besides its members (the usual case),
 * `Object.freeze` makes them read-only in one call, 15 times as fast as a `defineProperty` per
 * name; otherwise the user's other statics stay writable, as in Python.
 */
export function defineMemberStatics(
  cls: Function,
  members: readonly TableMember[],
  objects: readonly object[],
): void {
  // A class constructor with fast properties copies every earlier static on each added one.
  useDictionaryProperties(cls);
  const statics = cls as unknown as Record<string, unknown>;
  for (const { name, canonical } of members) {
    const member = objects[canonical];
    const own = Object.hasOwn(cls, name);
    if (own && statics[name] === member) continue;
    if (!own && !(name in cls)) {
      statics[name] = member;
    } else {
      // Replaces an alias's throwaway object, or shadows a static the class inherits.
      Object.defineProperty(cls, name, {
        value: member,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  if (onlyMembers(cls, members)) {
    Object.freeze(cls);
    return;
  }
  const readOnly = { value: undefined as unknown, writable: false, configurable: false };
  for (const { name, canonical } of members) {
    readOnly.value = objects[canonical];
    Object.defineProperty(cls, name, readOnly);
  }
  Object.preventExtensions(cls);
}

/** Every own static is a member, JavaScript's or tsenum's, or already read-only for good. */
function onlyMembers(cls: Function, members: readonly TableMember[]): boolean {
  const keys = Reflect.ownKeys(cls);
  let machinery = 0;
  for (const key of MACHINERY) if (Object.hasOwn(cls, key)) machinery++;
  // Every name is an own static by now, each a different key: there is no room for another.
  if (keys.length === members.length + machinery) return true;
  const names = new Set(members.map((m) => m.name));
  for (const key of keys) {
    if (MACHINERY.has(key) || (typeof key === 'string' && names.has(key))) continue;
    const descriptor = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    if (descriptor.configurable || descriptor.writable) return false;
  }
  return true;
}
