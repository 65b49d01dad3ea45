#!/usr/bin/env python3.13
"""Differential corpus generator: CPython 3.13's ``enum`` is the oracle for tsenum.

Regenerate the corpus (needs CPython 3.13; the test itself never runs Python):

    npm run regen:differential
    # which runs (defaults: --seed 20240601 --cases 900 --out test/differential/corpus.json):
    PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 test/differential/generate.py

``/root/.pyenv/versions/3.13.0/bin/python3.13`` works too; the script refuses any other
Python version because the corpus records CPython 3.13's behaviour.  Same seed -> byte-for-byte
the same corpus.  ``differential.test.ts`` (vitest) reads the committed ``corpus.json``,
turns every case into TypeScript, runs it (runtime only, and through the transformer) and
compares each operation's output with what CPython printed.

How a case is built
-------------------
A seeded generator draws an enum definition (one of Enum, IntEnum, StrEnum, Flag, IntFlag;
class form or functional form; explicit values, aliases by value and by reference, auto(),
one of a small menu of ``_generate_next_value_`` / ``_missing_`` hooks written identically in
both languages, ``_order_``, flag boundaries, named combinations / zero, unique/verify), and
renders it twice from the same structure: once as Python (executed here) and once as the
TypeScript SPEC's equivalent.  Some definitions are mutated into definition errors.  For the
rest, it draws operations and renders each as a (TypeScript expression, Python expression)
pair that uses the same small render helpers in both languages:

    R(x)  repr(x)                   <-> util.inspect(x)
    S(x)  str(x)                    <-> String(x)
    V(x)  a plain value (None, int, float, str, tuple) in one canonical text form
    B(x)  a boolean ('true' / 'false'); Python's bool(flag) is TypeScript's !flag.isEmpty()
    N(x)  an integer
    J(x)  json.dumps(member.value)  <-> JSON.stringify(member)
    L(xs) '[' + ', '.join(repr) + ']' of an iterable of members
    MM(m) 'NAME->canonical name, ...' of __members__ / memberMap()

Every Python expression is evaluated here, in order (Flag pseudo-members are cached, so the
order matters and the TypeScript side replays the same order), and its rendered result, or
its exception mapped per SPEC section 9 (ValueError/KeyError -> RangeError,
TypeError -> TypeError), is the expected output.  The TypeScript message may append
context, so messages are compared as a prefix; ``check: "class"`` marks errors where only the
class is compared (Python wording that SPEC does not promise, e.g. KeyError's bare repr).

Only behaviour SPEC says is the same is generated: no reserved member names (SPEC section 2),
no truthiness of members, no ``<`` on Flags, no Python-only coercions (IntEnum('1'),
IntEnum(1.5)), no history-dependent ``value in FlagClass`` for unnamed combinations.
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import random
import sys
from enum import (CONFORM, CONTINUOUS, EJECT, KEEP, NAMED_FLAGS, STRICT, UNIQUE, Enum, Flag,
                  IntEnum, IntFlag, StrEnum, auto, nonmember, unique, verify)

if sys.version_info[:2] != (3, 13):
    sys.exit('generate.py must run under CPython 3.13 (found %s)' % sys.version.split()[0])

DEFAULT_SEED = 20240601
DEFAULT_CASES = 900
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# render helpers, mirrored in differential.test.ts


def V(x):
    if x is None:
        return 'None'
    if isinstance(x, bool):
        return 'true' if x else 'false'
    if isinstance(x, enum.Enum):
        return 'member ' + repr(x)
    if isinstance(x, int):
        return str(int(x))
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, str):
        return json.dumps(str(x), ensure_ascii=False)
    if isinstance(x, (tuple, list)):
        return '[' + ','.join(V(e) for e in x) + ']'
    if isinstance(x, dict):
        return '{' + ','.join(json.dumps(k) + ':' + V(e) for k, e in x.items()) + '}'
    raise AssertionError('V: unexpected %r' % (x,))


def R(x):
    return repr(x)


def S(x):
    return str(x)


def B(x):
    assert isinstance(x, bool), x
    return 'true' if x else 'false'


def N(x):
    assert isinstance(x, int), x
    return str(int(x))


def J(x):
    if isinstance(x, enum.Enum):
        x = x.value
    return json.dumps(x, separators=(',', ':'), ensure_ascii=False)


def L(xs):
    return '[' + ', '.join(repr(m) for m in xs) + ']'


def MM(m):
    return ', '.join('%s->%s' % (k, v.name) for k, v in m.items())


HELPERS = dict(V=V, R=R, S=S, B=B, N=N, J=J, L=L, MM=MM, json=json)

# ---------------------------------------------------------------------------------------------
# pools

CLASS_NAMES = ['Color', 'Perm', 'Mode', 'Shape', 'Level', 'Animal', 'Status', 'Opt', 'Grade',
               'Signal', 'Weekday', 'Tone']
MEMBER_NAMES = ['A', 'B', 'D', 'E', 'RED', 'GREEN', 'BLUE', 'ANT', 'BEE', 'CAT', 'DOG', 'ALPHA',
                'BETA', 'GAMMA', 'DELTA', 'ONE', 'TWO', 'THREE', 'LOW', 'MID', 'HIGH', 'OK',
                'ERR', 'FIRST', 'SECOND', 'NORTH', 'SOUTH', 'EAST', 'WEST', 'Mixed', 'lower_x',
                'Big_Name', 'ITEM_2', 'Q']
FLAG_NAMES = ['R', 'W', 'X', 'A', 'B', 'D', 'E', 'READ', 'WRITE', 'EXEC', 'BOLD', 'ITALIC',
              'UNDER', 'RED', 'GREEN', 'BLUE', 'F1', 'F2']
COMBO_NAMES = ['RW', 'ALL', 'BOTH', 'MOST', 'RX', 'SOME', 'PAIR', 'MAIN']
ZERO_NAMES = ['NONE', 'EMPTY', 'OFF', 'NOTHING']
INTS = [-3, -1, 0, 1, 2, 3, 4, 5, 7, 10, 42, 100, 255, 2 ** 31, 2 ** 32 + 1, -(2 ** 33), 2 ** 40]
FLOATS = [0.5, 1.5, 2.25, -0.5, 3.75, 0.1, 10.5, 6.25]
STRS = ['red', 'green', 'blue', 'x', 'alpha', 'on', 'off', 'Mixed', 'abc', 'zed', "it's", 'say "hi"',
        'naïve', 'two words', 'ÆON']
TUPLES = [(1, 2), (3, 4), (0, 0), (1, 2, 3), ('a', 1), (5, 6.5), ((1, 2), 3)]
DICTS = [{'x': 1}, {'x': 1, 'y': 2}, {'y': 2, 'x': 1}, {'k': 'v'}, {}, {'x': (1, 2)}]
ABSENT_STRS = ['nope', 'zz', 'RED', 'Red', '']

# _generate_next_value_ menu: key -> (python body, typescript body, kinds it suits)
GNV = {
    'lower': ('return name.lower()', 'return name.toLowerCase();', {'Enum', 'StrEnum'}),
    'count10': ('return count * 10', 'return count * 10;', {'Enum', 'IntEnum'}),
    'start2': ('return start + len(last_values) * 2', 'return start + lastValues.length * 2;',
               {'Enum', 'IntEnum'}),
    'last5': ('return last_values[-1] + 5 if last_values else start',
              'return lastValues.length ? (lastValues[lastValues.length - 1] as number) + 5 : start;',
              {'Enum', 'IntEnum'}),
    'namecount': ('return name.lower() + str(count)', 'return name.toLowerCase() + String(count);',
                  {'Enum', 'StrEnum'}),
    'pow2': ('return 2 ** (count + 1)', 'return 2 ** (count + 1);', {'Flag', 'IntFlag', 'IntEnum'}),
    'name': ('return name', 'return name;', {'Enum', 'StrEnum'}),
}

# _missing_ menu: key -> (python body lines, typescript body lines); FIRST is the first member
MISSING = {
    'ci_name': ([
        'if isinstance(value, str):',
        '    for m in cls:',
        '        if m.name.lower() == value.lower():',
        '            return m',
        'return None',
    ], [
        "if (typeof value === 'string') {",
        '  for (const m of {C}.members()) if (m.name.toLowerCase() === value.toLowerCase()) return m;',
        '}',
        'return undefined;',
    ]),
    'ci_value': ([
        'if isinstance(value, str):',
        '    for m in cls:',
        '        if isinstance(m.value, str) and m.value.lower() == value.lower():',
        '            return m',
        'return None',
    ], [
        "if (typeof value === 'string') {",
        '  for (const m of {C}.members()) {',
        "    if (typeof m.value === 'string' && m.value.toLowerCase() === value.toLowerCase()) return m;",
        '  }',
        '}',
        'return undefined;',
    ]),
    'default_first': ([
        'if isinstance(value, int):',
        '    return cls.{FIRST}',
        'return None',
    ], [
        "if (typeof value === 'number' && Number.isInteger(value)) return {C}.{FIRST};",
        'return undefined;',
    ]),
    'none': (['return None'], ['return undefined;']),
    'bad': (['return 42'], ['return 42 as any;']),
}

BOUNDARIES = ['STRICT', 'CONFORM', 'EJECT', 'KEEP']

# ---------------------------------------------------------------------------------------------
# value literals


def py_lit(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(py_lit(e) for e in v) + (',)' if len(v) == 1 else ')')
    if isinstance(v, dict):
        return '{' + ', '.join('%r: %s' % (k, py_lit(x)) for k, x in v.items()) + '}'
    return repr(v)


def ts_lit(v):
    if isinstance(v, tuple):
        return '[' + ', '.join(ts_lit(e) for e in v) + ']'
    if isinstance(v, dict):
        return '{ ' + ', '.join('%s: %s' % (k, ts_lit(x)) for k, x in v.items()) + ' }' if v else '{}'
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    return repr(v)


# ---------------------------------------------------------------------------------------------
# the definition model


class Entry:
    """One name in the class body.  how: 'val' (payload value), 'auto' (payload: 'bare' for
    new C(), 'call' for new C(auto())), 'ref' (payload: the name it aliases by reference),
    'ctor' (payload: tuple of constructor arguments)."""

    def __init__(self, name, how, payload=None):
        self.name, self.how, self.payload = name, how, payload


class Def:
    def __init__(self, kind, cls):
        self.kind = kind
        self.cls = cls
        self.form = 'class'
        self.entries: list[Entry] = []
        self.gnv = None
        self.missing = None
        self.order = None  # string
        self.boundary = None
        self.decorators = []  # (('unique',) | ('verify', [checks]), style 'deco'|'call')
        self.nonmember = None  # (name, value)
        self.method = False
        self.ctor = None  # 'planet' | 'phrase'
        # functional form
        self.fn_names = None  # python-side object: str | list[str] | list[tuple] | dict
        self.fn_style = None
        self.fn_start = None
        self.error_mode = None
        self.base = None  # name of a member-less base class holding the hooks
        self.extend = None  # (class name, member name, value): a class extending this one

    # -- Python ------------------------------------------------------------------------------
    def python(self):
        lines = []
        if self.form == 'functional':
            args = [repr(self.cls), self.py_fn_names()]
            if self.fn_start is not None:
                args.append('start=%d' % self.fn_start)
            if self.boundary:
                args.append('boundary=%s' % self.boundary)
            lines.append('%s = %s(%s)' % (self.cls, self.kind, ', '.join(args)))
            for (dec, style) in self.decorators:
                lines.append('%s = %s(%s)' % (self.cls, self.py_deco(dec), self.cls))
            return '\n'.join(lines) + '\n'
        hooks = []
        if self.gnv:
            hooks.append('def _generate_next_value_(name, start, count, last_values):')
            hooks.append('    ' + GNV[self.gnv][0])
        if self.ctor == 'planet':
            hooks += ['def __init__(self, mass, radius):',
                      '    self.mass = mass',
                      '    self.radius = radius']
        if self.ctor == 'phrase':
            hooks += ['def __new__(cls, code, phrase):',
                      '    obj = int.__new__(cls, code)',
                      '    obj._value_ = code',
                      '    obj.phrase = phrase',
                      '    return obj']
        late_hooks = []
        if self.missing:
            late_hooks.append('@classmethod')
            late_hooks.append('def _missing_(cls, value):')
            for ln in MISSING[self.missing][0]:
                late_hooks.append('    ' + ln.replace('{FIRST}', self.first_name()))
        if self.method:
            late_hooks.append('def describe(self):')
            late_hooks.append("    return self.name + ':' + str(self.value)")
        body = []
        for e in self.entries:
            if e.how == 'val':
                body.append('%s = %s' % (e.name, py_lit(e.payload)))
            elif e.how == 'ctor':
                body.append('%s = %s' % (e.name, ', '.join(py_lit(a) for a in e.payload)))
            elif e.how == 'auto':
                body.append('%s = auto()' % e.name)
            elif e.how == 'ref':
                body.append('%s = %s' % (e.name, e.payload))
        if self.order is not None:
            body.append('_order_ = %r' % self.order)
        if self.nonmember:
            body.append('%s = nonmember(%s)' % (self.nonmember[0], py_lit(self.nonmember[1])))
        bases = self.kind
        if self.base:
            # a member-less base holds the hooks and the method; the enum extends it
            lines.append('class %s(%s):' % (self.base, self.kind))
            lines += ['    ' + b for b in (hooks + late_hooks or ['pass'])]
            hooks, late_hooks = [], []
            bases = self.base
        for (dec, style) in self.decorators:
            if style == 'deco':
                lines.append('@' + self.py_deco(dec))
        if self.boundary:
            bases += ', boundary=%s' % self.boundary
        lines.append('class %s(%s):' % (self.cls, bases))
        lines += ['    ' + b for b in hooks + body + late_hooks]
        for (dec, style) in self.decorators:
            if style == 'call':
                lines.append('%s = %s(%s)' % (self.cls, self.py_deco(dec), self.cls))
        if self.extend:
            lines.append('class %s(%s):' % (self.extend[0], self.cls))
            lines.append('    %s = %s' % (self.extend[1], py_lit(self.extend[2])))
        return '\n'.join(lines) + '\n'

    def py_deco(self, dec):
        if dec[0] == 'unique':
            return 'unique'
        return 'verify(%s)' % ', '.join(dec[1])

    def py_fn_names(self):
        n = self.fn_names
        if isinstance(n, str):
            return repr(n)
        if isinstance(n, dict):
            return '{' + ', '.join('%r: %s' % (k, py_lit(v)) for k, v in n.items()) + '}'
        if n and isinstance(n[0], tuple):
            return '[' + ', '.join('(%r, %s)' % (k, py_lit(v)) for k, v in n) + ']'
        return '[' + ', '.join(repr(k) for k in n) + ']'

    def first_name(self):
        return self.entries[0].name

    # -- TypeScript --------------------------------------------------------------------------
    def ts_type_arg(self):
        if self.kind != 'Enum':
            return ''
        if self.ctor == 'planet':
            return '<readonly [number, number]>'
        vals = [e.payload for e in self.entries if e.how == 'val']
        if self.gnv in ('lower', 'namecount', 'name'):
            vals.append('s')
        elif any(e.how == 'auto' for e in self.entries):
            vals.append(1)
        if vals and all(isinstance(v, (int, float)) for v in vals):
            return '<number>'
        if vals and all(isinstance(v, str) for v in vals):
            return '<string>'
        return '<any>'

    def ts(self):
        C = self.cls
        lines = []
        if self.form == 'functional':
            opts = []
            if self.fn_start is not None:
                opts.append('start: %d' % self.fn_start)
            if self.boundary:
                opts.append('boundary: FlagBoundary.%s' % self.boundary)
            args = ["'%s'" % C, self.ts_fn_names()]
            if opts:
                args.append('{ ' + ', '.join(opts) + ' }')
            lines.append('const %s = %s.create(%s);' % (C, self.kind, ', '.join(args)))
            for (dec, style) in self.decorators:
                lines.append('%s(%s);' % (self.ts_deco(dec), C))
            return '\n'.join(lines) + '\n'
        # in a shared base, hooks reach the enum through `this` (the class they are called on)
        owner = '(this as any)' if self.base else C
        hooks = []
        if self.gnv:
            hooks.append('static _generate_next_value_(name: string, start: number, count: number, '
                         'lastValues: readonly any[]): any {')
            hooks.append('  ' + GNV[self.gnv][1])
            hooks.append('}')
        late_hooks = []
        if self.ctor == 'planet':
            late_hooks.append('constructor(readonly mass: number, readonly radius: number) '
                              '{ super([mass, radius]); }')
        if self.ctor == 'phrase':
            late_hooks.append('constructor(code: number, readonly phrase: string) { super(code); }')
        if self.missing:
            late_hooks.append('static _missing_(value: unknown): %s | undefined {'
                              % ('any' if self.base else C))
            for ln in MISSING[self.missing][1]:
                late_hooks.append('  ' + ln.replace('{C}', owner).replace('{FIRST}', self.first_name()))
            late_hooks.append('}')
        if self.method:
            late_hooks.append("describe(): string { return this.name + ':' + String(this.value); }")
        body = []
        if self.boundary:
            body.append('static readonly _boundary_ = FlagBoundary.%s;' % self.boundary)
        for e in self.entries:
            if e.how == 'val':
                body.append('static readonly %s = new %s(%s);' % (e.name, C, ts_lit(e.payload)))
            elif e.how == 'ctor':
                body.append('static readonly %s = new %s(%s);'
                            % (e.name, C, ', '.join(ts_lit(a) for a in e.payload)))
            elif e.how == 'auto':
                body.append('static readonly %s = new %s(%s);'
                            % (e.name, C, 'auto()' if e.payload == 'call' else ''))
            elif e.how == 'ref':
                body.append('static readonly %s = %s.%s;' % (e.name, C, e.payload))
        if self.order is not None:
            body.append("static readonly _order_ = '%s';" % self.order)
        if self.nonmember:
            body.append('static readonly %s = %s;' % (self.nonmember[0], ts_lit(self.nonmember[1])))
        base = '%s%s' % (self.kind, self.ts_type_arg())
        if self.base:
            lines.append('class %s extends %s {' % (self.base, base))
            lines += ['  ' + b for b in hooks + late_hooks]
            lines.append('}')
            hooks, late_hooks = [], []
            base = self.base
        for (dec, style) in self.decorators:
            if style == 'deco':
                lines.append('@' + self.ts_deco(dec))
        lines.append('class %s extends %s {' % (C, base))
        lines += ['  ' + b for b in hooks + body + late_hooks]
        lines.append('}')
        for (dec, style) in self.decorators:
            if style == 'call':
                lines.append('%s(%s);' % (self.ts_deco(dec), C))
        if self.extend:
            M = self.extend[0]
            lines.append('class %s extends %s {' % (M, C))
            lines.append('  static readonly %s = new %s(%s);' % (self.extend[1], M, ts_lit(self.extend[2])))
            lines.append('}')
        return '\n'.join(lines) + '\n'

    def ts_deco(self, dec):
        if dec[0] == 'unique':
            return 'unique'
        return 'verify(%s)' % ', '.join(dec[1])

    def ts_fn_names(self):
        n = self.fn_names
        if isinstance(n, str):
            return "'%s'" % n
        if isinstance(n, dict):
            return '{ ' + ', '.join('%s: %s' % (k, ts_lit(v)) for k, v in n.items()) + ' }'
        if n and isinstance(n[0], tuple):
            return '[' + ', '.join("['%s', %s]" % (k, ts_lit(v)) for k, v in n) + ']'
        return '[' + ', '.join("'%s'" % k for k in n) + ']'


# ---------------------------------------------------------------------------------------------
# random definitions


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, xs):
        return self.rng.choice(xs)

    def names(self, pool, k):
        return self.rng.sample(pool, k)

    # -- plain enums ---------------------------------------------------------------------------
    def value_for(self, kind, flavour):
        if kind == 'StrEnum':
            return self.pick(STRS)
        if kind == 'IntEnum':
            return self.pick(INTS)
        return {'int': lambda: self.pick(INTS), 'float': lambda: self.pick(FLOATS),
                'str': lambda: self.pick(STRS), 'tuple': lambda: self.pick(TUPLES),
                'dict': lambda: dict(self.pick(DICTS))}[flavour]()

    def plain_class(self, kind):
        d = Def(kind, self.pick(CLASS_NAMES))
        flavour = 'int'
        if kind == 'Enum':
            flavour = self.rng.choices(['int', 'float', 'str', 'tuple', 'dict'], [5, 2, 3, 2, 1])[0]
        if kind == 'IntEnum' and self.chance(0.08):
            d.ctor = 'phrase'
        if kind == 'Enum' and self.chance(0.06):
            d.ctor = 'planet'
        n = self.rng.randint(1, 6)
        names = self.names(MEMBER_NAMES, n)
        can_auto = d.ctor is None and (kind != 'Enum' or flavour in ('int', 'float'))
        if self.chance(0.15) and d.ctor is None:
            suited = [k for k, v in GNV.items() if kind in v[2] and not k.endswith('_str')]
            if kind == 'Enum' and flavour in ('str', 'tuple'):
                suited = [k for k in suited if k in ('lower', 'namecount', 'name')]
            if kind == 'Enum' and flavour in ('int', 'float'):
                suited = [k for k in suited if k not in ('lower', 'namecount', 'name')]
            if flavour == 'dict':
                suited = []  # `{} + 5` is a Python TypeError but JavaScript string concatenation
            if suited:
                d.gnv = self.pick(suited)
                can_auto = True
        auto_p = 0.35 if can_auto else 0.0
        if kind == 'StrEnum':
            auto_p = 0.4
        for i, name in enumerate(names):
            prev = list(d.entries)
            r = self.rng.random()
            if prev and r < 0.12:
                d.entries.append(Entry(name, 'ref', self.pick(prev).name))
                continue
            if d.ctor == 'planet':
                d.entries.append(Entry(name, 'ctor', (self.pick([1, 2, 5.5, 0.25, 10]),
                                                      self.pick([3, 4, 7.5, 100]))))
                continue
            if d.ctor == 'phrase':
                codes = [e.payload[0] for e in prev if e.how == 'ctor']
                code = self.pick(codes) if codes and self.chance(0.25) \
                    else self.pick([200, 201, 404, 500, 302])
                d.entries.append(Entry(name, 'ctor', (code, self.pick(['OK', 'Fine', 'Nope',
                                                                       'Moved', 'Gone']))))
                continue
            vals = [e.payload for e in prev if e.how == 'val']
            if vals and r < 0.24:
                d.entries.append(Entry(name, 'val', self.pick(vals)))  # alias by value
            elif r < 0.24 + auto_p:
                d.entries.append(Entry(name, 'auto', self.pick(['bare', 'call'])))
            else:
                d.entries.append(Entry(name, 'val', self.value_for(kind, flavour)))
        if d.entries[0].how == 'ref':
            d.entries[0] = Entry(d.entries[0].name, 'auto', 'bare')
        if self.chance(0.2):
            d.missing = self.pick(['ci_name', 'ci_value', 'default_first', 'none', 'bad']
                                  if kind != 'IntEnum' else ['ci_name', 'default_first', 'none'])
        if self.chance(0.1):
            d.nonmember = (self.pick(['STEP', 'LIMIT', 'DEFAULT_TEXT']), self.pick([0.5, 7, 'txt']))
        if self.chance(0.12) and d.ctor is None and flavour in ('int', 'str'):
            d.method = True
        if d.ctor is None and self.chance(0.12):
            d.base = self.pick(['Base', 'Shared', 'Mixin'])
            if flavour in ('int', 'str') and self.chance(0.7):
                d.method = True
        if self.chance(0.1):
            # includes aliases: CPython drops them
            d.order = self.pick([' ', ', ', ',']).join(e.name for e in d.entries)
        if self.chance(0.12):
            d.decorators.append((('unique',), self.pick(['deco', 'call'])))
        elif self.chance(0.08):
            # CONTINUOUS only where CPython's check is about enum values, not a Python
            # TypeError from range() over floats or strings
            small = all(isinstance(e.payload, int) and abs(e.payload) < 1000
                        for e in d.entries if e.how == 'val')
            checks = ['UNIQUE', 'CONTINUOUS'] if flavour == 'int' and kind != 'StrEnum' and small \
                and d.ctor is None and d.gnv not in ('lower', 'namecount', 'name') else ['UNIQUE']
            d.decorators.append((('verify', self.rng.sample(checks, self.rng.randint(1, len(checks)))),
                                 self.pick(['deco', 'call'])))
        return d

    # -- flags ---------------------------------------------------------------------------------
    def flag_class(self, kind):
        d = Def(kind, self.pick(CLASS_NAMES))
        n = self.rng.randint(1, 5)
        names = self.names(FLAG_NAMES, n)
        style = self.rng.choices(['contig', 'gaps', 'auto', 'mixed', 'high'], [4, 2, 3, 2, 1])[0]
        if style == 'contig':
            bits = [1 << i for i in range(n)]
        elif style == 'high':
            # bits at and beyond 2**31: JavaScript's bitwise operators stop at 32 bits
            bits = sorted(self.rng.sample([1 << i for i in range(28, 46)], n))
        else:
            bits = sorted(self.rng.sample([1 << i for i in range(7)], n))
        if self.chance(0.15):
            self.rng.shuffle(bits)
        if self.chance(0.08):
            d.gnv = 'pow2'
        if self.chance(0.5):
            d.boundary = self.pick(BOUNDARIES)
        if self.chance(0.08):
            d.base = self.pick(['Base', 'Shared'])
            d.method = True
        single_entries = []
        for i, name in enumerate(names):
            if style == 'auto' or (style == 'mixed' and self.chance(0.5)) or d.gnv:
                e = Entry(name, 'auto', self.pick(['bare', 'call']))
            else:
                e = Entry(name, 'val', bits[i])
            single_entries.append(e)
        d.entries = list(single_entries)
        # named zero, combinations, aliases
        if self.chance(0.3):
            pos = self.rng.randint(0, len(d.entries)) if self.chance(0.3) else 0
            d.entries.insert(pos, Entry(self.pick(ZERO_NAMES), 'val', 0))
        return d

    def add_flag_combos(self, d, values):
        """values: name -> int for the single-bit members (computed by a first CPython run)."""
        singles = list(values.items())
        used = set(e.name for e in d.entries)
        if len(singles) >= 2 and self.chance(0.45):
            for _ in range(self.rng.randint(1, 2)):
                k = self.rng.randint(2, len(singles))
                parts = self.rng.sample(singles, k)
                name = self.pick([c for c in COMBO_NAMES if c not in used] or ['CMB'])
                if name in used:
                    continue
                used.add(name)
                d.entries.append(Entry(name, 'val', sum(v for _, v in parts)))
        combos = [e for e in d.entries if e.name in COMBO_NAMES]
        if combos and self.chance(0.15):
            # a named combination before the single bits it names
            d.entries.remove(combos[0])
            d.entries.insert(0, combos[0])
        if self.chance(0.15) and len(d.entries) >= 1:
            target = self.pick(d.entries)
            name = self.pick([c for c in ['ALIAS', 'SAME', 'DUP'] if c not in used])
            d.entries.append(Entry(name, 'ref', target.name))
            used.add(name)
        if self.chance(0.06) and values:
            # a multi-bit member containing a bit with no name
            hi = max(values.values())
            name = self.pick([c for c in ['ODD', 'EXTRA'] if c not in used])
            d.entries.append(Entry(name, 'val', (hi << 2) | self.pick(list(values.values()))))
        if self.chance(0.1):
            d.order = ' '.join(e.name for e in d.entries if e.how != 'ref')
        if self.chance(0.12):
            d.decorators.append((('unique',), self.pick(['deco', 'call'])))
        elif self.chance(0.1):
            d.decorators.append((('verify', self.rng.sample(['UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS'],
                                                            self.rng.randint(1, 2))),
                                 self.pick(['deco', 'call'])))

    # -- functional form -----------------------------------------------------------------------
    def functional(self, kind):
        d = Def(kind, self.pick(CLASS_NAMES))
        d.form = 'functional'
        pool = FLAG_NAMES if kind in ('Flag', 'IntFlag') else MEMBER_NAMES
        n = self.rng.randint(1, 5)
        names = self.names(pool, n)
        style = self.rng.choices(['spaces', 'commas', 'list', 'pairs', 'dict'], [3, 2, 2, 2, 2])[0]
        d.fn_style = style
        if style == 'spaces':
            d.fn_names = ' '.join(names)
        elif style == 'commas':
            d.fn_names = self.pick([', ', ',']).join(names)
        elif style == 'list':
            d.fn_names = list(names)
        else:
            if kind in ('Flag', 'IntFlag'):
                bits = sorted(self.rng.sample([1 << i for i in range(6)], n))
                vals = list(bits)
                if self.chance(0.2):
                    vals[0] = 0  # a named zero
            elif kind == 'StrEnum':
                vals = [self.pick(STRS) for _ in names]
            elif kind == 'IntEnum':
                vals = [self.pick(INTS) for _ in names]
            else:
                fl = self.pick(['int', 'str', 'tuple', 'float'])
                vals = [self.value_for('Enum', fl) for _ in names]
            if n >= 2 and self.chance(0.25):
                vals[-1] = vals[0]  # an alias by value
            pairs = list(zip(names, vals))
            d.fn_names = dict(pairs) if style == 'dict' else pairs
        if style in ('spaces', 'commas', 'list') and self.chance(0.35) and kind != 'StrEnum':
            d.fn_start = self.pick([0, 1, 5, -2, 10]) if kind in ('Enum', 'IntEnum') \
                else self.pick([1, 4, 0])
        if kind in ('Flag', 'IntFlag') and self.chance(0.4):
            d.boundary = self.pick(BOUNDARIES)
        if self.chance(0.1):
            d.decorators.append((('unique',), 'call'))
        # entries (for ops that need member names in definition order)
        d.entries = [Entry(nm, 'val', None) for nm in names]
        return d

    # -- definition errors ---------------------------------------------------------------------
    def mutate_error(self, d):
        kinds = ['bad_order', 'sunder']
        if d.kind in ('Enum', 'IntEnum', 'StrEnum') and len(d.entries) >= 1:
            kinds += ['unique_alias', 'verify_unique']
        if d.kind in ('Enum', 'IntEnum'):
            kinds += ['verify_continuous']
        if d.kind == 'Enum' and d.ctor is None and d.gnv is None:
            kinds += ['auto_after_str', 'auto_after_mixed', 'auto_after_str', 'auto_after_tuple']
        if d.kind == 'IntEnum' and d.ctor is None:
            kinds += ['wrong_type', 'wrong_type']
        if d.kind == 'IntFlag':
            kinds += ['wrong_type']
        if d.kind == 'StrEnum':
            kinds += ['wrong_type', 'wrong_type', 'wrong_type_gnv']
        if d.kind in ('Flag', 'IntFlag'):
            kinds += ['flag_unique', 'named_flags', 'flag_continuous']
        kinds += ['extend_members']
        mode = self.pick(kinds)
        d.error_mode = mode
        used = set(e.name for e in d.entries)
        fresh = [n for n in MEMBER_NAMES + ['ZZ', 'YY', 'XX'] if n not in used]
        if mode == 'bad_order':
            names = [e.name for e in d.entries]
            if len(names) >= 2 and self.chance(0.6):
                names[0], names[-1] = names[-1], names[0]
                if names == [e.name for e in d.entries]:
                    names.append('ZZ')
            elif self.chance(0.5):
                names.append(self.pick(fresh))
            else:
                names = names[:-1] if len(names) > 1 else names + ['ZZ']
            d.order = ' '.join(names)
        elif mode == 'sunder':
            name = self.pick(['_x_', '_value_x_', '_color_', '_ignored_'])
            e = Entry(name, 'val', self.value_for(d.kind, 'int') if d.kind != 'Flag' else 64)
            if d.ctor:
                e = Entry(name, 'ctor', d.entries[0].payload)
            d.entries.insert(self.rng.randint(0, len(d.entries)), e)
        elif mode in ('unique_alias', 'verify_unique', 'flag_unique'):
            target = self.pick(d.entries)
            d.entries.append(Entry(self.pick(fresh), 'ref', target.name))
            if mode == 'verify_unique':
                d.decorators = [(('verify', ['UNIQUE']), self.pick(['deco', 'call']))]
            else:
                d.decorators = [(('unique',), self.pick(['deco', 'call']))]
        elif mode == 'verify_continuous':
            d.ctor = None
            d.gnv = None
            d.missing = None
            d.method = False
            base = self.pick([0, 1, -2, 5])
            gap = self.rng.randint(1, 3)
            d.entries = [Entry(fresh[0], 'val', base), Entry(fresh[1], 'val', base + 1 + gap)]
            if self.chance(0.5):
                d.entries.append(Entry(fresh[2], 'val', base + 3 + gap))
            d.order = None
            d.decorators = [(('verify', ['CONTINUOUS']), self.pick(['deco', 'call']))]
        elif mode == 'flag_continuous':
            d.entries = [Entry(fresh[0], 'val', 1), Entry(fresh[1], 'val', self.pick([4, 8, 16]))]
            d.order = None
            d.gnv = None
            d.decorators = [(('verify', ['CONTINUOUS']), self.pick(['deco', 'call']))]
        elif mode == 'named_flags':
            d.entries = [Entry(fresh[0], 'val', 1), Entry(fresh[1], 'val', 2),
                         Entry(self.pick(COMBO_NAMES), 'val', self.pick([5, 7, 9, 12]))]
            d.order = None
            d.gnv = None
            d.decorators = [(('verify', ['NAMED_FLAGS']), self.pick(['deco', 'call']))]
        elif mode in ('auto_after_str', 'auto_after_mixed', 'auto_after_tuple'):
            d.missing = None
            d.method = False
            first = {'auto_after_str': [self.pick(STRS)],
                     'auto_after_mixed': [self.pick([1, 2, 0.5]), self.pick(STRS)],
                     'auto_after_tuple': [self.pick(TUPLES + DICTS[:4])]}[mode]
            d.entries = [Entry(fresh[i], 'val', v) for i, v in enumerate(first)]
            d.entries.append(Entry(fresh[len(first)], 'auto', self.pick(['bare', 'call'])))
            d.order = None
        elif mode == 'wrong_type':
            bad = self.pick(['x', 'abc', 'red']) if d.kind in ('IntEnum', 'IntFlag') \
                else self.pick([1, 0, 42, 2.5])
            if d.ctor:
                d.ctor = None
                d.entries = [Entry(fresh[0], 'val', 1 if d.kind != 'StrEnum' else 'a')]
            d.missing = None
            d.method = False
            # IntFlag: a str before an auto() fails in Flag's max(), a Python-internal message
            pos = len(d.entries) if d.kind == 'IntFlag' else self.rng.randint(0, len(d.entries))
            d.entries.insert(pos, Entry(self.pick(fresh), 'val', bad))
            d.order = None
        elif mode == 'extend_members':
            value = {'Enum': 99, 'IntEnum': 99, 'StrEnum': 'zz', 'Flag': 64, 'IntFlag': 64}[d.kind]
            d.extend = (self.pick(['More', 'Extra']), self.pick(['ZZ', 'YY']), value)
        elif mode == 'wrong_type_gnv':
            d.gnv = None
            d.ctor = None
            d.missing = None
            d.method = False
            d.entries = [Entry(fresh[0], 'val', 'a'), Entry(fresh[1], 'auto', 'bare')]
            d.gnv = 'count10_str'
            d.order = None
        return d

    # -- top level -----------------------------------------------------------------------------
    def definition(self):
        kind = self.rng.choices(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'], [5, 3, 2, 3, 2])[0]
        if self.chance(0.2):
            return self.functional(kind)
        if kind in ('Flag', 'IntFlag'):
            return self.flag_class(kind)
        return self.plain_class(kind)


GNV['count10_str'] = ('return count * 10', 'return count * 10;', {'StrEnum'})

# ---------------------------------------------------------------------------------------------
# running Python


PY_PRELUDE = ('from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, '
              'UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, nonmember\n')


def run_python(src):
    ns = {}
    exec(compile(PY_PRELUDE + src, '<case>', 'exec'), ns)
    return ns


ERROR_CLASS = {'ValueError': 'RangeError', 'KeyError': 'RangeError', 'TypeError': 'TypeError'}


def error_expect(e, check='prefix'):
    cls = ERROR_CLASS.get(type(e).__name__)
    if cls is None:
        return None
    msg = str(e)
    if type(e) is KeyError:
        check = 'class'  # str(KeyError('X')) is "'X'": no wording SPEC promises
    out = {'error': cls, 'message': msg}
    if check != 'prefix':
        out['check'] = check
    return out


class Ops:
    def __init__(self, ns, cls_name):
        self.ns = dict(ns)
        self.ns.update(HELPERS)
        self.C = cls_name
        self.ops = []

    def add(self, ts, py, check='prefix'):
        """Evaluate py now (order matters), record (ts, py, expected)."""
        try:
            out = eval(py, self.ns)
            if not isinstance(out, str):
                raise AssertionError('op %s did not render to a string' % py)
            expect = out
        except AssertionError:
            raise
        except Exception as e:  # noqa: BLE001 - Python's outcome is the expectation
            expect = error_expect(e, check)
            if expect is None:
                return  # an outcome SPEC has no mapping for: not generated
        self.ops.append([ts, py, expect])


def has_tuple(v):
    """JSON turns tuples into lists, which CPython then does not find among tuple values."""
    if isinstance(v, tuple):
        return True
    if isinstance(v, dict):
        return any(has_tuple(x) for x in v.values())
    return False


def absent_ints(values, k, rng):
    pool = [v for v in [-7, -2, 0, 1, 2, 3, 6, 8, 9, 11, 13, 99, 1000] if v not in values]
    return rng.sample(pool, min(k, len(pool)))


def enum_ops(g: Gen, d: Def, C, o: Ops):
    rng = g.rng
    c = d.cls
    members = list(C)
    mmap = C.__members__
    o.add('L(%s.members())' % c, 'L(list(%s))' % c)
    o.add('N(%s.size)' % c, 'N(len(%s))' % c)
    o.add('MM(%s.memberMap())' % c, 'MM(%s.__members__)' % c)
    if g.chance(0.2):
        o.add('L([...%s])' % c, 'L([m for m in %s])' % c)
    for m in members:
        a = '%s.%s' % (c, m.name)
        o.add('R(%s)' % a, 'R(%s)' % a)
        if g.chance(0.5):
            o.add('S(%s)' % a, 'S(%s)' % a)
        if g.chance(0.3):
            o.add('V(%s.name)' % a, 'V(%s.name)' % a)
        if g.chance(0.6):
            o.add('V(%s.value)' % a, 'V(%s.value)' % a)
        if g.chance(0.25):
            o.add('J(%s)' % a, 'J(%s)' % a)
        if g.chance(0.4):
            o.add('R(%s.of(%s))' % (c, ts_lit(m.value)), 'R(%s(%s))' % (c, py_lit(m.value)))
        if g.chance(0.2):
            o.add('B(%s.has(%s))' % (c, ts_lit(m.value)), 'B(%s in %s)' % (py_lit(m.value), c))
        if g.chance(0.1):
            o.add('B(%s.has(%s))' % (c, a), 'B(%s in %s)' % (a, c))
        if g.chance(0.1):
            o.add('R(%s.of(%s))' % (c, a), 'R(%s(%s))' % (c, a))  # a member passes through
        if g.chance(0.1) and not has_tuple(m.value):
            o.add('R(%s.of(JSON.parse(J(%s))))' % (c, a), 'R(%s(json.loads(J(%s))))' % (c, a))
        if d.ctor == 'planet' and g.chance(0.7):
            o.add('V(%s.mass)' % a, 'V(%s.mass)' % a)
            o.add('V(%s.radius)' % a, 'V(%s.radius)' % a)
        if d.ctor == 'phrase':
            o.add('V(%s.phrase)' % a, 'V(%s.phrase)' % a)
        if d.method and g.chance(0.6):
            o.add('V(%s.describe())' % a, 'V(%s.describe())' % a)
    # names, aliases
    for name, m in mmap.items():
        if name != m.name:
            o.add('B(%s.%s === %s.%s)' % (c, name, c, m.name), 'B(%s.%s is %s.%s)' % (c, name, c, m.name))
            o.add('R(%s.get(%s))' % (c, ts_lit(name)), 'R(%s[%s])' % (c, py_lit(name)))
        elif g.chance(0.25):
            o.add('R(%s.get(%s))' % (c, ts_lit(name)), 'R(%s[%s])' % (c, py_lit(name)))
    unknown = g.pick(['ZZ', 'nope', members[0].name.lower() if members[0].name.lower() != members[0].name
                      else members[0].name + '_'])
    if unknown not in mmap:
        o.add('R(%s.get(%s))' % (c, ts_lit(unknown)), 'R(%s[%s])' % (c, py_lit(unknown)))
    # absent values
    values = [m.value for m in members]
    absent = []
    if d.kind == 'StrEnum' or any(isinstance(v, str) for v in values):
        absent += [s for s in rng.sample(ABSENT_STRS, 2) if s not in values]
    if d.kind in ('IntEnum', 'Enum') and not any(isinstance(v, str) for v in values):
        absent += absent_ints(values, 2, rng)
    if d.kind == 'Enum' and g.chance(0.3):
        absent.append(g.pick([(9, 9), 0.75, {'z': 0}, {'y': 2, 'x': 1}]))
    if d.kind == 'IntEnum' and g.chance(0.3):
        absent.append(g.pick(['x', 'red']))
    for v in absent:
        if v in values:
            continue
        o.add('R(%s.of(%s))' % (c, ts_lit(v)), 'R(%s(%s))' % (c, py_lit(v)))
        if g.chance(0.5):
            o.add('B(%s.has(%s))' % (c, ts_lit(v)), 'B(%s in %s)' % (py_lit(v), c))
    if g.chance(0.3) and members:
        o.add("B(%s.has('%s'))" % (c, members[0].name), "B('%s' in %s)" % (members[0].name, c))
    # _missing_ hooks
    if d.missing:
        for m in members[:3]:
            probes = [m.name.lower(), m.name.upper(), str(m.value).upper() if isinstance(m.value, str) else 'q']
            for v in dict.fromkeys(probes):  # ordered: the corpus must not depend on hash seeds
                o.add('R(%s.of(%s))' % (c, ts_lit(v)), 'R(%s(%s))' % (c, py_lit(v)))
        o.add('R(%s.of(%s))' % (c, ts_lit(12345)), 'R(%s(%s))' % (c, py_lit(12345)))
    # nonmember
    if d.nonmember:
        o.add('V(%s.%s)' % (c, d.nonmember[0]), 'V(%s.%s)' % (c, d.nonmember[0]))
    # kind-specific
    if len(members) >= 2:
        a, b = '%s.%s' % (c, members[0].name), '%s.%s' % (c, members[-1].name)
        if d.kind == 'IntEnum':
            o.add('N(+%s)' % a, 'N(int(%s))' % a)
            o.add('N((%s as any) + 1)' % a, 'N(%s + 1)' % a)
            o.add('B(%s < %s)' % (a, b), 'B(%s < %s)' % (a, b))
            o.add('B((%s as any) == %d)' % (a, members[0].value), 'B(%s == %d)' % (a, members[0].value))
            o.add('S(`${%s}`)' % a, "S(f'{%s}')" % a)
            if g.chance(0.4):
                o.add('N((%s as any) + (%s as any))' % (a, b), 'N(%s + %s)' % (a, b))
            if g.chance(0.4):
                o.add('L([...%s].sort((x: any, y: any) => x - y))' % c, 'L(sorted(%s))' % c)
        elif d.kind == 'StrEnum':
            o.add("S(%s + '!')" % a, "S(%s + '!')" % a)
            o.add('S(`${%s}`)' % a, "S(f'{%s}')" % a)
            o.add('B((%s as any) == %s)' % (a, ts_lit(members[0].value)),
                  'B(%s == %s)' % (a, py_lit(members[0].value)))
        elif d.kind == 'Enum':
            if g.chance(0.2):
                o.add('S(`${%s}`)' % a, "S(f'{%s}')" % a)
            if g.chance(0.3):
                o.add('B((%s as any) < (%s as any))' % (a, b), 'B(%s < %s)' % (a, b), check='class')
            if g.chance(0.3):
                o.add('B(%s === %s)' % (a, b), 'B(%s is %s)' % (a, b))


def flag_value_names(C):
    return {m.name: m.value for m in C}


def flag_ops(g: Gen, d: Def, C, o: Ops):
    rng = g.rng
    c = d.cls
    members = list(C)
    mmap = C.__members__
    boundary = C._boundary_
    flag_mask = C._flag_mask_
    all_bits = C._all_bits_
    # value-in-class: only for named values, and (outside KEEP) values outside the class bits
    for name, m in mmap.items():
        if g.chance(0.2):
            o.add('B(%s.has(%d))' % (c, m.value), 'B(%d in %s)' % (m.value, c))
    if boundary is not KEEP and g.chance(0.5):
        v = (all_bits + 1) << rng.randint(0, 2)
        o.add('B(%s.has(%d))' % (c, v), 'B(%d in %s)' % (v, c))
    o.add('L(%s.members())' % c, 'L(list(%s))' % c)
    o.add('N(%s.size)' % c, 'N(len(%s))' % c)
    o.add('MM(%s.memberMap())' % c, 'MM(%s.__members__)' % c)
    for name, m in mmap.items():
        a = '%s.%s' % (c, name)
        o.add('R(%s)' % a, 'R(%s)' % a)
        if g.chance(0.4):
            o.add('S(%s)' % a, 'S(%s)' % a)
        if g.chance(0.25):
            o.add('V(%s.name)' % a, 'V(%s.name)' % a)
        if g.chance(0.3):
            o.add('V(%s.value)' % a, 'V(%s.value)' % a)
        if g.chance(0.15):
            o.add('J(%s)' % a, 'J(%s)' % a)
        if name != m.name:
            o.add('B(%s === %s.%s)' % (a, c, m.name), 'B(%s is %s.%s)' % (a, c, m.name))
        if g.chance(0.2):
            o.add('R(%s.get(%s))' % (c, ts_lit(name)), 'R(%s[%s])' % (c, py_lit(name)))
        if d.kind == 'IntFlag' and g.chance(0.3):
            o.add('N(+%s)' % a, 'N(int(%s))' % a)
    if g.chance(0.5):
        o.add("R(%s.get('ZZ'))" % c, "R(%s['ZZ'])" % c)
    # lookups by value, inside and outside the class bits
    vals = sorted(set(rng.sample(range(0, all_bits + 1), min(all_bits + 1, 4))))
    extra = []
    for _ in range(2):
        extra.append((all_bits + 1) << rng.randint(0, 1) | rng.randint(0, all_bits))
    gaps = [1 << i for i in range(all_bits.bit_length()) if not (flag_mask >> i) & 1]
    if gaps:
        extra.append(gaps[0] | (members[0].value if members else 0))
    if g.chance(0.25):
        extra.append(g.pick([-1, -2, -(all_bits + 1), -(all_bits + 2)]))
    if g.chance(0.2):
        extra.append(g.pick(['x', 1.5]))
    for v in vals + extra:
        o.add('R(%s.of(%s))' % (c, ts_lit(v)), 'R(%s(%s))' % (c, py_lit(v)))
        if g.chance(0.2) and not isinstance(v, (str, float)):
            o.add('S(%s.of(%s))' % (c, ts_lit(v)), 'S(%s(%s))' % (c, py_lit(v)))
    # combinations
    named = list(mmap.keys())
    if not named:
        return
    for _ in range(rng.randint(2, 5)):
        a = '%s.%s' % (c, g.pick(named))
        b = '%s.%s' % (c, g.pick(named))
        kind = rng.choices(['or', 'or3', 'and', 'xor', 'not', 'of'], [4, 1, 2, 2, 3, 2])[0]
        if kind == 'or':
            ts_e, py_e = '%s.or(%s)' % (a, b), '(%s | %s)' % (a, b)
        elif kind == 'or3':
            x = '%s.%s' % (c, g.pick(named))
            ts_e, py_e = '%s.or(%s, %s)' % (a, b, x), '(%s | %s | %s)' % (a, b, x)
        elif kind == 'and':
            ts_e, py_e = '%s.and(%s)' % (a, b), '(%s & %s)' % (a, b)
        elif kind == 'xor':
            ts_e, py_e = '%s.xor(%s)' % (a, b), '(%s ^ %s)' % (a, b)
        elif kind == 'not':
            ts_e, py_e = '%s.not()' % a, '(~%s)' % a
        else:
            v = rng.randint(0, all_bits)
            ts_e, py_e = '%s.of(%d)' % (c, v), '%s(%d)' % (c, v)
        if d.kind == 'IntFlag' and kind in ('or', 'and', 'xor') and g.chance(0.3):
            # IntFlag combines with plain ints too; the result goes through the boundary
            n = g.pick([0, 1, 3, all_bits, all_bits + 1, (all_bits + 1) * 2 + 1])
            op_py = {'or': '|', 'and': '&', 'xor': '^'}[kind]
            ts_e, py_e = '%s.%s(%d)' % (a, kind, n), '(%s %s %d)' % (a, op_py, n)
        if g.chance(0.15):
            # chain only onto a Flag: EJECT hands back a plain int, which has no .not()
            try:
                base = eval(py_e, o.ns)
            except Exception:  # noqa: BLE001
                base = None
            if isinstance(base, Flag):
                ts_e, py_e = '%s.not()' % ts_e, '(~%s)' % py_e
        try:
            val = eval(py_e, o.ns)
        except Exception:  # noqa: BLE001
            o.add('R(%s)' % ts_e, 'R(%s)' % py_e)
            continue
        if not isinstance(val, Flag):
            o.add('R(%s)' % ts_e, 'R(%s)' % py_e)
            continue
        o.add('R(%s)' % ts_e, 'R(%s)' % py_e)
        if g.chance(0.5):
            o.add('S(%s)' % ts_e, 'S(%s)' % py_e)
        if g.chance(0.4):
            o.add('V(%s.name)' % ts_e, 'V(%s.name)' % py_e)
        if g.chance(0.4):
            o.add('V(%s.value)' % ts_e, 'V(%s.value)' % py_e)
        # iterating a value with a bit that only a multi-bit member names yields whatever
        # pseudo-member CPython happens to have cached for that bit (or None): not generated
        if g.chance(0.4) and not (val.value & C._flag_mask_ & ~C._singles_mask_):
            o.add('L([...%s])' % ts_e, 'L(list(%s))' % py_e)
        if g.chance(0.4):
            o.add('N(%s.size)' % ts_e, 'N(len(%s))' % py_e)
        if g.chance(0.4):
            o.add('B(!%s.isEmpty())' % ts_e, 'B(bool(%s))' % py_e)
        if g.chance(0.3):
            o.add('B(%s === %s.of(%d))' % (ts_e, c, val.value), 'B(%s is %s(%d))' % (py_e, c, val.value))
        if g.chance(0.3):
            o.add('B(%s.has(%s))' % (ts_e, b), 'B(%s in %s)' % (b, py_e))
        if g.chance(0.3):
            o.add('B(%s.has(%s))' % (a, ts_e), 'B(%s in %s)' % (py_e, a))
        if g.chance(0.2):
            o.add('B(%s.has(%s))' % (c, ts_e), 'B(%s in %s)' % (py_e, c))
        if g.chance(0.1):
            o.add('R(%s.of(%s))' % (c, ts_e), 'R(%s(%s))' % (c, py_e))
        if g.chance(0.2):
            o.add('J(%s)' % ts_e, 'J(%s)' % py_e)
    zero = '%s.of(0)' % c, '%s(0)' % c
    if g.chance(0.5):
        o.add('B(!%s.isEmpty())' % zero[0], 'B(bool(%s))' % zero[1])
        o.add('N(%s.size)' % zero[0], 'N(len(%s))' % zero[1])
        o.add('L([...%s])' % zero[0], 'L(list(%s))' % zero[1])
        o.add('S(%s)' % zero[0], 'S(%s)' % zero[1])
    if g.chance(0.3):
        full = '%s.of(%d)' % (c, flag_mask), '%s(%d)' % (c, flag_mask)
        o.add('R(%s.not())' % full[0], 'R(~%s)' % full[1])


# ---------------------------------------------------------------------------------------------


def build_case(g: Gen, idx):
    d = g.definition()
    # flags: combos are computed from the single-bit values a first CPython run gives
    if d.kind in ('Flag', 'IntFlag') and d.form == 'class':
        try:
            ns = run_python(d.python())
            g.add_flag_combos(d, {m.name: m.value for m in ns[d.cls] if m.value})
        except Exception:  # noqa: BLE001
            pass
    if d.form == 'class' and g.chance(0.16):
        g.mutate_error(d)
    py_src = d.python()
    ts_src = d.ts()
    case = {'id': idx, 'kind': d.kind, 'form': d.form, 'cls': d.extend[0] if d.extend else d.cls}
    if d.error_mode:
        case['mode'] = d.error_mode
    case['py'] = py_src
    case['ts'] = ts_src
    try:
        ns = run_python(py_src)
    except Exception as e:  # noqa: BLE001
        exp = error_expect(e)
        if exp is None:
            return None
        case['defError'] = exp
        case['ops'] = []
        return case
    C = ns[d.cls]
    o = Ops(ns, d.cls)
    if issubclass(C, Flag):
        flag_ops(g, d, C, o)
    else:
        enum_ops(g, d, C, o)
    case['ops'] = o.ops
    return case


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--cases', type=int, default=DEFAULT_CASES)
    ap.add_argument('--out', default=os.path.join(HERE, 'corpus.json'))
    args = ap.parse_args()
    g = Gen(args.seed)
    cases = []
    seen = set()
    idx = 0
    attempts = 0
    while len(cases) < args.cases:
        attempts += 1
        if attempts > args.cases * 20:
            sys.exit('generator is producing too many duplicate cases')
        case = build_case(g, idx)
        if case is None:
            continue
        key = case['py']
        if key in seen and not case['ops']:
            continue  # the same definition error twice adds nothing
        seen.add(key)
        cases.append(case)
        idx += 1
    corpus = {
        'generator': 'test/differential/generate.py',
        'python': sys.version.split()[0],
        'seed': args.seed,
        'regenerate': 'npm run regen:differential',
        'cases': cases,
    }
    text = json.dumps(corpus, indent=None, separators=(',', ':'), ensure_ascii=False)
    # one case per line keeps diffs of a regenerated corpus readable
    text = text.replace(',{"id":', ',\n{"id":').replace('"cases":[{"id":', '"cases":[\n{"id":')
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(text + '\n')
    n_ops = sum(len(c['ops']) for c in cases)
    n_err = sum(1 for c in cases if 'defError' in c)
    print('wrote %s: %d cases (%d definition errors), %d operations, %d bytes'
          % (os.path.relpath(args.out), len(cases), n_err, n_ops, len(text)))


if __name__ == '__main__':
    main()
