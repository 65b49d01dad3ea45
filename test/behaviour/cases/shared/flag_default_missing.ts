// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// kinds: Flag IntFlag
// test_enum.py _FlagTests.test_default_missing_with_wrong_type_value
raises("MainEnum('RED')", () => MainEnum.of('RED'));
