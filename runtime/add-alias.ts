/**
 * Python 3.13's `_add_alias_(name)` and `_add_value_alias_(value)` (SPEC section 2): a member
 * gets another name or another value, in its constructor (the MultiValue recipe) or afterwards.
 * In the constructor they are recorded on the construction and become part of the table when
 * the class is final; afterwards they go straight into the lookup maps (the class itself is
 * frozen, so a name added then is found by `get` and `memberMap`, not as a static).
 */
import { checkName, type TableMember } from '../src/define';
import { pyRepr } from '../src/repr';
import { valueKey } from '../src/values';
import { addValue } from './install';
import { finalState } from './lifecycle';
import { reprOf } from './output';
import { inConstruction } from './provisional';
import { type DefiningState, ownState } from './state';

type Member = { readonly constructor: Function; readonly name: string; readonly value: unknown };

export function addAlias(member: Member, name: string): void {
  const cls = member.constructor;
  const state = constructing(cls, member);
  if (state !== undefined) {
    const construction = state.constructed.get(member);
    if (construction === undefined) return;
    construction.names ??= [];
    construction.names.push(name);
    return;
  }
  const final = finalState(cls);
  const bound = final.byName.get(name);
  if (bound === member) return;
  if (bound !== undefined) throw new RangeError(alreadyBound(name, bound));
  const problem = checkName(cls.name, name);
  if (problem) throw new RangeError(problem.message);
  final.byName.set(name, member);
  const members = final.table.members as TableMember[];
  const canonical = members.findIndex((m, i) => m.canonical === i && m.name === member.name);
  members.push({ name, value: member.value, canonical, listed: false });
}

export function addValueAlias(member: Member, value: unknown): void {
  const cls = member.constructor;
  const state = constructing(cls, member);
  const byValue = (state ?? finalState(cls)).byValue as Map<unknown, unknown>;
  const bound = byValue.get(valueKey(value));
  if (bound === member) return;
  if (bound !== undefined) throw new RangeError(alreadyBound(value, bound as Member));
  if (state !== undefined) {
    const construction = state.constructed.get(member);
    if (construction === undefined) return;
    // Now, so that a later member with this value is an alias of this one (CPython's map).
    state.byValue.set(valueKey(value), member);
    construction.valueAliases ??= [];
    construction.valueAliases.push(value);
    return;
  }
  addValue(byValue, value, member as object);
}

/**
 * The defining state while `member`'s own constructor runs (Python's `__init__`): what it adds
 * becomes part of the table. Anywhere else, a call is a use of the class, which finalizes it
 * first, so a name or value already bound is an error at the call in every mode.
 */
function constructing(cls: Function, member: Member): DefiningState | undefined {
  const state = ownState(cls);
  if (state === undefined || state.final || state.latest !== member) return undefined;
  return inConstruction(cls, state) ? state : undefined;
}

const alreadyBound = (key: unknown, bound: unknown): string =>
  `${pyRepr(key)} is already bound: ${reprOf(bound as Member)}`;
