/**
 * `tsenum/drizzle` as a user gets it: by name through the export map, in CJS and ESM, using
 * the app's one tsenum (never a copy of its own), with drizzle-orm an optional peer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../harness/compile';

const require = createRequire(path.join(repoRoot, 'package.json'));
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const names = ['enumTypeName', 'pgEnumColumn', 'pgEnumOf', 'sqliteEnumColumn'];

it('loads by name in CJS and ESM with the same exports', async () => {
  const cjs = require('tsenum/drizzle');
  const esm = await import('tsenum/drizzle');
  expect(Object.keys(cjs).sort()).toEqual(names);
  expect(Object.keys(esm).sort()).toEqual(names);
});

it('imports tsenum by name: no runtime of its own in the bundle', () => {
  for (const file of ['dist/integrations/drizzle.js', 'dist/integrations/drizzle.cjs']) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(text).toMatch(/from "tsenum"|require\("tsenum"\)/);
    expect(text).not.toContain('_generate_next_value_');
  }
});

it('reads the StrEnum of the tsenum the app loaded (a native ENUM for it)', async () => {
  type Column = { config: { customTypeParams: { dataType(): string } } };
  const { StrEnum } = require('tsenum') as typeof import('tsenum');
  const { pgEnumColumn } = require('tsenum/drizzle') as typeof import('tsenum/drizzle');
  class Priority extends StrEnum {
    static readonly LOW = new Priority('low');
  }
  const cjsColumn = pgEnumColumn(Priority, 'p') as unknown as Column;
  expect(cjsColumn.config.customTypeParams.dataType()).toBe('priority');
  const esm = await import('tsenum');
  const esmDrizzle = await import('tsenum/drizzle');
  class Level extends esm.StrEnum {
    static readonly HIGH = new Level('high');
  }
  const column = esmDrizzle.pgEnumColumn(Level, 'l') as unknown as Column;
  expect(column.config.customTypeParams.dataType()).toBe('level');
});

it('declares drizzle-orm an optional peer dependency, never a dependency', () => {
  expect(pkg.peerDependencies['drizzle-orm']).toBeDefined();
  expect(pkg.peerDependenciesMeta['drizzle-orm']).toEqual({ optional: true });
  expect(pkg.dependencies?.['drizzle-orm']).toBeUndefined();
});
