// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// kinds: Enum Flag
// test_enum.py _PlainOutputTests.test_str / test_format (format -> template literal)
const TE = MainEnum;
// #if flag
out('str TE(0)', String(TE.of(0)));
out('str dupe2', String(dupe2));
out('format dupe2', `${dupe2}`);
// #endif
out('str dupe', String(TE.dupe));
out('format dupe', `${TE.dupe}`);
out('strs', TE.members().map((m) => String(m)));
out('formats', TE.members().map((m) => `${m}`));
