# kinds: Flag IntFlag
# test_enum.py _FlagTests.test_default_missing_with_wrong_type_value
raises("MainEnum('RED')", lambda: MainEnum('RED'))
