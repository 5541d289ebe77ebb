import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { GuardedPgClient } from './guarded-client.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * Connection limits a deployment may tune (DATABASE_* variables, see databaseTuning).
 * Every timeout is enforced by the server, per session, so it holds whatever the client
 * does - including dying with a transaction open.
 */
export interface DatabaseTuning {
  poolSize?: number;
  /** Longest one statement may run. */
  statementTimeoutMs?: number;
  /** Longest one statement may wait for a row or advisory lock before failing (55P03). */
  lockTimeoutMs?: number;
  /** A session that sits in an open transaction this long is ended and its locks released. */
  idleInTransactionTimeoutMs?: number;
  /** How often a backend running a statement checks that its client is still connected. */
  clientCheckIntervalMs?: number;
  /** Server-side TCP keepalive: first probe after this many idle seconds (a vanished host). */
  keepaliveIdleSeconds?: number;
}

export const DATABASE_TUNING_DEFAULTS: Required<DatabaseTuning> = {
  poolSize: 10,
  statementTimeoutMs: 15000,
  lockTimeoutMs: 5000,
  idleInTransactionTimeoutMs: 4000,
  clientCheckIntervalMs: 1000,
  keepaliveIdleSeconds: 5,
};

/** The DATABASE_* settings of @app/config's databaseEnvSchema, as connection tuning. */
export function databaseTuning(config: {
  DATABASE_POOL_SIZE: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_LOCK_TIMEOUT_MS: number;
  DATABASE_IDLE_TX_TIMEOUT_MS: number;
}): DatabaseTuning {
  return {
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_TX_TIMEOUT_MS,
  };
}

export interface SubgraphDataSourceSpec extends DatabaseTuning {
  url: string;
  /** The PostgreSQL schema this subgraph owns; no other subgraph touches it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName: string;
}

/**
 * The `-c name=value` startup options every subgraph session gets. A client killed with
 * kill -9 closes its sockets: a backend waiting for its next command sees the close at
 * once and aborts; one running a statement notices within client_connection_check_interval.
 * A host that vanishes without closing anything is caught by the keepalive probes, and
 * whatever it held open is bounded by the idle-in-transaction, lock and statement timeouts.
 */
export function sessionOptions(schema: string, tuning: DatabaseTuning = {}): string {
  const t = { ...DATABASE_TUNING_DEFAULTS, ...definedOnly(tuning) };
  return [
    `-c search_path=${schema},public`,
    `-c statement_timeout=${t.statementTimeoutMs}`,
    `-c lock_timeout=${t.lockTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${t.idleInTransactionTimeoutMs}`,
    `-c client_connection_check_interval=${t.clientCheckIntervalMs}`,
    `-c tcp_keepalives_idle=${t.keepaliveIdleSeconds}`,
    '-c tcp_keepalives_interval=2',
    '-c tcp_keepalives_count=3',
    // withTransaction relies on it: a transaction without an explicit level runs at this one.
    '-c default_transaction_isolation=read\\ committed',
  ].join(' ');
}

function definedOnly(tuning: DatabaseTuning): DatabaseTuning {
  return Object.fromEntries(Object.entries(tuning).filter(([, v]) => v !== undefined));
}

/**
 * One place for the options every subgraph uses: its own schema and migrations table,
 * no synchronize (migrations only), pgcrypto uuids, and server-side timeouts so a
 * crashed client cannot hold row locks for long.
 */
export function buildDataSourceOptions(spec: SubgraphDataSourceSpec): DataSourceOptions {
  return {
    type: 'postgres',
    url: spec.url,
    schema: spec.schema,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: spec.applicationName,
    extra: {
      Client: GuardedPgClient,
      max: spec.poolSize ?? DATABASE_TUNING_DEFAULTS.poolSize,
      // A request waits this long for a pooled connection, then fails instead of hanging.
      connectionTimeoutMillis: 10000,
      // Client-side keepalive: a server that vanished is noticed on idle pooled connections.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10000,
      options: sessionOptions(spec.schema, spec),
    },
  };
}
