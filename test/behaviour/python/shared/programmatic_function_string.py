# test_enum.py _EnumTests.test_programmatic_function_string
MinorEnum = K('MinorEnum', 'june july august')
lst = list(MinorEnum)
out('len', len(lst), len(MinorEnum))
out('list', [MinorEnum.june, MinorEnum.july, MinorEnum.august] == lst)
vals = ['june', 'july', 'august'] if K is StrEnum else values
for month, av in zip('june july august'.split(), vals):
    e = MinorEnum[month]
    out(month, e.value, e.name, e == av, e in MinorEnum, type(e) is MinorEnum, e is MinorEnum(av))
