"""Print helpers shared by every Python snippet; the TypeScript twins are in
test/harness/case-helpers.ts and must print the same text for the same observation.

  out(label, *values)  prints `label v1 v2`, each value through r()
  r(x)                 repr with JavaScript-friendly normalisations: tuples print as lists,
                       integral floats print as ints (JavaScript has one number type)
  raises(label, fn)    runs fn: `label -> no error[: value]` or `label -> raises <Class>: <msg>`
                       with Python's exception mapped to SPEC section 9's classes:
                       ValueError -> RangeError, KeyError -> RangeError (message must contain
                       the key: `~ key`), TypeError -> TypeError, AttributeError -> TypeError
                       (assigning to or deleting a frozen property; the engine words it, so
                       only the class is compared).  msg=False compares the class only (an
                       operator's TypeError, whose words JavaScript cannot reproduce);
                       msg=<function> keeps the part of the message it returns (to drop
                       advice about Python's own syntax, e.g. "specify `names=()`").
"""
import enum
import math


def r(x):
    if x is None:
        return 'None'
    if isinstance(x, enum.Enum):
        return repr(x)
    if isinstance(x, bool):
        return repr(x)
    if isinstance(x, float):
        if math.isnan(x):
            return 'nan'
        if math.isinf(x):
            return 'inf' if x > 0 else '-inf'
        if x.is_integer():
            return str(int(x))
        return repr(x)
    if isinstance(x, (list, tuple)):
        return '[' + ', '.join(r(i) for i in x) + ']'
    if isinstance(x, dict):
        return '{' + ', '.join('%s: %s' % (r(k), r(v)) for k, v in x.items()) + '}'
    if isinstance(x, (set, frozenset)):
        return '{' + ', '.join(r(i) for i in x) + '}' if x else 'set()'
    return repr(x)


def out(label, *values):
    print(' '.join([label] + [r(v) for v in values]))


def _one_line(s):
    return str(s).replace('\n', '\\n')


def raises(label, fn, msg=True):
    cut = msg if callable(msg) else (lambda m: m)
    try:
        value = fn()
    except KeyError as e:
        key = e.args[0] if e.args else ''
        print('%s -> raises RangeError ~ %s' % (label, _one_line(key)) if msg else '%s -> raises RangeError' % label)
    except ValueError as e:
        print('%s -> raises RangeError: %s' % (label, _one_line(cut(str(e)))) if msg else '%s -> raises RangeError' % label)
    except TypeError as e:
        print('%s -> raises TypeError: %s' % (label, _one_line(cut(str(e)))) if msg else '%s -> raises TypeError' % label)
    except AttributeError:
        print('%s -> raises TypeError' % label)
    else:
        if value is None:
            print('%s -> no error' % label)
        else:
            print('%s -> no error: %s' % (label, r(value)))
