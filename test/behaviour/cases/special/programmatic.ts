// test_enum.py TestSpecial.test_programmatic_function_string_with_start /
// _string_list_with_start / _type_from_subclass / _type_from_subclass_with_start
// (type=int -> IntEnum.create); names separated by commas (SPEC section 3, Python too)
// (test_programmatic_function_string_list_with_start, test_programmatic_function_type_from_subclass,
// test_programmatic_function_type_from_subclass_with_start)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
function check(label: string, MinorEnum: any, start: number) {
  const lst = [...MinorEnum];
  out(label, lst.length, MinorEnum.size, lst.length === 3 && lst[0] === MinorEnum.june && lst[1] === MinorEnum.july && lst[2] === MinorEnum.august);
  ['june', 'july', 'august'].forEach((month, k) => {
    const i = start + k;
    const e = MinorEnum.of(i);
    out(' ', i, e.value, e == i, e.name === month, MinorEnum.has(e), Object.getPrototypeOf(e) === MinorEnum.prototype);
  });
}
check('string with start', Enum.create('MinorEnum', 'june july august', { start: 10 }), 10);
check('string list with start', Enum.create('MinorEnum', ['june', 'july', 'august'], { start: 20 }), 20);
check('IntEnum', IntEnum.create('MinorEnum', 'june july august'), 1);
check('IntEnum with start', IntEnum.create('MinorEnum', 'june july august', { start: 40 }), 40);
check('commas', Enum.create('MinorEnum', 'june, july,august'), 1);
const Zero = Enum.create('Zero', ['A', 'B'], { start: 0 });
out('start=0', [...Zero]);
