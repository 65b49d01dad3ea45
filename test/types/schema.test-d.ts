/**
 * Type tests for SPEC section 13: `schemaOf(C)` is `StandardSchemaV1<ValueOf<C>, MemberOf<C>>`
 * (and a Standard JSON Schema), as the published @standard-schema/spec types read it; with
 * `_json_ = 'name'` its input is the member names. Checked by test/types/types.test.ts.
 */
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { Enum, Flag, IntEnum, type MemberName, type SchemaInput, StrEnum, schemaOf } from 'tsenum';
import { expectTypeOf } from 'vitest';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
}
class Mode extends StrEnum {
  static readonly READ = new Mode();
}
class Code extends IntEnum {
  static readonly OK = new Code(200);
}
class Priority extends StrEnum {
  static readonly _json_ = 'name';
  static readonly LOW = new Priority();
  static readonly HIGH = new Priority();
}
class Access extends Flag {
  static readonly _json_ = 'name';
  static readonly READ = new Access();
  static readonly WRITE = new Access();
}

const status = schemaOf(Status);
// The spec's own types read the input and output.
expectTypeOf<StandardSchemaV1.InferInput<typeof status>>().toEqualTypeOf<number>();
expectTypeOf<StandardSchemaV1.InferOutput<typeof status>>().toEqualTypeOf<Status>();
expectTypeOf(status).toExtend<StandardSchemaV1<number, Status>>();
expectTypeOf(status).toExtend<StandardJSONSchemaV1<number, Status>>();
expectTypeOf<
  StandardSchemaV1.InferInput<ReturnType<typeof schemaOf<typeof Mode>>>
>().toEqualTypeOf<string>();
expectTypeOf<
  StandardSchemaV1.InferOutput<ReturnType<typeof schemaOf<typeof Code>>>
>().toEqualTypeOf<Code>();

// JSON by name: the input is the names.
expectTypeOf<SchemaInput<typeof Priority>>().toEqualTypeOf<'LOW' | 'HIGH'>();
expectTypeOf<SchemaInput<typeof Access>>().toEqualTypeOf<readonly MemberName<typeof Access>[]>();
expectTypeOf<
  StandardSchemaV1.InferOutput<ReturnType<typeof schemaOf<typeof Priority>>>
>().toEqualTypeOf<Priority>();

// validate's result is the spec's Result of the member.
const result = status['~standard'].validate(10);
expectTypeOf(result).toExtend<
  StandardSchemaV1.Result<Status> | Promise<StandardSchemaV1.Result<Status>>
>();
expectTypeOf(status['~standard'].jsonSchema.input)
  .parameter(0)
  .toExtend<StandardJSONSchemaV1.Options>();

// Every class is a (loosely typed) Standard Schema itself; the member statics stay members.
expectTypeOf(Status).toExtend<StandardSchemaV1>();
expectTypeOf(Status).toExtend<StandardJSONSchemaV1>();
expectTypeOf<MemberName<typeof Status>>().toEqualTypeOf<'PENDING' | 'COMPLETED'>();

// `_json_` takes only its two settings.
// @ts-expect-error: 'names' is not a JSON setting
class Typo extends Enum<number> {
  static readonly _json_ = 'names';
  static readonly A = new Typo(1);
}
void Typo;
