# test_enum.py _EnumTests.test_overridden_str (format() -> a template literal)
NS = NewStrEnum
out('str', str(NS.first))
out('format', format(NS.first))
out('f-string', f'{NS.first}')
