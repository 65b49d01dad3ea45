/**
 * The Flag half of SPEC section 13: a flag's JSON Schema (integers made of its bits), its
 * JSON by name (the list of its members' names) and reading that list back. Reached through
 * `Flag[FLAG_SCHEMA]`, so an app without flags bundles none of it.
 */
import { bitOr } from '../src/bits';
import { flagNamesSchema, flagValuesSchema } from '../src/json-schema';
import { schemaMessages } from '../src/problems';
import { reprOf } from './output';

export interface Member {
  readonly name: string;
  readonly value: unknown;
}

/** The class-side lookups (SPEC section 4) the schema modules read. */
export type ClassLookups = Function & {
  of(value: unknown): unknown;
  get(name: unknown): Member;
  members(): readonly Member[];
  memberMap(): ReadonlyMap<string, Member>;
};

type FlagClass = ClassLookups & { readonly _boundary_?: unknown };

export interface FlagSchemaParts {
  jsonSchema(
    cls: Function,
    input: boolean,
    byName: boolean,
    target: unknown,
  ): Record<string, unknown>;
  fromNames(cls: Function, value: unknown): unknown;
}

export const flagSchemaParts: FlagSchemaParts = {
  jsonSchema(cls, input, byName, target) {
    const flag = cls as FlagClass;
    if (byName) {
      const names = input ? [...flag.memberMap().keys()] : flag.members().map((m) => m.name);
      return flagNamesSchema(names, target);
    }
    let mask = 0;
    for (const member of flag.memberMap().values()) mask = bitOr(mask, member.value as number);
    // CONFORM and KEEP give a member for every integer (install.ts reads `_boundary_` so too).
    const boundary = String(flag._boundary_ ?? '').toLowerCase();
    return flagValuesSchema(mask, boundary === 'keep' || boundary === 'conform', target);
  },
  fromNames(cls, value) {
    const flag = cls as FlagClass;
    if (!Array.isArray(value)) throw new RangeError(schemaMessages.notNameList(cls.name, value));
    let bits = 0;
    for (const name of value) bits = bitOr(bits, flag.get(name).value as number);
    return flag.of(bits);
  },
};

/** JSON by name: the names of the members a flag value is made of (`[]` for none). */
export function flagNames(member: Member & Iterable<Member> & { constructor: Function }): string[] {
  const parts = [...member];
  let bits = 0;
  for (const part of parts) bits += part.value as number;
  if (bits !== member.value) throw new RangeError(schemaMessages.unnamedBits(reprOf(member)));
  return parts.map((part) => part.name);
}
