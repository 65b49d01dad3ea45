// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_overridden_str (__str__ -> toString; format() -> template literal)
const NS = NewStrEnum;
out('str', String(NS.first));
out('format', `${NS.first}`);
out('f-string', `${NS.first}`);
