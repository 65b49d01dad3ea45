#!/usr/bin/env python3.13
"""Regenerates test/behaviour/expected/**.txt from the Python snippets in
test/behaviour/python/ by running them under CPython 3.13 (the reference).

    /root/.pyenv/versions/3.13.0/bin/python3.13 test/behaviour/regen.py [--check]

Layout (mirrors test/behaviour/cases/):
  python/shared/_setup_class.py, _setup_function.py   CPython's _EnumTests.setUp, per form
  python/shared/<case>.py      a shared test, run once per kind and form
                               (a `# kinds: Flag IntFlag` line restricts the kinds)
                               -> expected/shared/<case>.<Kind>.<form>.txt
  python/<group>/<case>.py     a standalone program -> expected/<group>/<case>.txt

Each program runs in a fresh namespace in this one process, with stdout captured.
--check exits 1 if any expected file would change (and writes nothing).
"""
import contextlib
import io
import os
import re
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
PYDIR = os.path.join(HERE, 'python')
EXPECTED = os.path.join(HERE, 'expected')
KINDS = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag']
FORMS = ['class', 'function']

sys.path.insert(0, PYDIR)

if sys.version_info[:2] != (3, 13):
    sys.exit('regen.py must run under CPython 3.13 (the reference), not %s' % sys.version.split()[0])


def run(source, filename):
    buf = io.StringIO()
    code = compile(source, filename, 'exec')
    namespace = {'__name__': '__case__'}
    with contextlib.redirect_stdout(buf):
        try:
            exec(code, namespace)
        except BaseException as e:  # a snippet must not die: report it like the TS runner does
            print('UNCAUGHT %s: %s' % (type(e).__name__, e))
            traceback.print_exc(file=sys.stderr)
    return buf.getvalue()


def kinds_of(source):
    m = re.search(r'^# kinds: (.*)$', source, re.M)
    return m.group(1).split() if m else KINDS


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def programs():
    """Yields (expected file relative path, python source, filename)."""
    for group in sorted(os.listdir(PYDIR)):
        gdir = os.path.join(PYDIR, group)
        if not os.path.isdir(gdir) or group.startswith(('_', '.')):
            continue
        if group == 'shared':
            setups = {form: read(os.path.join(gdir, '_setup_%s.py' % form)) for form in FORMS}
            for name in sorted(os.listdir(gdir)):
                if not name.endswith('.py') or name.startswith('_'):
                    continue
                body = read(os.path.join(gdir, name))
                for kind in kinds_of(body):
                    for form in FORMS:
                        setup = setups[form]
                        setup = re.sub(r'^K = \w+$', 'K = %s' % kind, setup, count=1, flags=re.M)
                        setup = re.sub(r"^KIND = '\w+'$", "KIND = '%s'" % kind, setup, count=1, flags=re.M)
                        case = name[:-3]
                        yield ('shared/%s.%s.%s.txt' % (case, kind, form), setup + '\n' + body,
                               os.path.join(gdir, name))
        else:
            for name in sorted(os.listdir(gdir)):
                if name.endswith('.py') and not name.startswith('_'):
                    yield ('%s/%s.txt' % (group, name[:-3]), read(os.path.join(gdir, name)),
                           os.path.join(gdir, name))


def main():
    check = '--check' in sys.argv
    changed = []
    wanted = set()
    for rel, source, filename in programs():
        wanted.add(rel)
        text = run(source, filename)
        path = os.path.join(EXPECTED, rel)
        old = read(path) if os.path.exists(path) else None
        if old != text:
            changed.append(rel)
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
    stale = []
    for root, _dirs, files in os.walk(EXPECTED):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), EXPECTED)
            if rel not in wanted:
                stale.append(rel)
                if not check:
                    os.remove(os.path.join(root, f))
    for rel in changed:
        print(('would change ' if check else 'wrote ') + rel)
    for rel in stale:
        print(('stale ' if check else 'removed ') + rel)
    print('%d programs, %d changed, %d stale' % (len(wanted), len(changed), len(stale)))
    if check and (changed or stale):
        sys.exit(1)


if __name__ == '__main__':
    main()
