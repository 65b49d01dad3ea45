// test_enum.py OldTestIntFlag.test_programatic_function_string_with_start /
// test_programatic_function_string_list / test_programatic_function_iterable /
// test_programatic_function_from_dict (OrderedDict -> an object literal) /
// test_programatic_function_from_empty_list / test_programatic_function_from_empty_tuple
// (a tuple -> an array); TestSpecial.test_programmatic_function_type /
// test_programmatic_function_type_with_start (Enum(..., type=int) -> IntEnum.create: no
// mixins); TestEmptyAndNonLatinStrings.test_non_latin_character_string /
// test_non_latin_number_string
import { Enum, IntEnum, IntFlag } from 'tsenum';
import { out } from 'case-helpers';

function checkPerm(label: string, Perm: any, values: number[]) {
  const lst = [...Perm];
  out(label, lst.length, Perm.size, lst.length === 3 && lst[0] === Perm.R && lst[1] === Perm.W && lst[2] === Perm.X);
  ['R', 'W', 'X'].forEach((n, i) => {
    const v = values[i];
    const e = Perm.of(v);
    out(' ', n, e.value === v, Number.isInteger(e.value), e == v, e.name === n, Perm.has(e), Object.getPrototypeOf(e) === Perm.prototype);
  });
}
checkPerm('string with start', IntFlag.create('Perm', 'R W X', { start: 8 }), [8, 16, 32]);
checkPerm('string list', IntFlag.create('Perm', ['R', 'W', 'X']), [1, 2, 4]);
checkPerm('iterable', IntFlag.create('Perm', [['R', 2], ['W', 8], ['X', 32]]), [2, 8, 32]);
checkPerm('from dict', IntFlag.create('Perm', { R: 2, W: 8, X: 32 }), [2, 8, 32]);

for (const label of ['empty list', 'empty tuple']) {
  const Perm = IntFlag.create('Perm', []);
  const Thing = Enum.create('Thing', []);
  out(label, [...Perm].length, Perm.size, [...Thing].length, Thing.size);
}

function checkMinor(label: string, MinorEnum: any, start: number) {
  const lst = [...MinorEnum];
  out(label, lst.length, MinorEnum.size, lst.length === 3 && lst[0] === MinorEnum.june && lst[1] === MinorEnum.july && lst[2] === MinorEnum.august);
  ['june', 'july', 'august'].forEach((month, k) => {
    const i = start + k;
    const e = MinorEnum.of(i);
    out(' ', i, e == i, e.name === month, MinorEnum.has(e), Object.getPrototypeOf(e) === MinorEnum.prototype, e);
  });
}
checkMinor('type=int', IntEnum.create('MinorEnum', 'june july august'), 1);
checkMinor('type=int start=30', IntEnum.create('MinorEnum', 'june july august', { start: 30 }), 30);

const greek_abc = Enum.create('greek_abc', ['\u03B1', 'B', 'C']);
out('non latin character', greek_abc['\u03B1'].value, greek_abc.get('\u03B1'), [...greek_abc]);
const hebrew_123 = Enum.create('hebrew_123', ['\u05D0', '2', '3']);
out('non latin number', hebrew_123['\u05D0'].value, hebrew_123.get('2'), [...hebrew_123]);
