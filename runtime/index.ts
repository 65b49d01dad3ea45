/** tsenum's runtime: Python's enum for TypeScript (SPEC section 1). */

export { auto } from './auto';
export { FlagBoundary } from './boundary';
export { CONTINUOUS, type EnumCheck, NAMED_FLAGS, UNIQUE, unique, verify } from './checks';
export { Enum } from './enum';
export { Flag } from './flag';
export { IntEnum } from './int-enum';
export { IntFlag } from './int-flag';
export { type MatchHandlers, type MatchResult, match } from './match';
export { schemaOf } from './schema';
export { showFlagValues } from './show-flag-values';
export type { EnumSchema, StandardJSONSchemaV1, StandardSchemaV1 } from './standard-schema';
export { StrEnum } from './str-enum';
export type { CreateOptions, EnumClass, MemberName, MemberOf, SchemaInput, ValueOf } from './types';
