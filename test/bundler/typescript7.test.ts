/**
 * A project whose `typescript` is TypeScript 7 (no compiler API, `{ version }` only): the
 * plugin fails the build with the one install line that adds TypeScript 6 beside it, instead
 * of passing with no checks (SPEC section 11).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPESCRIPT6_BESIDE_7 } from '../../src/problems';
import { repoRoot } from '../transformer/compile';
import { outRoot } from './builds';

const app = path.join(repoRoot, 'test/bundler/fixtures/app');

describe('TypeScript 7 only', () => {
  it("the project's typescript has no compiler API: the Vite build fails with the install line", async () => {
    // A project folder whose node_modules/typescript is TypeScript 7.
    const project = path.join(outRoot, 'ts7-project');
    rmSync(project, { recursive: true, force: true });
    mkdirSync(path.join(project, 'node_modules'), { recursive: true });
    symlinkSync(
      path.join(repoRoot, 'node_modules/typescript-7'),
      path.join(project, 'node_modules/typescript'),
    );
    writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n');
    const { build } = await import('vite');
    const tsenum = (await import('tsenum/vite')).default;
    const built = build({
      configFile: false,
      root: project,
      logLevel: 'silent',
      plugins: [tsenum()],
      build: { ssr: path.join(app, 'main.ts'), write: false },
    });
    await expect(built).rejects.toThrow(TYPESCRIPT6_BESIDE_7);
    await expect(built).rejects.toThrow(/tsenum\/vite: .*has no compiler API/);
  });

  it('a typescript option without the compiler API fails the esbuild build the same way', async () => {
    const esbuild = await import('esbuild');
    const tsenum = (await import('tsenum/esbuild')).default;
    const built = esbuild.build({
      entryPoints: [path.join(app, 'main.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      logLevel: 'silent',
      plugins: [tsenum({ typescript: { version: '7.0.2' } as never })],
    });
    await expect(built).rejects.toThrow(TYPESCRIPT6_BESIDE_7);
  });
});
