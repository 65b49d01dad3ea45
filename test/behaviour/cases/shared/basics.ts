// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_basics (+ reversed iteration, size, memberMap)
const TE = MainEnum;
out('list', [...TE]);
out('names', TE.members().map((m) => m.name));
out('values', TE.members().map((m) => m.value));
out('first property', TE.members().map((m) => m.first));
out('TE[name] is member', TE.members().map((m, i) => TE.get(names[i]) === m));
out('TE(value) is member', TE.members().map((m, i) => TE.of(values[i]) === m));
// #if StrEnum
out('dupe is TE(third value) is TE[dupe]', TE.dupe === TE.of('third') && TE.of('third') === TE.get('dupe'));
// #elif flag
out('dupe is TE(3) is TE[dupe]', TE.dupe === TE.of(3) && TE.of(3) === TE.get('dupe'));
out('TE(5) is dupe2', TE.of(5) === dupe2);
// #else
out('dupe is TE(third value) is TE[dupe]', TE.dupe === TE.of(values[2]) && TE.of(values[2]) === TE.get('dupe'));
// #endif
out('len', TE.size);
out('reversed', [...TE.members()].reverse());
out('__members__ names', [...TE.memberMap().keys()]);
out('__members__ dupe', TE.memberMap().get('dupe'));
const iterated = [];
for (const m of TE) iterated.push(m);
out('iteration', iterated);
