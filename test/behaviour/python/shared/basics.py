# test_enum.py _EnumTests.test_basics (+ test_reversed_iteration_order, len, __members__)
TE = MainEnum
out('list', list(TE))
out('names', [m.name for m in TE])
out('values', [m.value for m in TE])
out('first property', [m.first for m in TE])
out('TE[name] is member', [TE[n] is m for m, n in zip(TE, names, strict=True)])
out('TE(value) is member', [TE(v) is m for m, v in zip(TE, values, strict=True)])
if issubclass(TE, StrEnum):
    out('dupe is TE(third value) is TE[dupe]', TE.dupe is TE('third') is TE['dupe'])
elif IS_FLAG:
    out('dupe is TE(3) is TE[dupe]', TE.dupe is TE(3) is TE['dupe'])
    out('TE(5) is dupe2', TE(5) is dupe2)
else:
    out('dupe is TE(third value) is TE[dupe]', TE.dupe is TE(values[2]) is TE['dupe'])
out('len', len(TE))
out('reversed', list(reversed(TE)))
out('__members__ names', list(TE.__members__))
out('__members__ dupe', TE.__members__['dupe'])
out('iteration', [m for m in TE])
