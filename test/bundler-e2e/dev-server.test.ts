/**
 * Vite's dev server shows a definition error in its overlay (SPEC section 11): a Vite 8 dev
 * server with tsenum/vite on 127.0.0.1, port 0, serves test/bundler-e2e/fixtures/dev/; a
 * WebSocket client on the HMR channel (as the browser's client is) receives the `error`
 * payload when a module with a duplicate value under `@unique` is requested. The overlay shows
 * exactly that payload's `err` (message, plugin, id, loc, frame).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlugin, pluginsAvailable, repoRoot } from './builds';
import { connectHmr, type HmrClient } from './hmr-client';

const devDir = path.join(repoRoot, 'test/bundler-e2e/fixtures/dev');
const available = pluginsAvailable();

describe.skipIf(!available)('Vite dev server overlay', () => {
  let server: import('vite').ViteDevServer | undefined;
  let client: HmrClient | undefined;
  let base = '';

  beforeAll(async () => {
    const { createServer } = await import('vite');
    server = await createServer({
      configFile: false,
      root: devDir,
      logLevel: 'silent',
      clearScreen: false,
      server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [await loadPlugin('vite-app')],
    });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    client = await connectHmr('127.0.0.1', port, `/?token=${server.config.webSocketToken}`);
    await client.next('connected');
  }, 60_000);

  afterAll(async () => {
    client?.close();
    await server?.close();
  });

  it('serves a correct module (the plugin rewrites it, no error)', async () => {
    const res = await fetch(`${base}/fine.ts`);
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('@unique');
  });

  it('sends the definition error to the overlay: code, words, file, line and column', async () => {
    const res = await fetch(`${base}/mistake.ts`);
    expect(res.status).toBe(500);
    const { err } = (await client!.next('error')) as {
      err: { message: string; plugin?: string; id?: string; loc?: Record<string, unknown> };
    };
    expect(err.plugin).toMatch(/tsenum/);
    expect(err.message).toContain("duplicate values found in <enum 'Mistake'>: FOUR -> THREE");
    expect(err.message).toMatch(/TS24008|24008/);
    expect(err.id).toBe(path.join(devDir, 'mistake.ts'));
    // Rollup's convention, which the overlay prints as file:line:column: 1-based line, 0-based column.
    expect(err.loc).toMatchObject({ file: path.join(devDir, 'mistake.ts'), line: 8, column: 18 });
  });
});

if (!available) {
  it.skip('tsenum/vite is not built: the dev server overlay test is skipped', () => {});
}
