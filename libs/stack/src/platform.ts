import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabaseExists } from '@app/database';
import { freePort, waitForHttp } from './net.js';
import { runNode, spawnNode, type RunningProcess } from './processes.js';

export type AppName = 'valuation' | 'pledge-registry' | 'gateway';

/** Compiled entry points, relative to the repository root. */
export const APPS: Record<AppName, { main: string; cli?: string; portVariable: string }> = {
  valuation: {
    main: 'dist/apps/valuation/src/main.js',
    cli: 'dist/apps/valuation/src/cli.js',
    portVariable: 'VALUATION_PORT',
  },
  'pledge-registry': {
    main: 'dist/apps/pledge-registry/src/main.js',
    cli: 'dist/apps/pledge-registry/src/cli.js',
    portVariable: 'REGISTRY_PORT',
  },
  gateway: { main: 'dist/apps/gateway/src/main.js', portVariable: 'GATEWAY_PORT' },
};

export interface PlatformOptions {
  rootDir: string;
  databaseUrl: string;
  /** 0 picks a free port. */
  ports: Record<AppName, number>;
  env?: NodeJS.ProcessEnv;
  /** Where each app's log goes (`<app>.log`); omitted = kept in memory only. */
  logDir?: string;
  seed: boolean;
  inheritOutput?: boolean;
  readyTimeoutMs?: number;
  onStep?: (message: string) => void;
}

export interface Platform {
  urls: Record<AppName, string>;
  ports: Record<AppName, number>;
  processes: Record<AppName, RunningProcess>;
  stop(): Promise<void>;
}

/**
 * Brings the platform up in dependency order: database, migrations (each subgraph its
 * own schema), optional demo seed, the two subgraphs, then the gateway. Every app runs
 * in its own process (two federation subgraphs cannot share one Nest process).
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const step = options.onStep ?? (() => undefined);
  const timeout = options.readyTimeoutMs ?? 60000;
  if (options.logDir !== undefined) mkdirSync(options.logDir, { recursive: true });
  const ports = {} as Record<AppName, number>;
  for (const app of Object.keys(APPS) as AppName[])
    ports[app] = options.ports[app] === 0 ? await freePort() : options.ports[app];

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    VALUATION_PORT: String(ports.valuation),
    REGISTRY_PORT: String(ports['pledge-registry']),
    GATEWAY_PORT: String(ports.gateway),
    // Each subgraph reads the other over the federation protocol (valuation: asset facts;
    // registry: listings' valuation snapshots), and the gateway composes both.
    VALUATION_URL: `http://127.0.0.1:${ports.valuation}/graphql`,
    REGISTRY_URL: `http://127.0.0.1:${ports['pledge-registry']}/graphql`,
  };
  const script = (path: string): string => join(options.rootDir, path);

  step('database');
  await ensureDatabaseExists(options.databaseUrl);
  step('migrations');
  for (const app of ['pledge-registry', 'valuation'] as const) {
    await runNode(script(APPS[app].cli as string), ['migrate'], env);
  }
  if (options.seed) {
    step('seed');
    for (const app of ['pledge-registry', 'valuation'] as const) {
      await runNode(script(APPS[app].cli as string), ['seed'], env);
    }
  }

  const processes = {} as Record<AppName, RunningProcess>;
  const stopAll = async (): Promise<void> => {
    // Gateway first, so no new request reaches a subgraph that is going away.
    await processes.gateway?.stop();
    await Promise.all([processes.valuation?.stop(), processes['pledge-registry']?.stop()]);
  };
  const launch = async (app: AppName): Promise<void> => {
    const log = options.logDir === undefined ? undefined : join(options.logDir, `${app}.log`);
    const proc = spawnNode(app, script(APPS[app].main), [], env, log, options.inheritOutput ?? false);
    processes[app] = proc;
    await waitForHttp(`http://127.0.0.1:${ports[app]}/health/ready`, timeout, () => {
      const code = proc.exitCode();
      return code === null ? null : `${app} exited with ${code} during start:\n${proc.output()}`;
    });
  };
  try {
    step('subgraphs');
    await Promise.all([launch('valuation'), launch('pledge-registry')]);
    step('gateway');
    await launch('gateway');
  } catch (error) {
    await stopAll();
    throw error;
  }
  const url = (app: AppName): string => `http://127.0.0.1:${ports[app]}/graphql`;
  return {
    urls: { valuation: url('valuation'), 'pledge-registry': url('pledge-registry'), gateway: url('gateway') },
    ports,
    processes,
    stop: stopAll,
  };
}
