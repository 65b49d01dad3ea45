/**
 * A small tsserver client over stdio (the protocol VS Code speaks): requests are JSON lines,
 * answers and events come back framed by `Content-Length` headers. One server process per
 * TypeScript version serves every fixture project of a test file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerDiagnostic {
  readonly start: { readonly line: number; readonly offset: number };
  readonly end: { readonly line: number; readonly offset: number };
  readonly text: string;
  readonly code: number;
  readonly category: string;
  readonly source?: string;
}

interface Message {
  readonly type: 'response' | 'event';
  readonly request_seq?: number;
  readonly success?: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

export class TsServer {
  private readonly child: ChildProcess;
  private seq = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<
    number,
    { resolve: (m: Message) => void; reject: (e: Error) => void }
  >();
  private exited = false;

  constructor(
    tsserver: string,
    readonly logFile: string,
    env: Record<string, string> = {},
  ) {
    this.child = spawn(
      process.execPath,
      [
        tsserver,
        '--disableAutomaticTypingAcquisition',
        '--suppressDiagnosticEvents',
        '--logVerbosity',
        'verbose',
        '--logFile',
        logFile,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } },
    );
    this.child.stdout?.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      for (const { reject } of this.pending.values())
        reject(new Error(`tsserver exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const header = this.buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const match = /Content-Length: (\d+)/.exec(this.buffer.subarray(0, header).toString());
      if (!match) throw new Error(`tsserver: bad header ${this.buffer.toString()}`);
      const length = Number(match[1]);
      const start = header + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(
        this.buffer.subarray(start, start + length).toString('utf8'),
      ) as Message;
      this.buffer = this.buffer.subarray(start + length);
      if (message.type === 'response' && message.request_seq !== undefined) {
        const waiter = this.pending.get(message.request_seq);
        this.pending.delete(message.request_seq);
        waiter?.resolve(message);
      }
    }
  }

  /** Sends a request and waits for its answer (throws when tsserver says it failed). */
  async request<T = unknown>(command: string, args: unknown): Promise<T> {
    if (this.exited) throw new Error('tsserver is not running');
    const seq = ++this.seq;
    const answer = new Promise<Message>((resolve, reject) =>
      this.pending.set(seq, { resolve, reject }),
    );
    this.child.stdin?.write(
      `${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`,
    );
    const message = await answer;
    if (!message.success) throw new Error(`tsserver ${command}: ${message.message}`);
    return message.body as T;
  }

  open(file: string, content = readFileSync(file, 'utf8'), projectRootPath?: string) {
    return this.request('updateOpen', {
      openFiles: [{ file, fileContent: content, projectRootPath }],
    });
  }

  /** Replaces the whole text of an open file, as an editor's edit does. */
  replace(file: string, oldText: string, newText: string) {
    const lines = oldText.split('\n');
    const last = lines.at(-1) ?? '';
    return this.request('updateOpen', {
      changedFiles: [
        {
          fileName: file,
          textChanges: [
            {
              start: { line: 1, offset: 1 },
              end: { line: lines.length, offset: last.length + 1 },
              newText,
            },
          ],
        },
      ],
    });
  }

  close(file: string) {
    return this.request('updateOpen', { closedFiles: [file] });
  }

  semantic(file: string): Promise<ServerDiagnostic[]> {
    return this.request('semanticDiagnosticsSync', { file });
  }

  syntactic(file: string): Promise<ServerDiagnostic[]> {
    return this.request('syntacticDiagnosticsSync', { file });
  }

  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  async exit(): Promise<void> {
    if (this.exited) return;
    const done = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin?.write(
      `${JSON.stringify({ seq: ++this.seq, type: 'request', command: 'exit' })}\n`,
    );
    const timer = setTimeout(() => this.child.kill(), 5000);
    await done;
    clearTimeout(timer);
  }
}
