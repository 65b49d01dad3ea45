/**
 * The text check before parsing (transformer/prefilter.ts): a file is parsed only when it
 * mentions tsenum or extends a name imported from a local file that leads to tsenum.
 */
import { describe, expect, it } from 'vitest';
import { mayUseTsenum } from '../../transformer/prefilter';

const files = new Map<string, string>([
  ['/app/kinds.ts', "export { StrEnum, auto } from 'tsenum';"],
  ['/app/barrel.ts', "export * from './kinds';"],
  ['/app/enums.ts', "import { Enum } from 'tsenum'; export class Color extends Enum {}"],
  ['/app/util.ts', 'export class Store {}'],
]);
const host = { readFile: (f: string) => files.get(f) };
const may = (text: string) => mayUseTsenum(host, '/app/main.ts', text);

describe('mayUseTsenum', () => {
  it('a file that mentions tsenum', () => {
    expect(may("import { Enum } from 'tsenum';")).toBe(true);
  });
  it('a base behind a barrel, two files away', () => {
    expect(may("import { StrEnum } from './barrel';\nclass Fruit extends StrEnum {}")).toBe(true);
  });
  it('a namespace import, and import =', () => {
    expect(may("import * as te from './kinds.js';\nclass P extends te.Flag {}")).toBe(true);
    expect(may("import te = require('./kinds');\nclass P extends te.Flag {}")).toBe(true);
  });
  it('a local class that extends an import, extended in turn', () => {
    expect(
      may("import { Color as C } from './enums';\nclass A extends C {}\nclass B extends A {}"),
    ).toBe(true);
  });
  it('an extends it cannot read as a name', () => {
    expect(may('class A extends (mixin as any) {}')).toBe(true);
  });
  it('classes that extend only local, global or unrelated names: not parsed', () => {
    expect(may("import { Color } from './enums';\nclass A {}\nclass B extends A {}")).toBe(false);
    expect(may('class E extends Error {}')).toBe(false);
    expect(may("import { Store } from './util';\nclass S extends Store {}")).toBe(false);
    expect(may("import { Thing } from 'some-package';\nclass S extends Thing {}")).toBe(false);
    expect(may('const x = 1;')).toBe(false);
  });
});
