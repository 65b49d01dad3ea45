# test_enum.py _EnumTests.test_empty_enum_has_no_values (CPython's advice after ';' is about
# Python's call syntax `names=()`, so only the words before it are compared)
raises('NewBaseEnum(7)', lambda: NewBaseEnum(7), msg=lambda m: m.split(';')[0])
