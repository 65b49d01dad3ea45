/** `unique` and `verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)` on a table, as CPython 3.13 checks. */
import { bitLength, bitOr, bitsLsb, isInteger } from './bits';
import { aliasPairs, type EnumTable } from './define';
import { isFlagKind } from './kinds';
import { type Problem, problems } from './problems';

export type Check = 'unique' | 'continuous' | 'named_flags';

export function uniqueProblem(table: EnumTable): Problem | undefined {
  const aliases = aliasPairs(table);
  return aliases.length ? problems.notUnique(table.kind, table.enumName, aliases) : undefined;
}

export function verifyProblem(table: EnumTable, checks: readonly Check[]): Problem | undefined {
  for (const check of checks) {
    const found =
      check === 'unique'
        ? verifyUnique(table)
        : check === 'continuous'
          ? verifyContinuous(table)
          : verifyNamedFlags(table);
    if (found) return found;
  }
  return undefined;
}

function verifyUnique(table: EnumTable): Problem | undefined {
  const aliases = aliasPairs(table);
  return aliases.length ? problems.verifyUnique(table.kind, table.enumName, aliases) : undefined;
}

function verifyContinuous(table: EnumTable): Problem | undefined {
  const values = new Set(table.members.filter((m) => m.listed).map((m) => m.value));
  if (values.size < 2 || ![...values].every(isInteger)) return undefined;
  const numbers = [...values] as number[];
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const missing: number[] = [];
  const flag = isFlagKind(table.kind);
  if (flag) {
    for (let i = bitLength(low); i < bitLength(high) - 1; i++)
      if (!values.has(2 ** i)) missing.push(2 ** i);
  } else {
    for (let i = low + 1; i < high && missing.length <= 256; i++)
      if (!values.has(i)) missing.push(i);
  }
  return missing.length
    ? problems.verifyContinuous(flag ? 'flag' : 'enum', table.enumName, missing)
    : undefined;
}

function verifyNamedFlags(table: EnumTable): Problem | undefined {
  const memberValues = new Set(table.members.filter((m) => m.listed).map((m) => m.value));
  const missingNames: string[] = [];
  let missingValue = 0;
  for (const m of table.members) {
    if (m.listed || !isInteger(m.value) || m.value < 0) continue;
    const missed = bitsLsb(m.value).filter((v) => !memberValues.has(v));
    if (missed.length) {
      missingNames.push(m.name);
      for (const v of missed) missingValue = bitOr(missingValue, v);
    }
  }
  return missingNames.length
    ? problems.verifyNamedFlags(table.enumName, missingNames, missingValue)
    : undefined;
}
