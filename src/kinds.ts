/** The five enum kinds of SPEC section 1; each decides auto values, value types and output. */
export type Kind = 'enum' | 'int' | 'str' | 'flag' | 'intflag';

export const isFlagKind = (kind: Kind): boolean => kind === 'flag' || kind === 'intflag';

/** Python's class repr: `<enum 'Color'>`, or `<flag 'Perm'>` for flags. */
export const classRepr = (kind: Kind, enumName: string): string =>
  `<${isFlagKind(kind) ? 'flag' : 'enum'} '${enumName}'>`;

/** IntEnum, IntFlag and StrEnum members are also their value (Python's int / str mixins). */
export const isValueKind = (kind: Kind): boolean =>
  kind === 'int' || kind === 'intflag' || kind === 'str';
