/** tsenum's runtime: Python's enum for TypeScript (SPEC section 1). */

export { auto } from './auto';
export { FlagBoundary } from './boundary';
export { CONTINUOUS, type EnumCheck, NAMED_FLAGS, UNIQUE, unique, verify } from './checks';
export { Enum } from './enum';
export { Flag, IntFlag } from './flag';
export { IntEnum, StrEnum } from './int-str';
export { type MatchHandlers, type MatchResult, match } from './match';
export type { CreateOptions, EnumClass, MemberName, MemberOf, ValueOf } from './types';
