import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  exitCode(): number | null;
  output(): string;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

const TAIL_BYTES = 8192;

/**
 * Spawns `node <script> ...args` with the given environment. Output goes to a log file
 * (or the parent's terminal); the last few KiB are kept so a failed start can say why.
 */
export function spawnNode(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile?: string,
  inheritOutput = false,
): RunningProcess {
  const child = spawn(process.execPath, [script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  let code: number | null = null;
  const sink = logFile === undefined ? undefined : createWriteStream(logFile, { flags: 'a' });
  const onData = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
    sink?.write(chunk);
    if (inheritOutput) process.stdout.write(chunk);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (c, signal) => {
      code = c ?? (signal === null ? 1 : 128);
      sink?.end();
      resolve();
    });
  });
  return {
    name,
    child,
    exitCode: () => code,
    output: () => tail,
    async stop(signal = 'SIGTERM', timeoutMs = 10000) {
      if (code !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a node script to completion; rejects with its output when it fails. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, echo = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      if (echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${out.slice(-4000)}`));
    });
  });
}
