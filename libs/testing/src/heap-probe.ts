import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Live heap of an app process after a full garbage collection, through the V8 inspector.
 * Resident memory alone says little over a short run: V8 lets the heap grow until a major
 * collection pays off, so RSS climbs under load even when nothing leaks. The apps of the
 * e2e and soak stacks start with `--inspect-port=127.0.0.1:0` (see INSPECT_ON_SIGNAL);
 * SIGUSR1 opens the inspector on a free port, which the process prints to its log.
 *
 * Node 20 has no WebSocket client and the platform depends on none, so this speaks the
 * few frames the DevTools protocol needs here (text, masked, one message at a time).
 */

/** NODE_OPTIONS for an app whose heap a test may probe: the inspector opens only on SIGUSR1, on loopback. */
export const INSPECT_ON_SIGNAL = '--inspect-port=127.0.0.1:0';

const LISTENING = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/g;

function inspectorUrl(logFile: string): string | undefined {
  if (!existsSync(logFile)) return undefined;
  const found = [...readFileSync(logFile, 'utf8').matchAll(LISTENING)];
  return found[found.length - 1]?.[1];
}

async function openInspector(pid: number, logFile: string): Promise<string> {
  let url = inspectorUrl(logFile);
  if (url !== undefined) return url;
  process.kill(pid, 'SIGUSR1');
  const deadline = Date.now() + 10_000;
  while ((url = inspectorUrl(logFile)) === undefined) {
    if (Date.now() > deadline) throw new Error(`process ${pid} opened no inspector (see ${logFile})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return url;
}

function connect(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const req = request(url.replace(/^ws:/, 'http:'), {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
      agent: false,
    });
    req.on('upgrade', (_res, socket) => resolve(socket));
    req.on('response', (res) => reject(new Error(`inspector refused the upgrade: HTTP ${res.statusCode}`)));
    req.on('error', reject);
    req.end();
  });
}

function frame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const mask = randomBytes(4);
  const head =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const body = Buffer.from(payload.map((b, i) => b ^ (mask[i % 4] as number)));
  return Buffer.concat([head, mask, body]);
}

/** Reads unmasked server text frames off the socket, one callback per message. */
function onMessages(socket: Socket, handle: (text: string) => void): void {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (buffered.length < 2) return;
      let length = (buffered[1] as number) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffered.length < 4) return;
        length = buffered.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffered.length < 10) return;
        length = Number(buffered.readBigUInt64BE(2));
        offset = 10;
      }
      if (buffered.length < offset + length) return;
      const opcode = (buffered[0] as number) & 0x0f;
      if (opcode === 1) handle(buffered.subarray(offset, offset + length).toString('utf8'));
      buffered = buffered.subarray(offset + length);
    }
  });
}

export interface HeapFigures {
  /** V8 heap in use after two full collections, bytes. */
  heapUsed: number;
  /** Resident set size right after them, bytes. */
  rss: number;
}

/** Collects garbage in process `pid` (whose output goes to `logFile`) and reads its memory. */
export async function heapAfterGc(pid: number, logFile: string): Promise<HeapFigures> {
  // Two specs may probe the same app at once; a refused session is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await probe(pid, logFile);
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

async function probe(pid: number, logFile: string): Promise<HeapFigures> {
  const socket = await connect(await openInspector(pid, logFile));
  const pending = new Map<number, (result: unknown) => void>();
  onMessages(socket, (text) => {
    const message = JSON.parse(text) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  let next = 0;
  const send = (method: string, params: Record<string, unknown> = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), 30_000);
      pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      socket.write(frame(JSON.stringify({ id, method, params })));
    });
  try {
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const evaluated = (await send('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: string } };
    const usage = JSON.parse(evaluated.result.value) as { heapUsed: number; rss: number };
    return { heapUsed: usage.heapUsed, rss: usage.rss };
  } finally {
    socket.destroy();
  }
}
