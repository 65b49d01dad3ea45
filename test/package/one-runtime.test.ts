// One runtime per process (SPEC section 1): a CommonJS dependency that `require`s tsenum and an
// ESM app that `import`s it share one implementation, so their members are the same objects,
// `instanceof` holds across them, and an IntEnum from one side combines with an IntFlag from the
// other. Run in a fresh Node process (one spawn), as a user's app runs, not in vitest's module
// graph.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

// A CommonJS library (its own package, `require('tsenum')`) and an ESM app (`import`).
const LIBRARY = `
const { IntEnum, Enum } = require('tsenum');
class Status extends IntEnum {
  static OK = new Status(200);
  static NOT_FOUND = new Status(404);
}
class Color extends Enum {
  static RED = new Color(1);
}
module.exports = { Status, Color, cjs: require('tsenum') };
`;

const APP = `
import * as esm from 'tsenum';
import { Enum, IntEnum, IntFlag, Flag } from 'tsenum';
import lib from 'lib';
const { Status, Color, cjs } = lib;

class Bits extends IntFlag {
  static A = new Bits(1);
  static B = new Bits(2);
}
class Local extends Enum {
  static ONE = new Local(1);
}
const out = {
  sameExports: Object.keys(esm).every((k) => esm[k] === cjs[k]),
  sameEnum: cjs.Enum === Enum,
  sameIntFlag: cjs.IntFlag === IntFlag,
  instanceofEsm: Status.OK instanceof Enum && Status.OK instanceof IntEnum && Color.RED instanceof Enum,
  instanceofCjs: Local.ONE instanceof cjs.Enum && Bits.A instanceof cjs.Flag,
  hasMember: Status.has(Status.OK) && Status.has(200) && !Status.has(Local.ONE),
  hasAcross: Color.has(1) && Status.has(Local.ONE.value) === false,
  // An IntEnum of the CommonJS library is an int to the app's IntFlag, as in Python.
  orIntEnum: Bits.A.or(Status.OK).value,
  orBack: String(Bits.A.or(Status.OK)),
  ofAcross: Status.of(Status.NOT_FOUND) === Status.NOT_FOUND,
  flagNotEnum: !(Color.RED instanceof Flag),
};
console.log(JSON.stringify(out));
`;

describe('one runtime per process: require and import share it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsenum-one-runtime-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('identity, instanceof, has and IntEnum/IntFlag interplay across CJS and ESM', () => {
    const modules = join(dir, 'node_modules');
    const lib = join(modules, 'lib');
    execFileSync('mkdir', ['-p', lib]);
    symlinkSync(root, join(modules, 'tsenum'), 'dir');
    writeFileSync(join(lib, 'package.json'), '{"name":"lib","main":"index.js"}');
    writeFileSync(join(lib, 'index.js'), LIBRARY);
    writeFileSync(join(dir, 'app.mjs'), APP);
    const out = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'app.mjs')], { cwd: dir, encoding: 'utf8' }),
    );
    expect(out).toEqual({
      sameExports: true,
      sameEnum: true,
      sameIntFlag: true,
      instanceofEsm: true,
      instanceofCjs: true,
      hasMember: true,
      hasAcross: true,
      orIntEnum: 201,
      orBack: '201',
      ofAcross: true,
      flagNotEnum: true,
    });
  });
});
