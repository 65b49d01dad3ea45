# test_enum.py _EnumTests.test_invalid_names (`mro` is Python's own; SPEC's reserved
# JavaScript names are in spec/reserved-names)
def _create():
    class Wrong(K):
        _create_ = source_values[0]
def _get_mixins():
    class Wrong(K):
        _get_mixins_ = source_values[0]
def _find_new():
    class Wrong(K):
        _find_new_ = source_values[0]
def _any_name():
    class Wrong(K):
        _any_name_ = source_values[0]
raises('_create_', _create)
raises('_get_mixins_', _get_mixins)
raises('_find_new_', _find_new)
raises('_any_name_', _any_name)
