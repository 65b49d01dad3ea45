// test_enum.py TestHelpers.test_sunder / TestInternals.test_sunder: enum._is_sunder is
// private, so its answer is observed as a member name's: a sunder name is reserved
// (RangeError), every other name of the test is not. Only whether it raises is compared:
// a dunder name (__mal__) is no member in Python but a member in tsenum.
import { Enum } from 'tsenum';
import { raises } from 'case-helpers';
const sunder = ['_bad_', '_good_', '_what_ho_', '_MyEnum__private_', '_MyEnum__also_private_', '_a_', '_aa_'];
const notSunder = [
  ...['__mal__', '__bien__', '__que_que__'],
  ...['_MyEnum__private', '_MyEnum__still_private', '_MyEnum___triple_private'],
  ...['okay', '_semi_private', '_weird__', '_MyEnum__'],
  ...['a', 'a_', '_a', '__a', 'a__', '__a__', '_a__', '__a_', '_', '__', '___', '____', '_____'],
];
for (const name of [...sunder, ...notSunder]) {
  raises(name, () => {
    Enum.create('X', [name]).members();
  });
}
raises('class form _bad_', () => {
  class X extends Enum {
    static readonly okay = new X(1);
    static readonly _bad_ = new X(2);
  }
  X.members();
});
raises('class form _semi_private _weird__ _', () => {
  class X extends Enum {
    static readonly _semi_private = new X(1);
    static readonly _weird__ = new X(2);
    static readonly _ = new X(3);
  }
  X.members();
});
