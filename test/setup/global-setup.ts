import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '@jest/types';
import type { E2eHandles } from './handles.js';

/**
 * Starts the platform once for the whole e2e run: a PostgreSQL database (a throwaway
 * embedded server in a temp dir, or a fresh uniquely named database on DATABASE_URL's
 * server when that is set), migrations, the demo seed, both subgraphs and the gateway
 * from dist/. Test files find it through the E2E_* variables (see @app/testing e2eEnv);
 * Jest forks its workers after this, so they inherit process.env.
 *
 * Jest loads this file with Node's own resolver (no moduleNameMapper), so the platform
 * code is imported from the compiled dist/ - the same code the app processes run.
 */

type Stack = typeof import('@app/stack');
type ConfigLib = typeof import('@app/config');
type TestingEnv = Pick<typeof import('@app/testing'), 'E2E_ENV'>;
type HeapProbe = Pick<typeof import('@app/testing'), 'INSPECT_ON_SIGNAL'>;

async function fromDist<T>(rootDir: string, path: string): Promise<T> {
  const file = join(rootDir, 'dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e suite`);
  return (await import(pathToFileURL(file).href)) as T;
}

/**
 * Content hashes of the sources the last incremental tsc run compiled and emitted
 * (dist/.tsbuildinfo records a sha256 per file; files a --noEmit run such as `npm run
 * lint` left pending are not emitted yet). Null when the file is missing or unreadable.
 */
function builtHashes(rootDir: string): Map<string, string> | null {
  try {
    const info = JSON.parse(readFileSync(join(rootDir, 'dist', '.tsbuildinfo'), 'utf8')) as {
      fileNames: string[];
      fileInfos: (string | { version: string })[];
      affectedFilesPendingEmit?: (number | [number, ...unknown[]])[];
    };
    // File ids in tsbuildinfo are 1-based indexes into fileNames.
    const pending = new Set((info.affectedFilesPendingEmit ?? []).map((e) => (Array.isArray(e) ? e[0] : e) - 1));
    const hashes = new Map<string, string>();
    info.fileNames.forEach((name, i) => {
      const entry = info.fileInfos[i];
      const version = typeof entry === 'string' ? entry : entry?.version;
      if (version !== undefined && !pending.has(i)) hashes.set(resolve(rootDir, 'dist', name), version);
    });
    return hashes;
  } catch {
    return null;
  }
}

/**
 * Fails fast when dist/ is older than the sources: the suite would test stale code. A
 * source newer than its output counts only if its content differs from what the last
 * build compiled (tsc does not rewrite outputs of touched-but-unchanged files).
 */
function assertBuildIsFresh(rootDir: string): void {
  const hashes = builtHashes(rootDir);
  const stale: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Test-only helpers (`__test__/`) are excluded from the build, like specs; the web
        // console is built by Vite (checked below).
        if (entry.name !== '__test__' && path !== join(rootDir, 'apps', 'web')) walk(path);
      } else if (entry.name.endsWith('.ts') && !/\.(e2e-)?spec\.ts$|-spec\.ts$|\.d\.ts$/.test(entry.name)) {
        const out = join(rootDir, 'dist', relative(rootDir, path)).replace(/\.ts$/, '.js');
        if (existsSync(out) && statSync(out).mtimeMs >= statSync(path).mtimeMs) continue;
        const built = hashes?.get(path);
        if (
          existsSync(out) &&
          built !== undefined &&
          built === createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex')
        )
          continue;
        stale.push(relative(rootDir, path));
      }
    }
  };
  for (const dir of ['apps', 'libs', 'migrations']) walk(join(rootDir, dir));
  // Vite rewrites dist/web/index.html on every build: any console source newer than it is stale.
  const webIndex = join(rootDir, 'dist', 'web', 'index.html');
  const builtAt = existsSync(webIndex) ? statSync(webIndex).mtimeMs : -1;
  const webSources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? webSources(join(dir, e.name)) : /\.spec\.tsx?$/.test(e.name) ? [] : [join(dir, e.name)],
    );
  const web = join(rootDir, 'apps', 'web');
  for (const path of [join(web, 'index.html'), join(web, 'vite.config.ts'), ...webSources(join(web, 'src'))]) {
    if (statSync(path).mtimeMs > builtAt) stale.push(relative(rootDir, path));
  }
  if (stale.length > 0) {
    throw new Error(
      `dist/ is older than ${stale.length} source file(s) (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', ...' : ''}): run \`npm run build\` first`,
    );
  }
}

function tailOfLogs(logDir: string): string {
  if (!existsSync(logDir)) return '';
  return readdirSync(logDir)
    .map((f) => `--- ${f} (last 3 KiB) ---\n${readFileSync(join(logDir, f), 'utf8').slice(-3072)}`)
    .join('\n');
}

export default async function globalSetup(
  _globalConfig: Config.GlobalConfig,
  projectConfig: Config.ProjectConfig,
): Promise<void> {
  const rootDir = projectConfig.rootDir;
  assertBuildIsFresh(rootDir);
  const stack = await fromDist<Stack>(rootDir, 'libs/stack/src/index.js');
  const config = await fromDist<ConfigLib>(rootDir, 'libs/config/src/index.js');
  const testing = await fromDist<TestingEnv>(rootDir, 'libs/testing/src/e2e-env.js');
  const heapProbe = await fromDist<HeapProbe>(rootDir, 'libs/testing/src/heap-probe.js');

  const artifacts = join(rootDir, 'test-artifacts');
  const logDir = join(artifacts, 'logs');
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });

  const handles: E2eHandles = { platform: null, stopDatabase: () => Promise.resolve() };
  (globalThis as { __IPFIN_E2E__?: E2eHandles }).__IPFIN_E2E__ = handles;

  const name = `ipfin_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const external = process.env['DATABASE_URL'];
  try {
    let databaseUrl: string;
    if (external !== undefined && external !== '') {
      const url = new URL(external);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      handles.stopDatabase = async () => {
        const { default: pg } = await import('pg');
        const admin = new pg.Client({ connectionString: external });
        await admin.connect();
        try {
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await admin.end();
        }
      };
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'ipfin-e2e-pg-'));
      handles.stopDatabase = () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true }));
      const db = await stack.startEmbeddedPostgres({
        dataDir,
        persistent: false,
        logFile: join(logDir, 'postgres.log'),
      });
      databaseUrl = db.serverUrl.replace(/\/postgres$/, `/${name}`);
      handles.stopDatabase = () => db.stop();
    }
    // startPlatform creates the database, migrates, seeds, then waits for /health/ready of each app.
    handles.platform = await stack.startPlatform({
      rootDir,
      databaseUrl,
      ports: { gateway: 0, valuation: 0, 'pledge-registry': 0 },
      seed: true,
      logDir,
      // Pin everything the tests sign with or rely on, whatever the developer's shell exports.
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        GATEWAY_SHARED_SECRET: config.DEV_GATEWAY_SHARED_SECRET,
        JWT_SECRET: config.DEV_JWT_SECRET,
        LOCAL_ISSUER_ENABLED: 'true',
        JWT_ISSUER: '',
        JWT_AUDIENCE: '',
        JWKS_URL: '',
        SUPERGRAPH_PATH: '',
        GRAPHIQL_ENABLED: '',
        // The fuzzing and soak specs read the apps' heap after a forced GC (SIGUSR1 opens the inspector).
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${heapProbe.INSPECT_ON_SIGNAL}`.trim(),
      },
      readyTimeoutMs: 60000,
    });
    process.env[testing.E2E_ENV.databaseUrl] = databaseUrl;
  } catch (error) {
    await handles.stopDatabase().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`e2e platform did not start: ${reason}\n${tailOfLogs(logDir)}`, { cause: error });
  }

  const { urls } = handles.platform;
  const env = testing.E2E_ENV;
  process.env[env.gatewayUrl] = urls.gateway;
  process.env[env.registryUrl] = urls['pledge-registry'];
  process.env[env.valuationUrl] = urls.valuation;
  process.env[env.logDir] = logDir;
  process.env[env.rootDir] = rootDir;
  process.env[env.processIds] = JSON.stringify(
    Object.fromEntries(Object.entries(handles.platform.processes).map(([app, p]) => [app, p.child.pid])),
  );
}
