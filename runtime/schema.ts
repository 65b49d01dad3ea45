/**
 * `schemaOf(C)` (SPEC section 13): an enum class as a Standard Schema v1 (vendor `tsenum`)
 * and a Standard JSON Schema, one frozen object per class, made at its first use. `Enum`'s
 * `~standard` getter hands out the same props, so the class itself is a schema too. Nothing
 * here runs at import time, and nothing reads the class until a method is called.
 */
import { valuesSchema } from '../src/json-schema';
import { lookupMessages } from '../src/problems';
import type { ClassLookups, FlagSchemaParts } from './flag-schema';
import type { EnumSchema, StandardJSONSchemaV1, StandardSchemaV1 } from './standard-schema';
import { FLAG_SCHEMA } from './state';
import type { EnumClass, MemberOf, SchemaInput } from './types';

/** The class-side API this module reads (SPEC section 4), and the two settings. */
type Lookups = ClassLookups & {
  readonly size: number;
  readonly _json_?: unknown;
  readonly [FLAG_SCHEMA]?: FlagSchemaParts;
};

type Props = EnumSchema<unknown, unknown>['~standard'];

const schemas = new WeakMap<Function, EnumSchema<unknown, unknown>>();

/**
 * The enum as a Standard Schema: `validate` turns a member's value (or, with
 * `static _json_ = 'name'`, its name) into the member, and the same object writes JSON Schema.
 *
 * @example
 * const schema = schemaOf(Status);
 * schema['~standard'].validate(10);   // { value: Status.COMPLETED }
 * schema['~standard'].validate(5);    // { issues: [{ message: '5 is not a valid Status' }] }
 * schema['~standard'].jsonSchema.input({ target: 'draft-2020-12' });
 * // { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'integer', enum: [1, 10] }
 */
export function schemaOf<C extends EnumClass>(cls: C): EnumSchema<SchemaInput<C>, MemberOf<C>> {
  let schema = schemas.get(cls);
  if (schema === undefined) {
    schema = Object.freeze({ '~standard': propsOf(cls as unknown as Lookups) });
    schemas.set(cls, schema);
  }
  return schema as EnumSchema<SchemaInput<C>, MemberOf<C>>;
}

function propsOf(cls: Lookups): Props {
  return Object.freeze({
    version: 1 as const,
    vendor: 'tsenum',
    validate: (value: unknown) => validate(cls, value),
    jsonSchema: Object.freeze({
      input: (options: StandardJSONSchemaV1.Options) => jsonSchemaOf(cls, true, options),
      output: (options: StandardJSONSchemaV1.Options) => jsonSchemaOf(cls, false, options),
    }),
  });
}

const byName = (cls: Lookups): boolean => cls._json_ === 'name';

/** `of`'s answer as a result; its RangeError (and only that) becomes the issue. */
function validate(cls: Lookups, value: unknown): StandardSchemaV1.Result<unknown> {
  // A definition error (an alias under @unique is a RangeError too) is the program's, not the
  // input's: reading `size` finishes the class first, outside the try.
  void cls.size;
  let member: unknown;
  try {
    member = byName(cls) ? fromName(cls, value) : cls.of(value);
    // An EJECT flag answers a plain number for bits outside the class: not a member.
    if (!(member instanceof cls)) throw new RangeError(lookupMessages.notValid(cls.name, value));
  } catch (error) {
    if (error instanceof RangeError) return { issues: [{ message: error.message }] };
    throw error;
  }
  return { value: member };
}

/** A member by name; a flag by the list of its members' names (what its JSON is). */
function fromName(cls: Lookups, value: unknown): unknown {
  if (value instanceof cls) return value;
  const flag = cls[FLAG_SCHEMA];
  return flag ? flag.fromNames(cls, value) : cls.get(value);
}

/**
 * Input: every spelling `validate` takes without `_missing_` (aliases' names included);
 * output: what JSON.stringify writes for a member (canonical values or names).
 */
function jsonSchemaOf(
  cls: Lookups,
  input: boolean,
  options: StandardJSONSchemaV1.Options,
): Record<string, unknown> {
  const target = options?.target;
  const flag = cls[FLAG_SCHEMA];
  if (flag) return flag.jsonSchema(cls, input, byName(cls), target);
  let values: unknown[];
  if (!byName(cls)) values = cls.members().map((m) => m.value);
  else values = input ? [...cls.memberMap().keys()] : cls.members().map((m) => m.name);
  return valuesSchema(cls.name, values, target);
}
