import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { issueUserToken, signGatewayIdentity, GATEWAY_IDENTITY_HEADER } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { demoIdentity, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import { freePort, spawnNode, waitForHttp, type RunningProcess } from '@app/stack';
import {
  flag,
  gitCommit,
  isMain,
  log,
  numberFlag,
  onCleanup,
  printJson,
  printTable,
  ROOT,
  round,
  runBench,
  startBenchPlatform,
  sleep,
  withTimeout,
} from './common.js';

/**
 * Gateway overhead: the same query straight to the pledge-registry subgraph, through our
 * gateway (Hive Gateway runtime in Nest) and through an Apollo Gateway candidate, plus a
 * federated query (registry + valuation) through both gateways. One run, same machine,
 * so the ratios are what to read; absolute req/s depend on the (shared, 2-core) host.
 *
 * Besides req/s and latency, each target reports the CPU time every process spent per
 * request (from /proc/<pid>/stat), which says where the time goes on a 2-core host where
 * load generator, gateway, subgraphs and PostgreSQL all compete. A diagnostic target runs
 * a second copy of our gateway with LOG_LEVEL=warn (no per-request log line), to show
 * what the request log costs.
 *
 * node dist/bench/gateway-overhead.js [--connections 10] [--duration 10] [--warmup 3] [--rounds 1] [--diagnostics true]
 */

const SIMPLE_QUERY = '{ ipAssets(first: 5) { edges { node { number title } } } }';
const FEDERATED_QUERY =
  '{ ipAssets(first: 5) { edges { node { number title latestValuation { value { amount currency } } } } } }';

interface Target {
  key: string;
  label: string;
  url: string;
  query: string;
  /** Headers for one measured run; the direct target's identity header expires after 60 s. */
  headers: () => Promise<Record<string, string>>;
}

/** Processes whose CPU time is accounted per request. */
interface CpuProcess {
  name: string;
  pid: number;
  /** Include the CPU of its children (PostgreSQL backends). */
  withChildren: boolean;
}

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2000 }).trim()) || 100;
} catch {
  clockTicks = 100;
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU milliseconds used so far: utime+stime (+ live children, + reaped children's cutime/cstime). */
function cpuMs(proc: CpuProcess): number {
  const own = statFields(proc.pid);
  if (own === null) return 0;
  // Fields after "(comm) ": state=0, ..., utime=11, stime=12, cutime=13, cstime=14.
  let ticks = Number(own[11]) + Number(own[12]);
  if (proc.withChildren) {
    ticks += Number(own[13]) + Number(own[14]);
    for (const child of childrenOf(proc.pid)) {
      const f = statFields(child);
      if (f !== null) ticks += Number(f[11]) + Number(f[12]);
    }
  }
  return (ticks * 1000) / clockTicks;
}

export interface LoadFigures {
  key: string;
  label: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  avgMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** CPU milliseconds per request, per process, over the measured window (warm-up excluded). */
  cpuMsPerRequest: Record<string, number>;
}

async function postJson(url: string, headers: Record<string, string>, query: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10000),
  });
  const body = (await response.json()) as unknown;
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** The answer must be real data (5 assets, no errors), not a fast error page. */
async function checkAnswer(target: Target, headers: Record<string, string>): Promise<void> {
  const body = (await postJson(target.url, headers, target.query)) as {
    data?: {
      ipAssets?: { edges?: { node: { number?: string; latestValuation?: { value?: { amount?: string } } | null } }[] };
    };
    errors?: unknown;
  };
  const edges = body.data?.ipAssets?.edges ?? [];
  if (body.errors !== undefined || edges.length !== 5 || edges.some((e) => typeof e.node.number !== 'string')) {
    throw new Error(`${target.label}: unexpected answer ${JSON.stringify(body).slice(0, 500)}`);
  }
  if (
    target.query === FEDERATED_QUERY &&
    !edges.some((e) => typeof e.node.latestValuation?.value?.amount === 'string')
  ) {
    throw new Error(`${target.label}: federated answer has no valuation: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

async function load(
  target: Target,
  headers: Record<string, string>,
  connections: number,
  duration: number,
): Promise<Result> {
  const instance = autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: target.query }),
    connections,
    duration,
    timeout: 10,
  });
  try {
    return await withTimeout(Promise.resolve(instance), (duration + 30) * 1000, `autocannon ${target.key}`);
  } catch (error) {
    instance.stop();
    throw error;
  }
}

async function measure(
  target: Target,
  connections: number,
  duration: number,
  warmup: number,
  processes: readonly CpuProcess[],
): Promise<LoadFigures> {
  const headers = await target.headers();
  await checkAnswer(target, headers);
  log(`${target.label}: ${warmup} s warm-up + ${duration} s, ${connections} connections`);
  if (warmup > 0) await load(target, headers, connections, warmup);
  const cpuBefore = processes.map(cpuMs);
  const selfBefore = process.cpuUsage();
  const result = await load(target, headers, connections, duration);
  const self = process.cpuUsage(selfBefore);
  const cpuMsPerRequest: Record<string, number> = {};
  const requests = Math.max(result.requests.total, 1);
  processes.forEach((p, i) => {
    cpuMsPerRequest[p.name] = round((cpuMs(p) - (cpuBefore[i] ?? 0)) / requests, 2);
  });
  cpuMsPerRequest['load generator'] = round((self.user + self.system) / 1000 / requests, 2);
  await checkAnswer(target, headers);
  return {
    key: target.key,
    label: target.label,
    reqPerSec: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    avgMs: round(result.latency.average, 2),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMsPerRequest,
  };
}

async function waitForGraphql(url: string, timeoutMs: number, proc: RunningProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const code = proc.exitCode();
    if (code !== null) throw new Error(`${proc.name} exited with ${code}:\n${proc.output()}`);
    try {
      await postJson(url, {}, '{ __typename }');
      return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

export async function runGatewayOverhead(): Promise<Record<string, unknown>> {
  const connections = numberFlag('connections', 10, 1, 200);
  const duration = numberFlag('duration', 10, 1, 120);
  const warmup = numberFlag('warmup', 3, 0, 60);
  const rounds = numberFlag('rounds', 1, 1, 5);
  const diagnostics = flag('diagnostics', 'true') === 'true';

  const secrets = { GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET, JWT_SECRET: DEV_JWT_SECRET };
  const { dir, platform } = await startBenchPlatform('gateway');

  const apolloPort = await freePort();
  const apollo = spawnNode(
    'apollo-gateway',
    join(ROOT, 'dist/bench/apollo-gateway.js'),
    [],
    {
      ...process.env,
      ...secrets,
      NODE_ENV: 'development',
      APOLLO_KEY: '',
      APOLLO_BENCH_PORT: String(apolloPort),
      REGISTRY_URL: platform.urls['pledge-registry'],
      VALUATION_URL: platform.urls.valuation,
    },
    join(dir, 'logs', 'apollo-gateway.log'),
  );
  onCleanup(() => apollo.stop());
  const apolloUrl = `http://127.0.0.1:${apolloPort}/graphql`;
  await waitForGraphql(apolloUrl, 60000, apollo);

  // Diagnostic: a second copy of our gateway without the per-request log line.
  let quietGatewayUrl: string | null = null;
  let quietGateway: RunningProcess | null = null;
  let bareHiveUrl: string | null = null;
  let bareHive: RunningProcess | null = null;
  if (diagnostics) {
    const port = await freePort();
    const quiet = spawnNode(
      'gateway-quiet',
      join(ROOT, 'dist/apps/gateway/src/main.js'),
      [],
      {
        ...process.env,
        ...secrets,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        GATEWAY_PORT: String(port),
        REGISTRY_URL: platform.urls['pledge-registry'],
        VALUATION_URL: platform.urls.valuation,
      },
      join(dir, 'logs', 'gateway-quiet.log'),
    );
    onCleanup(() => quiet.stop());
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 60000, () =>
      quiet.exitCode() === null ? null : `quiet gateway exited:\n${quiet.output()}`,
    );
    quietGatewayUrl = `http://127.0.0.1:${port}/graphql`;
    quietGateway = quiet;

    const barePort = await freePort();
    const bare = spawnNode(
      'hive-bare',
      join(ROOT, 'dist/bench/hive-bare-gateway.js'),
      [],
      {
        ...process.env,
        ...secrets,
        NODE_ENV: 'development',
        HIVE_BENCH_PORT: String(barePort),
        REGISTRY_URL: platform.urls['pledge-registry'],
        VALUATION_URL: platform.urls.valuation,
      },
      join(dir, 'logs', 'hive-bare.log'),
    );
    onCleanup(() => bare.stop());
    bareHiveUrl = `http://127.0.0.1:${barePort}/graphql`;
    await waitForGraphql(bareHiveUrl, 60000, bare);
    bareHive = bare;
  }

  const postmaster = childrenOf(process.pid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
  const pidOf = (p: RunningProcess): number => p.child.pid as number;
  const cpuProcesses: CpuProcess[] = [
    { name: 'gateway', pid: pidOf(platform.processes.gateway), withChildren: false },
    ...(quietGateway === null ? [] : [{ name: 'gateway (quiet)', pid: pidOf(quietGateway), withChildren: false }]),
    ...(bareHive === null ? [] : [{ name: 'hive (bare)', pid: pidOf(bareHive), withChildren: false }]),
    { name: 'apollo', pid: pidOf(apollo), withChildren: false },
    { name: 'registry', pid: pidOf(platform.processes['pledge-registry']), withChildren: false },
    { name: 'valuation', pid: pidOf(platform.processes.valuation), withChildren: false },
    ...(postmaster === undefined ? [] : [{ name: 'postgres', pid: postmaster, withChildren: true }]),
  ];

  const identity = demoIdentity('sme');
  const bearer = await issueUserToken(identity, DEV_JWT_SECRET, LOCAL_TOKEN_ISSUER, LOCAL_TOKEN_AUDIENCE);
  const viaGateway = (): Promise<Record<string, string>> => Promise.resolve({ authorization: `Bearer ${bearer}` });
  const direct = async (): Promise<Record<string, string>> => ({
    [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(identity, DEV_GATEWAY_SHARED_SECRET),
  });

  const targets: Target[] = [
    {
      key: 'direct',
      label: '(a) direct to pledge-registry',
      url: platform.urls['pledge-registry'],
      query: SIMPLE_QUERY,
      headers: direct,
    },
    {
      key: 'hive',
      label: '(b) Hive Gateway (ours)',
      url: platform.urls.gateway,
      query: SIMPLE_QUERY,
      headers: viaGateway,
    },
    { key: 'apollo', label: '(c) Apollo Gateway candidate', url: apolloUrl, query: SIMPLE_QUERY, headers: viaGateway },
    ...(quietGatewayUrl === null
      ? []
      : [
          {
            key: 'hiveQuiet',
            label: '(diag) Hive Gateway, LOG_LEVEL=warn',
            url: quietGatewayUrl,
            query: SIMPLE_QUERY,
            headers: viaGateway,
          },
        ]),
    ...(bareHiveUrl === null
      ? []
      : [
          {
            key: 'hiveBare',
            label: '(diag) Hive runtime on bare node:http',
            url: bareHiveUrl,
            query: SIMPLE_QUERY,
            headers: viaGateway,
          },
        ]),
    {
      key: 'hiveFederated',
      label: '(d) federated, Hive Gateway',
      url: platform.urls.gateway,
      query: FEDERATED_QUERY,
      headers: viaGateway,
    },
    {
      key: 'apolloFederated',
      label: '(d) federated, Apollo Gateway',
      url: apolloUrl,
      query: FEDERATED_QUERY,
      headers: viaGateway,
    },
  ];

  const all: LoadFigures[][] = targets.map(() => []);
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const [i, target] of targets.entries())
      all[i]?.push(await measure(target, connections, duration, warmup, cpuProcesses));
  }
  // With several rounds, keep the round with the median req/s per target.
  const figures = all.map((runs) => {
    const sorted = [...runs].sort((x, y) => x.reqPerSec - y.reqPerSec);
    return sorted[Math.floor(sorted.length / 2)] as LoadFigures;
  });
  const by = (key: string): LoadFigures => figures.find((f) => f.key === key) as LoadFigures;
  const ratio = (a: string, b: string): number => round(by(a).reqPerSec / by(b).reqPerSec, 2);
  const has = (key: string): boolean => figures.some((f) => f.key === key);
  const ratios = {
    hiveOverDirect: ratio('hive', 'direct'),
    apolloOverDirect: ratio('apollo', 'direct'),
    hiveOverApollo: ratio('hive', 'apollo'),
    hiveOverApolloFederated: ratio('hiveFederated', 'apolloFederated'),
    federatedOverSimpleHive: ratio('hiveFederated', 'hive'),
    federatedOverSimpleApollo: ratio('apolloFederated', 'apollo'),
    ...(has('hiveQuiet')
      ? { hiveQuietOverDirect: ratio('hiveQuiet', 'direct'), hiveQuietOverHive: ratio('hiveQuiet', 'hive') }
      : {}),
    ...(has('hiveBare')
      ? { hiveBareOverDirect: ratio('hiveBare', 'direct'), hiveBareOverApollo: ratio('hiveBare', 'apollo') }
      : {}),
  };
  const goal = { metric: 'hiveOverDirect', target: 0.5, met: ratios.hiveOverDirect >= 0.5 };
  // Noise-resistant view: the throughput ratio if every target were CPU bound on this host
  // (total CPU ms per request, all processes), independent of what else ran at the time.
  const cpuTotal = (f: LoadFigures): number => Object.values(f.cpuMsPerRequest).reduce((a, b) => a + b, 0);
  const cpuRatio = (a: string, b: string): number => round(cpuTotal(by(b)) / cpuTotal(by(a)), 2);
  const cpuRatios = {
    hiveOverDirect: cpuRatio('hive', 'direct'),
    apolloOverDirect: cpuRatio('apollo', 'direct'),
    hiveOverApollo: cpuRatio('hive', 'apollo'),
    hiveOverApolloFederated: cpuRatio('hiveFederated', 'apolloFederated'),
    gatewayCpuHiveOverApollo: round(
      (by('hive').cpuMsPerRequest['gateway'] ?? 0) / (by('apollo').cpuMsPerRequest['apollo'] ?? 1),
      2,
    ),
  };

  printTable(
    `Gateway overhead (${connections} connections, ${warmup} s warm-up + ${duration} s per target, ${rounds} round(s))`,
    ['target', 'req/s', 'p50 ms', 'p99 ms', 'avg ms', 'requests', 'non-2xx', 'errors'],
    figures.map((f) => [f.label, f.reqPerSec, f.p50Ms, f.p99Ms, f.avgMs, f.requests, f.non2xx, f.errors + f.timeouts]),
  );
  printTable(
    'Ratios (req/s)',
    ['ratio', 'value'],
    [
      ['Hive gateway / direct  (goal >= 0.5)', `${ratios.hiveOverDirect}  ${goal.met ? 'MET' : 'MISSED'}`],
      ['Apollo gateway / direct', ratios.apolloOverDirect],
      ['Hive / Apollo (simple query)', ratios.hiveOverApollo],
      ['Hive / Apollo (federated query)', ratios.hiveOverApolloFederated],
      ['federated / simple (Hive)', ratios.federatedOverSimpleHive],
      ['federated / simple (Apollo)', ratios.federatedOverSimpleApollo],
      ...(ratios.hiveQuietOverDirect === undefined
        ? []
        : [
            ['(diag) Hive, no request log / direct', ratios.hiveQuietOverDirect],
            ['(diag) Hive, no request log / Hive', ratios.hiveQuietOverHive ?? '-'],
          ]),
      ...(ratios.hiveBareOverDirect === undefined
        ? []
        : [
            ['(diag) bare Hive runtime / direct', ratios.hiveBareOverDirect],
            ['(diag) bare Hive runtime / Apollo', ratios.hiveBareOverApollo ?? '-'],
          ]),
    ],
  );
  const cpuNames = [...new Set(figures.flatMap((f) => Object.keys(f.cpuMsPerRequest)))].filter((name) =>
    figures.some((f) => (f.cpuMsPerRequest[name] ?? 0) > 0.05),
  );
  printTable(
    'CPU milliseconds per request, by process (measured window; 2 cores give 2000 CPU ms per second in all)',
    ['target', ...cpuNames, 'total', 'CPU-bound req/s'],
    figures.map((f) => [
      f.label,
      ...cpuNames.map((n) => f.cpuMsPerRequest[n] ?? 0),
      round(cpuTotal(f), 2),
      Math.round(2000 / cpuTotal(f)),
    ]),
  );
  printTable(
    'CPU-bound ratios (total CPU per request, inverted; less sensitive to other load on the host)',
    ['ratio', 'value'],
    [
      ['Hive gateway / direct', cpuRatios.hiveOverDirect],
      ['Apollo gateway / direct', cpuRatios.apolloOverDirect],
      ['Hive / Apollo (simple query)', cpuRatios.hiveOverApollo],
      ['Hive / Apollo (federated query)', cpuRatios.hiveOverApolloFederated],
      ['gateway process CPU per request, Hive / Apollo', cpuRatios.gatewayCpuHiveOverApollo],
    ],
  );
  const payload = {
    commit: gitCommit(),
    settings: { connections, durationSeconds: duration, warmupSeconds: warmup, rounds, diagnostics },
    queries: { simple: SIMPLE_QUERY, federated: FEDERATED_QUERY },
    results: figures,
    ratios,
    cpuRatios,
    goal,
  };
  printJson('gateway-overhead', payload);
  return payload;
}

if (isMain(import.meta.url)) runBench(async () => void (await runGatewayOverhead()));
