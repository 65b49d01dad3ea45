// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_empty_enum_has_no_values
raises('NewBaseEnum(7)', () => NewBaseEnum.of(7));
