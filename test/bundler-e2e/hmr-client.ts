/**
 * A minimal WebSocket client for Vite's HMR channel (Node 20 has no global WebSocket without
 * a flag, and Vite bundles its `ws`): the upgrade handshake with the `vite-hmr` protocol and
 * the server's unmasked text frames, each parsed as one JSON payload. Enough to read what the
 * browser's error overlay receives; it sends nothing but the handshake and the final close.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';

export interface HmrClient {
  /** Resolves with the first payload of the given type received from now on (or already). */
  next(type: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): void;
}

export function connectHmr(host: string, port: number, path: string): Promise<HmrClient> {
  return new Promise((resolve, reject) => {
    const req = request({
      host,
      port,
      path,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Protocol': 'vite-hmr',
      },
    });
    req.on('error', reject);
    req.on('response', (res) => reject(new Error(`no upgrade: HTTP ${res.statusCode}`)));
    req.on('upgrade', (_res, socket: Socket, head: Buffer) => {
      const payloads: Record<string, unknown>[] = [];
      const waiters: { type: string; done: (p: Record<string, unknown>) => void }[] = [];
      let buffer = head;
      const deliver = (payload: Record<string, unknown>) => {
        payloads.push(payload);
        for (const w of waiters.splice(0)) {
          if (payload.type === w.type) w.done(payload);
          else waiters.push(w);
        }
      };
      const drain = () => {
        for (;;) {
          const frame = readFrame(buffer);
          if (!frame) break;
          buffer = buffer.subarray(frame.size);
          if (frame.opcode === 1) deliver(JSON.parse(frame.data.toString('utf8')));
        }
      };
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        drain();
      });
      // The server may reset the connection while it closes: nothing to report then.
      socket.on('error', () => {});
      // The first frames can arrive with the upgrade response itself.
      drain();
      resolve({
        next(type, timeoutMs = 10_000) {
          const seen = payloads.find((p) => p.type === type);
          if (seen) return Promise.resolve(seen);
          return new Promise((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`no '${type}' HMR payload within ${timeoutMs} ms`)),
              timeoutMs,
            );
            waiters.push({
              type,
              done: (p) => {
                clearTimeout(timer);
                done(p);
              },
            });
          });
        },
        close() {
          // A masked close frame (clients must mask), then end the socket.
          socket.end(Buffer.from([0x88, 0x80, 0, 0, 0, 0]));
        },
      });
    });
    req.end();
  });
}

/** One complete unmasked, unfragmented frame at the start of `buf`, or undefined. */
function readFrame(buf: Buffer): { opcode: number; data: Buffer; size: number } | undefined {
  if (buf.length < 2) return undefined;
  const opcode = buf[0]! & 0x0f;
  let length = buf[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buf.length < 4) return undefined;
    length = buf.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buf.length < 10) return undefined;
    length = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  if (buf.length < offset + length) return undefined;
  return { opcode, data: buf.subarray(offset, offset + length), size: offset + length };
}
