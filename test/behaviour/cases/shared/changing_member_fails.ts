// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_changing_member_fails
// (ported: one use of the enum first; SPEC section 2 freezes no later than the first use)
out('len', MainEnum.size);
raises('MainEnum.second = ...', () => {
  MainEnum.second = 'really first';
});
out('second', MainEnum.second);
