// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_invalid_names. Without the transformer the error comes no later
// than the first use (SPEC section 2), so each definition is followed by a use.
raises('_create_', () => {
  class Wrong extends K {
    static readonly _create_ = new Wrong(source_values[0]);
  }
  Wrong.members();
});
raises('_get_mixins_', () => {
  class Wrong extends K {
    static readonly _get_mixins_ = new Wrong(source_values[0]);
  }
  Wrong.members();
});
raises('_find_new_', () => {
  class Wrong extends K {
    static readonly _find_new_ = new Wrong(source_values[0]);
  }
  Wrong.members();
});
raises('_any_name_', () => {
  class Wrong extends K {
    static readonly _any_name_ = new Wrong(source_values[0]);
  }
  Wrong.members();
});
