# test_enum.py _EnumTests.test_bool_is_true
class Empty(K):
    pass
out('bool(Empty)', bool(Empty))
out('bool(MainEnum)', bool(MainEnum))
out('members', [bool(m) for m in MainEnum])
