import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadConfig, portSchema } from '@app/config';
import { runMain } from '@app/platform';
import { startEmbeddedPostgres, startPlatform, type EmbeddedDatabase } from '@app/stack';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().default(join(ROOT, '.data')),
  EMBEDDED_PG_PORT: portSchema.default(0),
  GATEWAY_PORT: portSchema.default(4000),
  VALUATION_PORT: portSchema.default(4001),
  REGISTRY_PORT: portSchema.default(4002),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  LOG_TO_CONSOLE: z.enum(['true', 'false']).default('false'),
});

/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo seed on
 * an empty database, both subgraphs and the gateway, each in its own process. Ctrl-C
 * stops everything, PostgreSQL included; data stays in .data/ for the next start.
 */
runMain(async () => {
  const started = Date.now();
  const config = loadConfig(schema);
  const say = (message: string): void => {
    process.stdout.write(`${message}\n`);
  };
  let database: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl === undefined) {
    say(`starting embedded PostgreSQL (data in ${join(config.DATA_DIR, 'postgres')})`);
    database = await startEmbeddedPostgres({
      dataDir: join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      logFile: join(config.DATA_DIR, 'postgres.log'),
    });
    databaseUrl = database.serverUrl.replace(/\/postgres$/, '/ipfin');
  } else {
    say('using the PostgreSQL at DATABASE_URL');
  }

  let stopping = false;
  let platform: Awaited<ReturnType<typeof startPlatform>> | null = null;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping`);
    // On Ctrl-C the whole process group got the signal and may already be going down:
    // each step is best effort, and the database stops last.
    await platform?.stop().catch((error: unknown) => say(`apps: ${String(error)}`));
    await database?.stop().catch((error: unknown) => say(`database: ${String(error)}`));
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    platform = await startPlatform({
      rootDir: ROOT,
      databaseUrl,
      ports: {
        gateway: config.GATEWAY_PORT,
        valuation: config.VALUATION_PORT,
        'pledge-registry': config.REGISTRY_PORT,
      },
      logDir: config.LOG_TO_CONSOLE === 'true' ? undefined : join(config.DATA_DIR, 'logs'),
      inheritOutput: config.LOG_TO_CONSOLE === 'true',
      seed: config.SEED_DEMO === 'true',
      onStep: (step) => say(`- ${step}`),
    });
  } catch (error) {
    await database?.stop();
    throw error;
  }
  const gatewayUrl = `http://localhost:${platform.ports.gateway}/graphql`;
  say(`\nready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`console:  http://localhost:${platform.ports.gateway}/  (web console; demo users on its login page)`);
  say(`gateway:  ${gatewayUrl}  (GraphiQL in a browser)`);
  say(`database: ${databaseUrl.replace(/\/\/[^@]*@/, '//')}`);
  say(`logs:     ${config.LOG_TO_CONSOLE === 'true' ? 'console' : join(config.DATA_DIR, 'logs')}`);
  say(`token:    npm run token -- sme   (demo logins: sme, sme2, bank, registrar, program, admin)`);
  say('Ctrl-C stops everything.');
  // If a subgraph dies, say so and stop the rest rather than limp on.
  for (const proc of Object.values(platform.processes)) {
    proc.child.on('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`${proc.name} exited with ${code}; see its log\n${proc.output().slice(-2000)}\n`);
        void shutdown('child exit');
      }
    });
  }
});
