// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// kinds: IntEnum StrEnum IntFlag
// test_enum.py _MinimalOutputTests.test_str / test_format (format -> template literal)
const TE = MainEnum;
// #if flag
out('str dupe2', String(dupe2));
out('format dupe2', `${dupe2}`);
// #endif
out('str dupe', String(TE.dupe), String(values[2]));
out('format dupe', `${TE.dupe}`);
out('strs', TE.members().map((m) => String(m)));
out('str(values)', values.map((v) => String(v)));
out('formats', TE.members().map((m) => `${m}`));
