# test_enum.py _EnumTests.test_changing_member_fails
# (ported: one use of the enum first; SPEC section 2 freezes no later than the first use)
out('len', len(MainEnum))
def change():
    MainEnum.second = 'really first'
raises('MainEnum.second = ...', change)
out('second', MainEnum.second)
