import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@app/stack';
import {
  flag,
  gitCommit,
  isMain,
  log,
  median,
  numberFlag,
  onCleanup,
  printJson,
  printTable,
  removeDir,
  ROOT,
  round,
  runBench,
  sleep,
  tempDir,
} from './common.js';

/**
 * `npm start` start-up time: cold (fresh empty DATA_DIR: initdb, migrations, demo seed,
 * both subgraphs and the gateway ready) and warm (the same DATA_DIR again), then Ctrl-C
 * (SIGINT to the start process) and the time until it has stopped everything and exited.
 * Runs alternate cold/warm so host noise spreads over both.
 *
 * Ctrl-C in a terminal sends SIGINT to the whole foreground process group (start.js, the
 * three apps and PostgreSQL), which is what `--signal-to group` (default) does; with
 * `--signal-to process` only start.js gets it (like `kill -INT <pid>` or a process
 * manager). Either way the stop counts as clean only when start.js exits 0 after printing
 * `stopped`, no process of its group is left, and PostgreSQL removed its pid file.
 *
 * node dist/bench/start-time.js [--runs 3] [--signal-to group|process] [--start-timeout 240] [--stop-timeout 60]
 */

/** Live (non-zombie) processes whose process group is `pgid`, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...; comm may contain spaces, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // the process went away while we looked
    }
  }
  return members;
}

interface StartRun {
  kind: 'cold' | 'warm';
  run: number;
  /** Spawn of `node dist/scripts/start.js` until its stdout says `ready in`. */
  readySeconds: number;
  /** Seconds spent in each start step: postgres, database, migrations, seed, subgraphs, gateway. */
  phases: Record<string, number>;
  /** What start.js itself printed (`ready in X s`, measured inside the process). */
  reportedSeconds: number | null;
  /** SIGINT until start.js exited. */
  stopSeconds: number;
  /** SIGINT until no process of the group is left (null: some were still there at the deadline). */
  allGoneSeconds: number | null;
  /** Processes of the group still alive when start.js had exited (killed by the benchmark). */
  leftovers: number;
  exitCode: number | null;
  cleanStop: boolean;
}

type SignalTarget = 'group' | 'process';

async function startOnce(
  kind: 'cold' | 'warm',
  run: number,
  dataDir: string,
  signalTo: SignalTarget,
  startTimeoutMs: number,
  stopTimeoutMs: number,
): Promise<StartRun> {
  const ports = { GATEWAY_PORT: await freePort(), VALUATION_PORT: await freePort(), REGISTRY_PORT: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports.GATEWAY_PORT),
    VALUATION_PORT: String(ports.VALUATION_PORT),
    REGISTRY_PORT: String(ports.REGISTRY_PORT),
    EMBEDDED_PG_PORT: '0',
    SEED_DEMO: 'true',
    LOG_TO_CONSOLE: 'false',
  };
  delete env['DATABASE_URL'];
  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  // Own process group, so a start that hangs can be killed with everything it spawned.
  const child = spawn(process.execPath, [join(ROOT, 'dist/scripts/start.js')], {
    env,
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid as number;
  let out = '';
  let exitCode: number | null = null;
  let exitedAt = 0;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal === null ? 1 : 128);
      exitedAt = seconds();
      resolve();
    });
  });
  const killGroup = (): void => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  onCleanup(() => {
    if (exitCode === null) killGroup();
  });

  let readySeconds = 0;
  let stdout = '';
  const steps: Record<string, number> = {};
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      stdout += chunk.toString('utf8');
      // start.js announces each step as "- <step>"; note when each one began.
      for (const match of stdout.matchAll(/^- ([a-z][a-z ]*)$/gm)) {
        const name = match[1] as string;
        if (!(name in steps)) steps[name] = seconds();
      }
      if (readySeconds === 0 && /ready in /.test(out)) {
        readySeconds = seconds();
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    void exited.then(() => reject(new Error(`start exited with ${exitCode} before ready:\n${out.slice(-3000)}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`not ready after ${startTimeoutMs} ms:\n${out.slice(-3000)}`)),
          startTimeoutMs,
        );
      }),
    ]);
  } catch (error) {
    killGroup();
    await exited;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const reported = /ready in ([\d.]+) s/.exec(out);
  // Each phase lasts from its "- step" line to the next one; PostgreSQL is everything before "- database".
  const marks: [string, number][] = [['postgres', 0], ...Object.entries(steps).sort((a, b) => a[1] - b[1])];
  const phases: Record<string, number> = {};
  marks.forEach(([name, at], i) => {
    phases[name] = round((marks[i + 1]?.[1] ?? readySeconds) - at, 2);
  });

  // The gateway must really answer before we call it ready (start.js prints after it is).
  const health = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/health/ready`, {
    signal: AbortSignal.timeout(5000),
  });
  if (health.status !== 200) throw new Error(`gateway not ready after "ready in": HTTP ${health.status}`);

  const stopStarted = seconds();
  if (signalTo === 'group') process.kill(-pid, 'SIGINT');
  else child.kill('SIGINT');
  let killed = false;
  const stopTimer = setTimeout(() => {
    killed = true;
    killGroup();
  }, stopTimeoutMs);
  await exited;
  clearTimeout(stopTimer);
  const stopSeconds = exitedAt - stopStarted;
  const leftovers = groupMembers(pid).length;
  // Wait (bounded) for the rest of the group: apps and PostgreSQL finishing their own shutdown.
  let allGoneSeconds: number | null = null;
  const goneDeadline = Date.now() + stopTimeoutMs;
  while (Date.now() < goneDeadline) {
    if (groupMembers(pid).length === 0) {
      allGoneSeconds = seconds() - stopStarted;
      break;
    }
    await sleep(50);
  }
  if (allGoneSeconds === null) {
    log(
      `  processes of group ${pid} still alive ${stopTimeoutMs} ms after SIGINT: ${groupMembers(pid).join(', ')}; killing them`,
    );
    killGroup();
  }
  // A clean stop leaves no process and no postmaster behind (its pid file goes with it).
  const cleanStop =
    !killed &&
    exitCode === 0 &&
    /stopped/.test(out) &&
    leftovers === 0 &&
    !existsSync(join(dataDir, 'postgres', 'postmaster.pid'));
  return {
    kind,
    run,
    readySeconds: round(readySeconds, 2),
    phases,
    reportedSeconds: reported?.[1] === undefined ? null : Number(reported[1]),
    stopSeconds: round(stopSeconds, 2),
    allGoneSeconds: allGoneSeconds === null ? null : round(allGoneSeconds, 2),
    leftovers,
    exitCode,
    cleanStop,
  };
}

export async function runStartTime(): Promise<Record<string, unknown>> {
  const runs = numberFlag('runs', 3, 1, 10);
  const startTimeoutMs = numberFlag('start-timeout', 240, 10, 900) * 1000;
  const stopTimeoutMs = numberFlag('stop-timeout', 60, 5, 300) * 1000;
  const signalTo = flag('signal-to', 'group');
  if (signalTo !== 'group' && signalTo !== 'process') throw new Error('--signal-to must be group or process');
  const results: StartRun[] = [];
  for (let run = 1; run <= runs; run++) {
    const dir = tempDir('start');
    onCleanup(() => removeDir(dir));
    log(`run ${run}/${runs}: cold start in ${dir}`);
    const cold = await startOnce('cold', run, dir, signalTo, startTimeoutMs, stopTimeoutMs);
    log(`  cold ready ${cold.readySeconds} s, stop ${cold.stopSeconds} s`);
    results.push(cold);
    log(`run ${run}/${runs}: warm start, same DATA_DIR`);
    const warm = await startOnce('warm', run, dir, signalTo, startTimeoutMs, stopTimeoutMs);
    log(`  warm ready ${warm.readySeconds} s, stop ${warm.stopSeconds} s`);
    results.push(warm);
    removeDir(dir);
  }

  const summary = (kind: 'cold' | 'warm') => {
    const rs = results.filter((r) => r.kind === kind);
    return {
      readyMedian: round(median(rs.map((r) => r.readySeconds)), 2),
      readyMin: round(Math.min(...rs.map((r) => r.readySeconds)), 2),
      readyMax: round(Math.max(...rs.map((r) => r.readySeconds)), 2),
      stopMedian: round(median(rs.map((r) => r.stopSeconds)), 2),
      stopMax: round(Math.max(...rs.map((r) => r.stopSeconds)), 2),
      allGoneMedian: rs.every((r) => r.allGoneSeconds !== null)
        ? round(median(rs.map((r) => r.allGoneSeconds as number)), 2)
        : null,
      allClean: rs.every((r) => r.cleanStop),
    };
  };
  const cold = summary('cold');
  const warm = summary('warm');

  printTable(
    `npm start (node dist/scripts/start.js): ${runs} cold + ${runs} warm runs, SIGINT to the ${signalTo}`,
    ['run', 'ready s', 'start.js says s', 'stop s', 'all gone s', 'left over', 'exit', 'clean stop'],
    results.map((r) => [
      `${r.kind} #${r.run}`,
      r.readySeconds,
      r.reportedSeconds ?? '-',
      r.stopSeconds,
      r.allGoneSeconds ?? 'timeout',
      r.leftovers,
      r.exitCode ?? '-',
      r.cleanStop ? 'yes' : 'NO',
    ]),
  );
  printTable(
    'Summary (seconds)',
    ['', 'ready median', 'ready min', 'ready max', 'stop median', 'stop max', 'all gone median', 'all clean'],
    [
      [
        'cold',
        cold.readyMedian,
        cold.readyMin,
        cold.readyMax,
        cold.stopMedian,
        cold.stopMax,
        cold.allGoneMedian ?? '-',
        cold.allClean ? 'yes' : 'NO',
      ],
      [
        'warm',
        warm.readyMedian,
        warm.readyMin,
        warm.readyMax,
        warm.stopMedian,
        warm.stopMax,
        warm.allGoneMedian ?? '-',
        warm.allClean ? 'yes' : 'NO',
      ],
    ],
  );
  const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.phases)))];
  const phaseMedian = (kind: 'cold' | 'warm', name: string): number | string => {
    const values = results
      .filter((r) => r.kind === kind && r.phases[name] !== undefined)
      .map((r) => r.phases[name] as number);
    return values.length === 0 ? '-' : round(median(values), 2);
  };
  printTable(
    'Where the start time goes (median seconds per step, as announced by start.js)',
    ['step', 'cold', 'warm'],
    phaseNames.map((name) => [name, phaseMedian('cold', name), phaseMedian('warm', name)]),
  );
  // An unclean stop is a defect of `npm start`, not of the measurement: say so and exit 1.
  const problems = results
    .filter((r) => !r.cleanStop)
    .map((r) => {
      const why: string[] = [];
      if (r.exitCode !== 0)
        why.push(
          `exit code ${r.exitCode}${r.exitCode === 130 ? ' (process.exit(130) from a SIGINT exit hook, before start.js printed "stopped")' : ''}`,
        );
      if (r.leftovers > 0) why.push(`${r.leftovers} process(es) of its group still running after it exited`);
      if (r.allGoneSeconds === null) why.push('group not empty at the stop deadline');
      return `${r.kind} #${r.run}: ${why.length > 0 ? why.join('; ') : 'no "stopped" line or a postmaster.pid left behind'}`;
    });
  if (problems.length > 0) {
    process.stdout.write(`\nPROBLEMS:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
  const payload = {
    commit: gitCommit(),
    settings: { runs, signalTo },
    runs: results,
    cold,
    warm,
    warmOverCold: round(warm.readyMedian / cold.readyMedian, 2),
    problems,
  };
  printJson('start-time', payload);
  return payload;
}

if (isMain(import.meta.url)) runBench(async () => void (await runStartTime()));
