/**
 * The same lookups in CPython 3.13, timed by `python3.13 -m timeit` in this run. `-v -v`
 * prints every repetition's raw time; the median of those is compared with the median of the
 * matching tsenum case (the tsenum loops carry their own loop and checksum overhead, as
 * timeit's loop carries Python's).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median } from './harness.mjs';

export const PYTHON = '/root/.pyenv/versions/3.13.0/bin/python3.13';

const SETUP = `
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag
class Color(Enum):
    RED = 1; ORANGE = 2; YELLOW = 3; GREEN = 4; BLUE = 5; INDIGO = 6; VIOLET = 7; BLACK = 8
class HttpStatus(IntEnum):
    CONTINUE = 100; OK = 200; CREATED = 201; NO_CONTENT = 204; MOVED = 301; NOT_FOUND = 404; TEAPOT = 418; ERROR = 500
class Mode(StrEnum):
    READ = 'read'; WRITE = 'write'; APPEND = 'append'; CREATE = 'create'; DELETE = 'delete'; LIST = 'list'; LOCK = 'lock'; ADMIN = 'admin'
class Perm(Flag):
    R = 1; W = 2; X = 4; S = 8
Wide = Flag('Wide', ['B%d' % i for i in range(24)])
m = Color.GREEN
a = Perm.R; b = Perm.W
wa = Wide.B20; wb = Wide.B3
names = ['M%d' % i for i in range(1000)]
`;

/** CPython statement per tsenum case id (one statement = one operation of that case). */
export const PYTHON_CASES = [
  { id: 'readConstValue', stmt: 'Color.RED.value' },
  { id: 'readValue', stmt: 'm.value' },
  { id: 'readName', stmt: 'm.name' },
  { id: 'ofSmall', stmt: 'Color(4)' },
  { id: 'ofSparse', stmt: 'HttpStatus(404)' },
  { id: 'ofString', stmt: "Mode('lock')" },
  { id: 'getName', stmt: "Color['GREEN']" },
  { id: 'iterForOf', stmt: 'for x in Color: x.value' },
  { id: 'orFlag', stmt: 'a | b' },
  { id: 'orWide', stmt: 'wa | wb' },
  { id: 'defineCreate', stmt: "Big = Enum('Big', names); Big(1000)", slow: true },
];

export function pythonAvailable() {
  return existsSync(PYTHON);
}

/** ns per operation for each case: the median of `repeat` repetitions of `number` loops. */
export function timePython(quick, log) {
  const results = new Map();
  for (const c of PYTHON_CASES) {
    const number = c.slow ? (quick ? 5 : 20) : quick ? 20000 : 200000;
    const repeat = quick ? 5 : 15;
    const run = spawnSync(
      PYTHON,
      ['-m', 'timeit', '-v', '-v', '-n', String(number), '-r', String(repeat), '-s', SETUP, c.stmt],
      { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } },
    );
    const raw = /raw times: (.*)/.exec(run.stdout ?? '');
    if (run.status !== 0 || !raw) {
      log(`  ! python ${c.stmt}: ${(run.stderr || run.stdout || '').trim().split('\n').pop()}`);
      continue;
    }
    const seconds = raw[1].split(',').map((part) => parseTime(part.trim()));
    results.set(c.id, { ns: (median(seconds) / number) * 1e9, stmt: c.stmt });
  }
  return results;
}

const UNITS = { nsec: 1e-9, usec: 1e-6, msec: 1e-3, sec: 1 };

function parseTime(text) {
  const m = /^([\d.e+-]+) (nsec|usec|msec|sec)$/.exec(text);
  if (!m) throw new Error(`cannot read timeit output: ${text}`);
  return Number(m[1]) * UNITS[m[2]];
}
