// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_programmatic_function_iterable (K('MinorEnum', ...) -> K.create)
const MinorEnum = K.create('MinorEnum', [
  ['june', source_values[0]],
  ['july', source_values[1]],
  ['august', source_values[2]],
]);
const lst = [...MinorEnum];
out('len', lst.length, MinorEnum.size);
const named = [MinorEnum.june, MinorEnum.july, MinorEnum.august];
out('list', named.length === lst.length && named.every((m, i) => m === lst[i]));
const vals = values;
['june', 'july', 'august'].forEach((month, i) => {
  const av = vals[i];
  const e = MinorEnum.get(month);
  // Python's e == av is a number/string comparison for the mixed kinds: loose equality here
  out(month, e.value, e.name, e == av, MinorEnum.has(e), Object.getPrototypeOf(e) === MinorEnum.prototype, e === MinorEnum.of(av));
});
