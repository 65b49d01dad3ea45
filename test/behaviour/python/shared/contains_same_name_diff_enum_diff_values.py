# test_enum.py _EnumTests.test_contains_same_name_diff_enum_diff_values
class OtherEnum(Enum):
    first = "brand"
    second = "new"
    third = "values"
mains = [MainEnum.first, MainEnum.second, MainEnum.third]
others = [OtherEnum.first, OtherEnum.second, OtherEnum.third]
out('Main in Main', [m in MainEnum for m in mains])
out('Main in Other', [m in OtherEnum for m in mains])
out('Other in Other', [m in OtherEnum for m in others])
out('Other in Main', [m in MainEnum for m in others])
