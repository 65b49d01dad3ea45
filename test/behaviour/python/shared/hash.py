# test_enum.py _EnumTests.test_hash (a dict keyed by members -> a Map)
mapping = {}
mapping[MainEnum.first] = '1225'
mapping[MainEnum.second] = '0315'
mapping[MainEnum.third] = '0704'
out('mapping[second]', mapping[MainEnum.second])
out('len', len(mapping))
