# test_enum.py _EnumTests.test_programmatic_function_from_dict
MinorEnum = K(
        'MinorEnum',
        dict((('june', source_values[0]), ('july', source_values[1]), ('august', source_values[2])))
        )
lst = list(MinorEnum)
out('len', len(lst), len(MinorEnum))
out('list', [MinorEnum.june, MinorEnum.july, MinorEnum.august] == lst)
for month, av in zip('june july august'.split(), values):
    e = MinorEnum[month]
    out(month, e.value, e.name, e == av, e in MinorEnum, type(e) is MinorEnum, e is MinorEnum(av))
