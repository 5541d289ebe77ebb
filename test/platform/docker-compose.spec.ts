import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';

/**
 * Static checks of docker-compose.yml, the Dockerfile and .dockerignore. No Docker engine
 * runs in CI, so these catch the wiring mistakes that would otherwise only show up at
 * `docker compose up`: a missing health gate, a healthcheck probing the wrong port, a
 * subgraph published to the host, a runtime image missing the supergraph file.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');

type Service = Record<string, unknown>;
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

// Compose supports YAML merge keys (`<<: *anchor`); the yaml package needs them enabled.
const compose = parse(readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as ComposeFile;
const services = compose.services;

const APPS = {
  valuation: { portVariable: 'VALUATION_PORT', defaultPort: 4001 },
  'pledge-registry': { portVariable: 'REGISTRY_PORT', defaultPort: 4002 },
  gateway: { portVariable: 'GATEWAY_PORT', defaultPort: 4000 },
} as const;
type AppName = keyof typeof APPS;
const APP_NAMES = Object.keys(APPS) as AppName[];
const REQUIRED_SERVICES = ['postgres', 'migrate', ...APP_NAMES];
const LONG_RUNNING = ['postgres', ...APP_NAMES];

/** Resolves `${VAR:-default}` / `${VAR-default}` to the default and `${VAR}` to '' (no shell env in the test). */
function localValue(value: unknown): string {
  return String(value)
    .replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '')
    .replace(/\$\$/g, '$');
}

function environmentOf(name: string): Record<string, string> {
  const env = service(name)['environment'];
  if (env === undefined || env === null) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const [key, ...rest] = String(entry).split('=');
        return [key, localValue(rest.join('='))];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env as Record<string, unknown>).map(([k, v]) => [k, localValue(v ?? '')]));
}

function service(name: string): Service {
  const found = services[name];
  if (found === undefined) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function commandText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(' ');
  return typeof value === 'string' ? value : '';
}

function healthcheckText(name: string): string {
  const healthcheck = service(name)['healthcheck'] as { test?: unknown } | undefined;
  return commandText(healthcheck?.test);
}

function dependsOn(name: string): Record<string, { condition?: string }> {
  const deps = service(name)['depends_on'];
  if (deps === undefined) return {};
  // The short (list) form carries no condition; treat it as such so the checks fail.
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [String(d), {}]));
  return deps as Record<string, { condition?: string }>;
}

function expectedPort(name: AppName): number {
  const configured = environmentOf(name)[APPS[name].portVariable];
  return configured === undefined || configured === '' ? APPS[name].defaultPort : Number(configured);
}

function publishedPorts(name: string): string[] {
  const ports = service(name)['ports'];
  if (ports === undefined) return [];
  return (ports as unknown[]).map((p) =>
    typeof p === 'object' && p !== null
      ? `${String((p as Record<string, unknown>)['published'])}:${String((p as Record<string, unknown>)['target'])}`
      : localValue(p),
  );
}

function buildDockerfile(name: string): string | undefined {
  const build = service(name)['build'];
  if (build === undefined) return undefined;
  if (typeof build === 'string') return join(ROOT, localValue(build), 'Dockerfile');
  const { context = '.', dockerfile = 'Dockerfile' } = build as { context?: string; dockerfile?: string };
  return join(ROOT, localValue(context), localValue(dockerfile));
}

/** Dockerfile instructions grouped by stage, continuation lines joined, comments dropped. */
function dockerfileStages(): string[][] {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  const stages: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^FROM\s/i.test(line)) stages.push([line]);
    else stages.at(-1)?.push(line);
  }
  return stages;
}

describe('docker-compose.yml', () => {
  it('parses as a Compose spec file with no obsolete top-level version key', () => {
    expect(compose).toEqual(expect.objectContaining({ services: expect.any(Object) }));
    expect(compose).not.toHaveProperty('version');
  });

  it('defines exactly the postgres, migrate, valuation, pledge-registry and gateway services', () => {
    expect(Object.keys(services).sort()).toEqual([...REQUIRED_SERVICES].sort());
  });

  it.each(LONG_RUNNING)('gives long-running service %s a non-empty healthcheck with timings', (name) => {
    const healthcheck = service(name)['healthcheck'] as Record<string, unknown> | undefined;
    expect(healthcheck).toBeDefined();
    const test = healthcheck?.['test'];
    const nonEmpty =
      (typeof test === 'string' && test.trim() !== '') ||
      (Array.isArray(test) && test.length > 1 && test.every((part) => typeof part === 'string' && part !== ''));
    expect(nonEmpty).toBe(true);
    expect(healthcheck?.['disable']).not.toBe(true);
    for (const key of ['interval', 'timeout', 'retries', 'start_period']) {
      expect(healthcheck).toHaveProperty(key);
    }
  });

  it.each(APP_NAMES)('probes %s readiness with node fetch on the port the app listens on', (name) => {
    const test = healthcheckText(name);
    // The slim runtime image has no curl or wget.
    expect(test).not.toMatch(/\b(curl|wget)\b/);
    expect(test).toMatch(/\bnode\b.*\bfetch\(/);
    const probed = [...test.matchAll(/\/\/(?:127\.0\.0\.1|localhost):(\d+)\/health\/ready\b/g)].map((m) =>
      Number(m[1]),
    );
    expect(probed).toEqual([expectedPort(name)]);
  });

  it('checks postgres health with pg_isready', () => {
    expect(healthcheckText('postgres')).toMatch(/\bpg_isready\b/);
  });

  it('starts the gateway only once valuation and pledge-registry are healthy', () => {
    const deps = dependsOn('gateway');
    expect(deps['valuation']?.condition).toBe('service_healthy');
    expect(deps['pledge-registry']?.condition).toBe('service_healthy');
  });

  it.each(APP_NAMES)('starts %s only after migrate completed successfully', (name) => {
    expect(dependsOn(name)['migrate']?.condition).toBe('service_completed_successfully');
  });

  it('runs migrate once, after postgres is healthy, never restarting it', () => {
    expect(dependsOn('migrate')['postgres']?.condition).toBe('service_healthy');
    expect(service('migrate')['restart']).toBe('no');
    expect(service('migrate')).not.toHaveProperty('healthcheck');
  });

  it('migrates both subgraphs before seeding them, stopping at the first failure', () => {
    const command = commandText(service('migrate')['command']);
    const steps = [
      'node dist/apps/pledge-registry/src/cli.js migrate',
      'node dist/apps/valuation/src/cli.js migrate',
      'node dist/apps/pledge-registry/src/cli.js seed',
      'node dist/apps/valuation/src/cli.js seed',
    ];
    const positions = steps.map((step) => command.indexOf(step));
    expect(positions.every((p) => p >= 0)).toBe(true);
    const lastMigrate = Math.max(positions[0]!, positions[1]!);
    expect(Math.min(positions[2]!, positions[3]!)).toBeGreaterThan(lastMigrate);
    // `;` would keep going after a failed migration and the job would still exit 0.
    expect(command).not.toMatch(/;/);
    expect(command.match(/&&/g)?.length).toBe(steps.length - 1);
  });

  it.each(APP_NAMES)('runs %s from its compiled entry point', (name) => {
    expect(commandText(service(name)['command'])).toBe(`node dist/apps/${name}/src/main.js`);
  });

  it('never turns on TypeORM synchronize in any service', () => {
    for (const [name, svc] of Object.entries(services)) {
      expect({ name, config: JSON.stringify(svc) }).not.toEqual({
        name,
        config: expect.stringMatching(/synchroni[sz]e/i),
      });
    }
  });

  it('uses a PostgreSQL image of major version 15 or newer on a named volume', () => {
    const image = localValue(service('postgres')['image']);
    const major = /^(?:docker\.io\/)?(?:library\/)?postgres:(\d+)/.exec(image)?.[1];
    expect(major).toBeDefined();
    expect(Number(major)).toBeGreaterThanOrEqual(15);
    const volumes = (service('postgres')['volumes'] as unknown[] | undefined) ?? [];
    const named = volumes
      .map((v) => String(v).split(':')[0])
      .filter((source) => source !== undefined && compose.volumes && source in compose.volumes);
    expect(named).toHaveLength(1);
  });

  it('publishes only the gateway, on 4000:4000', () => {
    const publishing = Object.keys(services).filter((name) => publishedPorts(name).length > 0);
    expect(publishing).toEqual(['gateway']);
    expect(publishedPorts('gateway')).toEqual(['4000:4000']);
  });

  it('builds every app service and the migrate job from a Dockerfile that exists', () => {
    for (const name of ['migrate', ...APP_NAMES]) expect(buildDockerfile(name)).toBeDefined();
    for (const name of Object.keys(services)) {
      const dockerfile = buildDockerfile(name);
      if (dockerfile !== undefined) expect({ name, exists: existsSync(dockerfile) }).toEqual({ name, exists: true });
    }
  });

  it.each(['migrate', ...APP_NAMES])('binds %s to 0.0.0.0 and points it at the compose postgres', (name) => {
    const env = environmentOf(name);
    expect(env['HOST']).toBe('0.0.0.0');
    expect(env['DATABASE_URL']).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\/\w+$/);
  });

  it('points the gateway at both subgraphs over the compose network', () => {
    const env = environmentOf('gateway');
    expect(env['VALUATION_URL']).toBe(`http://valuation:${expectedPort('valuation')}/graphql`);
    expect(env['REGISTRY_URL']).toBe(`http://pledge-registry:${expectedPort('pledge-registry')}/graphql`);
  });

  it('shares one gateway secret between the gateway and both subgraphs', () => {
    const secrets = APP_NAMES.map((name) => service(name)['environment'] as Record<string, unknown>).map(
      (env) => env['GATEWAY_SHARED_SECRET'],
    );
    expect(secrets[0]).toMatch(/^\$\{GATEWAY_SHARED_SECRET\b/);
    expect(new Set(secrets).size).toBe(1);
  });

  it('falls back only to the development secrets that NODE_ENV=production refuses', () => {
    // Local defaults are fine exactly because the apps reject these values in production;
    // any other fallback would be a public secret production would accept.
    for (const name of APP_NAMES) {
      const env = environmentOf(name);
      expect(env['NODE_ENV']).toBe('development');
      expect(env['GATEWAY_SHARED_SECRET']).toBe(DEV_GATEWAY_SHARED_SECRET);
    }
    expect(environmentOf('gateway')['JWT_SECRET']).toBe(DEV_JWT_SECRET);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1) ?? [];

  it('is multi-stage on node:22-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(text).toMatch(/node:22-bookworm-slim/);
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM\s+(node:22-bookworm-slim|\$\{?NODE_IMAGE\}?)\b/i);
  });

  it('builds with npm ci and npm run build in the build stage', () => {
    const build = stages[0] ?? [];
    expect(build.some((line) => /^RUN\s.*\bnpm ci\b/.test(line))).toBe(true);
    expect(build.some((line) => /^RUN\s.*\bnpm run build\b/.test(line))).toBe(true);
  });

  it('installs only production dependencies in the runtime stage and copies dist from the build', () => {
    expect(runtime.some((line) => /^RUN\s.*\bnpm ci\b.*--omit=dev\b/.test(line))).toBe(true);
    expect(runtime.some((line) => /^COPY\s+--from=\S+\s+\S*dist\/?\s+\S*dist\/?$/.test(line))).toBe(true);
    expect(runtime.some((line) => /^RUN\s.*\bnpm run build\b/.test(line))).toBe(false);
  });

  it('copies apps/gateway/supergraph.graphql into the runtime stage', () => {
    expect(
      runtime.some((line) =>
        /^COPY\s.*apps\/gateway\/supergraph\.graphql\s+\S*apps\/gateway\/(supergraph\.graphql)?$/.test(line),
      ),
    ).toBe(true);
  });

  it('runs the runtime stage as USER node', () => {
    // The last USER wins: a later `USER root` would undo the drop.
    const users = runtime.filter((line) => /^USER\s/i.test(line));
    expect(users.at(-1)).toMatch(/^USER\s+node$/);
  });
});

describe('.dockerignore', () => {
  it('keeps local state out of the build context', () => {
    const entries = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/^\/|\/$/g, ''));
    for (const required of ['node_modules', 'dist', '.data', '.git', 'coverage', 'test-artifacts']) {
      expect(entries).toContain(required);
    }
  });
});
