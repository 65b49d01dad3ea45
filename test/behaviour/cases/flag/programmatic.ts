// test_enum.py OldTestFlag.test_programatic_function_string / _with_start / _string_list /
// _iterable / _from_dict
// (test_programatic_function_string_with_start, test_programatic_function_string_list,
// test_programatic_function_iterable, test_programatic_function_from_dict)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
function check(label: string, Perm: any, values: number[]) {
  const lst = [...Perm];
  out(label, lst.length, Perm.size, lst.length === 3 && lst[0] === Perm.R && lst[1] === Perm.W && lst[2] === Perm.X);
  ['R', 'W', 'X'].forEach((n, i) => {
    const e = Perm.of(values[i]);
    out(' ', n, e.value, Number.isInteger(e.value), e.name, Perm.has(e), Object.getPrototypeOf(e) === Perm.prototype);
  });
}
check('string', Flag.create('Perm', 'R W X'), [1, 2, 4]);
check('string with start', Flag.create('Perm', 'R W X', { start: 8 }), [8, 16, 32]);
check('string list', Flag.create('Perm', ['R', 'W', 'X']), [1, 2, 4]);
check('iterable', Flag.create('Perm', [['R', 2], ['W', 8], ['X', 32]]), [2, 8, 32]);
check('from dict', Flag.create('Perm', { R: 2, W: 8, X: 32 }), [2, 8, 32]);
