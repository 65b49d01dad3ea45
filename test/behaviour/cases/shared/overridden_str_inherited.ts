// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_overridden_str_format_inherited (the __str__ part)
const NSE = NewSubEnum;
out('str', String(NSE.first));
out('f-string', `${NSE.first}`);
