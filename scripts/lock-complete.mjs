#!/usr/bin/env node
// Makes package-lock.json acceptable to `npm ci` on these machines (`npm run lock:complete`).
//
// The registry reachable here serves only the linux builds of platform-specific packages (the
// optional dependencies of @biomejs/biome, @swc/core, rollup, ...): asking for a darwin or
// win32 build is a 404. So `npm install` writes a lock without them, and npm 11's `npm ci` then
// refuses that lock ("Missing: @biomejs/cli-darwin-x64@ from lock file"). This script adds an
// entry for every optional dependency the lock lacks: its pinned version plus the os / cpu /
// libc its name states, so npm skips it on every other platform without fetching it (as in a
// lock written with full registry access, minus the integrity npm cannot know here).
//
// `node scripts/lock-complete.mjs --check` only reports (exit 1 if entries are missing). Run the
// script after any `npm install` that rewrites the lock.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'package-lock.json');
const check = process.argv.includes('--check');

const OS = [
  'aix',
  'android',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
];
const CPU = ['arm', 'arm64', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'x64'];
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };
const ABI = ['eabi', 'msvc', ...Object.keys(LIBC)];

const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const missing = [];

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (findInstalled(path, name)) continue;
    const platform = platformOf(name);
    if (!platform) fail(`${name} (optional dependency of ${path}) does not name a platform`);
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) fail(`${name}@${version} is not pinned`);
    missing.push({
      path: `node_modules/${name}`,
      // Keys in the order npm writes them, so a later `npm install` leaves them be.
      entry: {
        version,
        cpu: platform.cpu,
        ...(entry.dev ? { dev: true } : {}),
        ...(platform.libc ? { libc: platform.libc } : {}),
        optional: true,
        os: platform.os,
      },
    });
  }
}

if (check) {
  for (const { path, entry } of missing)
    console.error(`missing from lock: ${path}@${entry.version}`);
  if (missing.length > 0) fail(`${missing.length} entries missing: run npm run lock:complete`);
  console.log('lock-complete: package-lock.json has every optional dependency');
  process.exit(0);
}

for (const { path, entry } of missing) packages[path] = entry;
const [rootEntry, ...rest] = Object.entries(packages);
lock.packages = Object.fromEntries([rootEntry, ...rest.sort(([a], [b]) => (a < b ? -1 : 1))]);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-complete: added ${missing.length} entries`);

/** Whether Node's lookup from the package at `path` finds `name` in the lock. */
function findInstalled(path, name) {
  let dir = path;
  for (;;) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/** `@scope/pkg-linux-x64-musl` -> { os: ['linux'], cpu: ['x64'], libc: ['musl'] }. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const abi = ABI.includes(parts.at(-1)) ? parts.pop() : undefined;
  const cpu = parts.pop();
  const os = parts.pop();
  if (!CPU.includes(cpu) || !(OS.includes(os) || os === 'linux')) return undefined;
  return { os: [os], cpu: [cpu], ...(abi && LIBC[abi] ? { libc: [LIBC[abi]] } : {}) };
}

function fail(message) {
  console.error(`lock-complete: ${message}`);
  process.exit(1);
}
