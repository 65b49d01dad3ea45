// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_hash (a dict keyed by members -> a Map)
const mapping = new Map();
mapping.set(MainEnum.first, '1225');
mapping.set(MainEnum.second, '0315');
mapping.set(MainEnum.third, '0704');
out('mapping[second]', mapping.get(MainEnum.second));
out('len', mapping.size);
