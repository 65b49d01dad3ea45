/** The five enum kinds of SPEC section 1; each decides auto values, value types and output. */
export type Kind = 'enum' | 'int' | 'str' | 'flag' | 'intflag';

export const isFlagKind = (kind: Kind): boolean => kind === 'flag' || kind === 'intflag';

/** Python's class repr: `<enum 'Color'>`, or `<flag 'Perm'>` for flags. */
export const classRepr = (kind: Kind, enumName: string): string =>
  `<${isFlagKind(kind) ? 'flag' : 'enum'} '${enumName}'>`;

/** The name of the base class of each kind, as a user imports it. */
export const kindBaseName: Readonly<Record<Kind, string>> = {
  enum: 'Enum',
  int: 'IntEnum',
  str: 'StrEnum',
  flag: 'Flag',
  intflag: 'IntFlag',
};
