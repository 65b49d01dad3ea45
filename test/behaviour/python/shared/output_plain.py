# kinds: Enum Flag
# test_enum.py _PlainOutputTests.test_str / test_format (format -> template literal)
TE = MainEnum
if IS_FLAG:
    out('str TE(0)', str(TE(0)))
    out('str dupe2', str(dupe2))
    out('format dupe2', format(dupe2))
out('str dupe', str(TE.dupe))
out('format dupe', format(TE.dupe))
out('strs', [str(m) for m in TE])
out('formats', [f'{m}' for m in TE])
