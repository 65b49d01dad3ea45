# test_enum.py _EnumTests.test_repr (repr -> util.inspect / console.log)
TE = MainEnum
if IS_FLAG:
    out('repr TE(0)', repr(TE(0)))
    out('repr dupe2', repr(dupe2))
out('repr dupe', repr(TE.dupe))
out('reprs', [repr(m) for m in TE])
print(repr(TE.second))
