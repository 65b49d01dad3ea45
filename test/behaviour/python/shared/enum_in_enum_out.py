# test_enum.py _EnumTests.test_enum_in_enum_out
out('Main(Main.first) is Main.first', MainEnum(MainEnum.first) is MainEnum.first)
out('Main(Main.dupe) is Main.dupe', MainEnum(MainEnum.dupe) is MainEnum.dupe)
