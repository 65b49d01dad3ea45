/**
 * The transformer's end-of-class-body seal with its resolved table: checked against the class,
 * then installed without reading and resolving the class again (`lifecycle.ts` does that
 * otherwise).
 */
import {
  checkName,
  checkValue,
  type EnumTable,
  isListed,
  staticProblem,
  type TableMember,
  tableOf,
} from '../src/define';
import { install } from './install';
import { demote, finalState, startDefining } from './lifecycle';
import { type DefiningState, type FastTable, type FinalState, ownState } from './state';

/**
 * The transformer's start-of-class-body call, `this[Symbol.for("tsenum.table")](name, names,
 * values, canonical?)`: the class's declared name (recorded as name-record.ts says, or `null`
 * where it must not be), then the table before the first member is constructed, so `construct`
 * names each member as it is made (lifecycle.ts) and the seal installs the class without
 * resolving it again. `canonical` (each name's index of the name it resolves to) is left out
 * when there is no alias: one text less per class to parse at startup. `values` is `null` for
 * a class whose constructor runs code of the user's: only the names are handed over, so that
 * constructor can read `this.name` (state.ts `Named`). Anything that does not
 * look like a table the transformer would write is ignored: the class is then defined the
 * ordinary way.
 */
export function startTable(
  cls: Function,
  name: unknown,
  names: unknown,
  values: unknown,
  given: unknown,
) {
  if (typeof name === 'string')
    Object.defineProperty(cls, 'name', { value: name, configurable: true });
  if (!Array.isArray(names) || !(Array.isArray(values) || values === null)) return;
  const canonical = given === undefined ? names.map((_, i) => i) : given;
  if (!Array.isArray(canonical)) return;
  if (names.length !== canonical.length || ownState(cls) !== undefined) return;
  // A `name` or `value` the class or a parent defines (a getter) would take the assignment.
  const prototype = cls.prototype as object;
  if ('name' in prototype || 'value' in prototype) return;
  const memberNames: string[] = [];
  const order: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const to = canonical[i];
    if (typeof names[i] !== 'string' || typeof to !== 'number' || !(to >= 0 && to <= i)) return;
    if (to === i) memberNames.push(names[i]);
    else if (canonical[to] !== to) return;
    order.push(to === i ? memberNames.length - 1 : (order[to] as number));
  }
  if (values === null) {
    // Names only (a constructor of the user's runs): the class is defined the ordinary way.
    startDefining(cls).named = { names: memberNames, next: 0 };
    return;
  }
  if (memberNames.length !== values.length) return;
  const fast: FastTable = { names, canonical, values, memberNames, order, objects: [] };
  startDefining(cls, fast);
}

/**
 * The seal of a class built from the transformer's table: every member constructed, each name
 * an own static holding its member. The names and values are the transformer's, checked at
 * compile time, and each value was compared as it was constructed: no re-validation here.
 */
function sealFast(cls: Function, state: DefiningState, fast: FastTable): FinalState | undefined {
  if (fast.objects.length !== fast.values.length) return undefined;
  const { names, canonical, values, order } = fast;
  const statics = cls as unknown as Record<string, unknown>;
  const members: TableMember[] = [];
  const objects: object[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const k = order[i] as number;
    const object = fast.objects[k] as object;
    if (!Object.hasOwn(cls, name) || statics[name] !== object) return undefined;
    const to = canonical[i] as number;
    const value = values[k];
    members.push({ name, value, canonical: to, listed: to === i && isListed(state.kind, value) });
    objects.push(object);
  }
  return install(cls, tableOf(cls.name, state.kind, members), objects, true);
}

/**
 * The transformer's seal call, `this[Symbol.for("tsenum.seal")](names, canonical)`: the class
 * finalized from the table the transformer resolved (`names` in definition order, each one's
 * `canonical` index), with no `readEntries` + `defineTable`. After a table call the seal has
 * no arguments: the table's are used; with neither, the class is finalized from itself.
 * Nothing of it is trusted: each name must be an own data static holding a member constructed
 * for this class (a canonical name a member of its own, valid for the kind, not an alias by
 * value; an alias the very object of its canonical name), no other static may hold a member or
 * have a `_sunder_` name, nothing may wait for a name or an `_order_`, and values are primitives
 * (arrays and objects are compared by structure, which may have changed since they were
 * constructed); anything else, and the class is finalized the ordinary way, which gives the
 * same result (or error) as without the table.
 */
export function sealWith(cls: Function, names: unknown, canonical: unknown): FinalState {
  const state = ownState(cls);
  if (state?.final === false && state.fast !== undefined) {
    const { fast } = state;
    const sealed = sealFast(cls, state, fast);
    if (sealed) return sealed;
    demote(cls, state);
    names ??= fast.names;
    canonical ??= fast.canonical;
  }
  const given = state?.final === false ? precomputed(cls, state, names, canonical) : undefined;
  return given ? install(cls, given.table, given.objects) : finalState(cls);
}

function precomputed(
  cls: Function,
  state: DefiningState,
  names: unknown,
  canonical: unknown,
): { table: EnumTable; objects: object[] } | undefined {
  if (!Array.isArray(names) || !Array.isArray(canonical)) return undefined;
  const count = names.length;
  if (count === 0 || canonical.length !== count) return undefined;
  if (state.pending.length || Object.hasOwn(cls, '_order_') || Object.hasOwn(cls, '_ignore_'))
    return undefined;
  const { kind, constructed } = state;
  const enumName = cls.name;
  const members: TableMember[] = [];
  const objects: object[] = [];
  for (const key of Object.getOwnPropertyNames(cls)) {
    const descriptor = Object.getOwnPropertyDescriptor(cls, key) as PropertyDescriptor;
    const object = descriptor.value;
    const index = members.length;
    if (index === count || key !== names[index]) {
      // Any other static: the ordinary path would have seen a member, or a reserved name.
      if (staticProblem(enumName, key) !== undefined) return undefined;
      if ('value' in descriptor && constructed.has(object)) return undefined;
      continue;
    }
    if (!('value' in descriptor) || checkName(enumName, key) !== undefined) return undefined;
    const to = canonical[index];
    if (to === index) {
      const construction = constructed.get(object);
      // Not an alias by value, nor already claimed by an earlier name (marked below).
      if (construction === undefined || construction.aliasOf !== undefined) return undefined;
      // Names and values its constructor added: the ordinary path reads them.
      if (construction.names || construction.valueAliases) return undefined;
      const checked = checkValue(kind, enumName, key, construction.value);
      // Arrays and objects were compared by structure when constructed: they may have changed.
      if ('problem' in checked || (typeof checked.value === 'object' && checked.value !== null))
        return undefined;
      // Claimed: a second name holding this member is not its canonical name. Only the
      // ordinary path runs after a failed check, and it does not read `aliasOf`.
      construction.aliasOf = object;
      const { value } = checked;
      members.push({ name: key, value, canonical: index, listed: isListed(kind, value) });
    } else {
      const first = typeof to === 'number' ? members[to] : undefined;
      if (first === undefined || first.canonical !== to || objects[to] !== object) return undefined;
      members.push({ name: key, value: first.value, canonical: to, listed: false });
    }
    objects.push(object);
  }
  if (members.length !== count) return undefined;
  return { table: tableOf(enumName, kind, members), objects };
}
