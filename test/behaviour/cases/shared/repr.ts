// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_repr (repr -> util.inspect; console.log prints the same)
const TE = MainEnum;
// #if flag
out('repr TE(0)', inspect(TE.of(0)));
out('repr dupe2', inspect(dupe2));
// #endif
out('repr dupe', inspect(TE.dupe));
out('reprs', TE.members().map((m) => inspect(m)));
console.log(TE.second);
