# kinds: IntEnum StrEnum IntFlag
# test_enum.py _MinimalOutputTests.test_str / test_format (format -> template literal)
TE = MainEnum
if IS_FLAG:
    out('str dupe2', str(dupe2))
    out('format dupe2', format(dupe2))
out('str dupe', str(TE.dupe), str(values[2]))
out('format dupe', format(TE.dupe))
out('strs', [str(m) for m in TE])
out('str(values)', [str(v) for v in values])
out('formats', [f'{m}' for m in TE])
