# test_enum.py _EnumTests.test_overridden_str_format_inherited (the __str__ part)
NSE = NewSubEnum
out('str', str(NSE.first))
out('f-string', f'{NSE.first}')
