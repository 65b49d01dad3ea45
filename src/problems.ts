/**
 * Every definition error, in one place: a stable code (reported by the transformer as
 * `error TS<code>`), the JavaScript error class (Python's ValueError and KeyError become
 * RangeError, TypeError stays TypeError) and CPython 3.13's wording. Where CPython's words
 * do not name the enum and the member, `(in Enum.MEMBER)` is appended.
 */
import { bitLength, isSingleBit, pyBin } from './bits';
import { classRepr, type Kind } from './kinds';
import { pyRepr } from './repr';

export const ProblemCode = {
  DuplicateName: 24001,
  NameClash: 24002,
  ReservedSunder: 24003,
  ReservedName: 24004,
  InvalidName: 24005,
  OrderMismatch: 24006,
  ExtendsEnumWithMembers: 24007,
  NotUnique: 24008,
  VerifyUnique: 24009,
  VerifyContinuous: 24010,
  VerifyNamedFlags: 24011,
  NotAnInteger: 24012,
  NotAString: 24013,
  InvalidIntLiteral: 24014,
  AutoUnsortable: 24015,
  AutoUnincrementable: 24016,
  AutoInvalidFlag: 24017,
  HookFailed: 24018,
  NoSuchName: 24019,
  Unhandled: 24020,
  HandledTwice: 24021,
  DeclaredNames: 24022,
  UnsupportedHook: 24023,
  HookAfterMembers: 24024,
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** What checks a member against its cases: `match(member, handlers)` or a `switch`. */
export type MatchKind = 'match' | 'switch';

export type ErrorClass = 'TypeError' | 'RangeError';

export interface Problem {
  readonly code: ProblemCode;
  readonly errorClass: ErrorClass;
  readonly message: string;
  /** The member the problem is about (its name), when there is one. */
  readonly member?: string;
}

const inMember = (enumName: string, member: string): string => ` (in ${enumName}.${member})`;

const problem = (
  code: ProblemCode,
  errorClass: ErrorClass,
  message: string,
  member?: string,
): Problem =>
  member === undefined ? { code, errorClass, message } : { code, errorClass, message, member };

export const problems = {
  duplicateName: (enumName: string, name: string, firstValue: unknown) =>
    problem(
      ProblemCode.DuplicateName,
      'TypeError',
      `'${name}' already defined as ${pyRepr(firstValue)}${inMember(enumName, name)}`,
      name,
    ),
  nameClash: (enumName: string, name: string, what: string) =>
    problem(
      ProblemCode.NameClash,
      'TypeError',
      `'${name}' already defined as ${what}${inMember(enumName, name)}`,
      name,
    ),
  reservedSunder: (enumName: string, name: string) =>
    problem(
      ProblemCode.ReservedSunder,
      'RangeError',
      `_sunder_ names, such as '${name}', are reserved for future Enum use${inMember(enumName, name)}`,
      name,
    ),
  reservedName: (enumName: string, name: string) =>
    problem(
      ProblemCode.ReservedName,
      'RangeError',
      `'${name}' is reserved: it would shadow JavaScript's or tsenum's own '${name}'${inMember(enumName, name)}`,
      name,
    ),
  invalidName: (enumName: string, name: string) =>
    problem(
      ProblemCode.InvalidName,
      'RangeError',
      `invalid enum member name(s) ${pyRepr(name)}${inMember(enumName, name)}`,
      name,
    ),
  orderMismatch: (enumName: string, names: readonly string[], order: readonly string[]) =>
    problem(
      ProblemCode.OrderMismatch,
      'TypeError',
      `member order does not match _order_:\n  ${listRepr(names)}\n  ${listRepr(order)} (in ${enumName})`,
    ),
  extendsEnumWithMembers: (enumName: string, parentRepr: string) =>
    problem(
      ProblemCode.ExtendsEnumWithMembers,
      'TypeError',
      `<enum '${enumName}'> cannot extend ${parentRepr}`,
    ),
  notUnique: (kind: Kind, enumName: string, aliases: readonly (readonly [string, string])[]) =>
    problem(
      ProblemCode.NotUnique,
      'RangeError',
      `duplicate values found in ${classRepr(kind, enumName)}: ${aliasDetails(aliases)}`,
      aliases[0]?.[0],
    ),
  verifyUnique: (kind: Kind, enumName: string, aliases: readonly (readonly [string, string])[]) =>
    problem(
      ProblemCode.VerifyUnique,
      'RangeError',
      `aliases found in ${classRepr(kind, enumName)}: ${aliasDetails(aliases)}`,
      aliases[0]?.[0],
    ),
  verifyContinuous: (enumType: 'enum' | 'flag', enumName: string, missing: readonly number[]) =>
    problem(
      ProblemCode.VerifyContinuous,
      'RangeError',
      `invalid ${enumType} '${enumName}': missing values ${missing.join(', ')}`.slice(0, 256),
    ),
  verifyNamedFlags: (enumName: string, missingNames: readonly string[], missingValue: number) => {
    const alias =
      missingNames.length === 1
        ? `alias ${missingNames[0]} is missing`
        : `aliases ${missingNames.slice(0, -1).join(', ')} and ${missingNames[missingNames.length - 1]} are missing`;
    const value = `${isSingleBit(missingValue) ? 'value' : 'combined values of'} 0x${missingValue.toString(16)}`;
    return problem(
      ProblemCode.VerifyNamedFlags,
      'RangeError',
      `invalid Flag '${enumName}': ${alias} ${value} [use showFlagValues(value) for details]`,
      missingNames[0],
    );
  },
  notAnInteger: (enumName: string, name: string, value: unknown) =>
    problem(
      ProblemCode.NotAnInteger,
      'TypeError',
      `${pyRepr(value)} is not an integer${inMember(enumName, name)}`,
      name,
    ),
  notAString: (enumName: string, name: string, value: unknown) =>
    problem(
      ProblemCode.NotAString,
      'TypeError',
      `${pyRepr(value)} is not a string${inMember(enumName, name)}`,
      name,
    ),
  invalidIntLiteral: (enumName: string, name: string, value: string) =>
    problem(
      ProblemCode.InvalidIntLiteral,
      'RangeError',
      `invalid literal for int() with base 10: ${pyRepr(value)}${inMember(enumName, name)}`,
      name,
    ),
  autoUnsortable: (enumName: string, name: string) =>
    problem(
      ProblemCode.AutoUnsortable,
      'TypeError',
      `unable to sort non-numeric values${inMember(enumName, name)}`,
      name,
    ),
  autoUnincrementable: (enumName: string, name: string, last: unknown) =>
    problem(
      ProblemCode.AutoUnincrementable,
      'TypeError',
      `unable to increment ${pyRepr(last)}${inMember(enumName, name)}`,
      name,
    ),
  autoInvalidFlag: (enumName: string, name: string, last: unknown) =>
    problem(
      ProblemCode.AutoInvalidFlag,
      'TypeError',
      `invalid flag value ${pyRepr(last)}${inMember(enumName, name)}`,
      name,
    ),
  unsupportedHook: (enumName: string, name: string) =>
    problem(
      ProblemCode.UnsupportedHook,
      'TypeError',
      `'${name}' is not supported: tsenum iterates as CPython's default does${inMember(enumName, name)}`,
      name,
    ),
  /** A `static _generate_next_value_ = ...` field after `auto()` members (CPython's check). */
  hookAfterMembers: (enumName: string) =>
    problem(
      ProblemCode.HookAfterMembers,
      'TypeError',
      `_generate_next_value_ must be defined before members${inMember(enumName, '_generate_next_value_')}`,
      '_generate_next_value_',
    ),
  noSuchName: (enumName: string, name: unknown) =>
    problem(ProblemCode.NoSuchName, 'RangeError', `${pyRepr(name)} is not a member of ${enumName}`),
  /** A `match` or `switch` that leaves canonical members out (SPEC section 12). */
  unhandled: (over: MatchKind, enumName: string, missing: readonly string[]) =>
    problem(
      ProblemCode.Unhandled,
      'RangeError',
      `${over} over ${enumName} does not handle ${missing.join(', ')}`,
      missing[0],
    ),
  /** Two handlers or cases for one member: one name twice, or a name and its alias. */
  handledTwice: (
    over: MatchKind,
    enumName: string,
    member: string,
    first: string,
    second: string,
  ) =>
    problem(
      ProblemCode.HandledTwice,
      'TypeError',
      `${over} over ${enumName} handles ${member} twice${first === second ? '' : ` (as ${first} and ${second})`}`,
      second,
    ),
  /** `declare readonly name: ...` (SPEC section 12's idiom) that is not the canonical names. */
  declaredNames: (enumName: string, missing: readonly string[], extra: readonly string[]) => {
    const parts: string[] = [];
    if (missing.length) parts.push(`leave out ${missing.join(', ')}`);
    if (extra.length)
      parts.push(
        `include ${extra.join(', ')}, which ${extra.length === 1 ? 'is not a canonical member' : 'are not canonical members'}`,
      );
    return problem(
      ProblemCode.DeclaredNames,
      'TypeError',
      `the declared names of ${enumName} ${parts.join(' and ')}`,
      missing[0] ?? extra[0],
    );
  },
  hookFailed: (enumName: string, name: string, error: unknown) =>
    problem(
      ProblemCode.HookFailed,
      error instanceof RangeError ? 'RangeError' : 'TypeError',
      `${error instanceof Error ? error.message : String(error)}${inMember(enumName, name)}`,
      name,
    ),
};

function aliasDetails(aliases: readonly (readonly [string, string])[]): string {
  return aliases.map(([alias, name]) => `${alias} -> ${name}`).join(', ');
}

/** Python's repr of a list of strings: `['A', 'B']`. */
export const listRepr = (items: readonly unknown[]): string => `[${items.map(pyRepr).join(', ')}]`;

/** CPython's words for a lookup that finds nothing (`C(value)`), in one place. */
export const lookupMessages = {
  notValid: (enumName: string, value: unknown): string =>
    `${pyRepr(value)} is not a valid ${enumName}`,
  noMembers: (kind: Kind, enumName: string): string =>
    `${classRepr(kind, enumName)} has no members defined`,
  badMissing: (enumName: string, result: unknown): string =>
    `error in ${enumName}._missing_: returned ${pyRepr(result)} instead of None or a valid member`,
  /** A STRICT flag given bits outside the class. */
  invalidFlagValue: (enumName: string, value: number, flagMask: number): string => {
    const maxBits = Math.max(bitLength(value), bitLength(flagMask));
    return `<flag '${enumName}'> invalid value ${pyRepr(value)}\n    given ${pyBin(value, maxBits)}\n  allowed ${pyBin(flagMask, maxBits)}`;
  },
  unknownFlagBits: (enumName: string, value: number, unknown: number): string =>
    `${enumName}(${pyRepr(value)}) -->  unknown values ${pyRepr(unknown)} [${pyBin(unknown)}]`,
  /** `Enum.create(name, names)` given a set or an iterator of bare names (CPython's words). */
  notSubscriptable: (typeName: string): string => `'${typeName}' object is not subscriptable`,
  badIgnore: (enumName: string, given: unknown): string =>
    `${enumName}._ignore_ must be names, not ${pyRepr(given)}`,
  noFlagMembers: (enumName: string, rest: number): string =>
    `<flag '${enumName}'>: no members with value ${pyRepr(rest)}`,
};

/** A constructor of the user's that reads what JavaScript has not given the member yet. */
export const constructionMessages = {
  nameInConstructor: (enumName: string): string =>
    `${enumName}: a member's name is not known in its constructor without a tsenum host (JavaScript assigns the static after it)`,
  valueInConstructor: (enumName: string): string =>
    `${enumName}: this auto value needs the member's name, not known in its constructor without a tsenum host`,
};

/** The error a problem becomes at run time. */
export function problemError(p: Problem): Error {
  const error = p.errorClass === 'TypeError' ? new TypeError(p.message) : new RangeError(p.message);
  return Object.assign(error, { code: p.code });
}

/**
 * The one command that puts TypeScript 6's compiler API beside TypeScript 7 (the official
 * side-by-side layout: `typescript` is `@typescript/typescript6`, TypeScript 7 is
 * `@typescript/native`).
 */
export const TYPESCRIPT6_BESIDE_7 =
  'npm install --save-dev typescript@npm:@typescript/typescript6@^6.0.2 @typescript/native@npm:typescript@^7.0.2';

/** What a host (transformer, editor plugin, `tsenum check`) says when it cannot run. */
export const hostMessages = {
  noCompilerApi: (who: string, version: string): string =>
    `${who}: the 'typescript' package it found${version ? ` (${version})` : ''} has no compiler API (TypeScript 7 has none; tsenum's checks need TypeScript 5.9 or 6.0). Keep TypeScript 7 and add TypeScript 6 beside it:\n  ${TYPESCRIPT6_BESIDE_7}`,
  noTypeScript: (who: string, from: string): string =>
    `${who}: cannot find the 'typescript' package from ${from}. Install TypeScript 6:\n  npm install --save-dev typescript@^6.0.2`,
};

/** What `tsenum check` prints besides the diagnostics themselves. */
export const cliMessages = {
  usage: `Usage: tsenum check [-p tsconfig.json|dir] [--watch] [--format text|json|github] [--pretty|--no-pretty]

Reports the project's TypeScript errors and tsenum's definition errors, as tsc --noEmit would
with tsenum's checks on. Exit code 0: no errors, 1: errors found, 2: could not run.`,
  unknownCommand: (command: string): string =>
    `tsenum: unknown command '${command}' (try 'tsenum check')`,
  unknownOption: (option: string): string => `tsenum check: unknown option '${option}'`,
  missingValue: (option: string): string => `tsenum check: ${option} needs a value`,
  badFormat: (format: string): string =>
    `tsenum check: --format must be text, json or github${format ? `, not '${format}'` : ''}`,
  noProject: (where: string): string =>
    `tsenum check: cannot find a tsconfig.json at ${where} (pass one with -p tsconfig.json|dir)`,
  summary: (errors: number, files: number): string =>
    errors === 0
      ? 'Found 0 errors.'
      : files === 0 // only errors of no file (a tsconfig that cannot be read): tsc's words
        ? `Found ${errors} error${errors === 1 ? '' : 's'}.`
        : `Found ${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`,
  checked: (files: number): string =>
    `tsenum check: ${files} file${files === 1 ? '' : 's'} checked.`,
  watching: 'Watching for file changes.',
  watchSolution: (project: string): string =>
    `tsenum check: --watch checks one project, and ${project} only references others (a solution tsconfig); run one --watch per project (-p path/to/tsconfig.json), or check them all once without --watch`,
};

/** The words of SPEC section 13's interop errors (Standard JSON Schema, schemas by name). */
export const schemaMessages = {
  /** A member's value that JSON cannot carry (a function, a bigint, NaN, a class instance). */
  notJson: (enumName: string, value: unknown): string =>
    `${enumName}'s value ${pyRepr(value)} cannot be represented in JSON Schema`,
  /** Standard JSON Schema asks a library to throw for a target it does not support. */
  badTarget: (target: unknown): string =>
    `tsenum writes JSON Schema for the targets 'draft-2020-12', 'draft-07' and 'openapi-3.0', not ${pyRepr(target)}`,
  /** JSON by name for a flag value with bits no member names (KEEP's extra bits). */
  unnamedBits: (repr: string): string =>
    `${repr} has bits that no member names: JSON by name cannot write it`,
  /** A flag read by name is a list of member names. */
  notNameList: (enumName: string, value: unknown): string =>
    `${pyRepr(value)} is not a list of ${enumName} member names`,
};
