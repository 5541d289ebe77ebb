import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface SubgraphDataSourceSpec {
  url: string;
  /** The PostgreSQL schema this subgraph owns; no other subgraph touches it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
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
      max: spec.poolSize ?? 10,
      options: [
        `-c search_path=${spec.schema},public`,
        `-c statement_timeout=${spec.statementTimeoutMs ?? 15000}`,
        `-c idle_in_transaction_session_timeout=${spec.idleInTransactionTimeoutMs ?? 5000}`,
        '-c lock_timeout=5000',
        // withTransaction relies on it: a transaction without an explicit level runs at this one.
        '-c default_transaction_isolation=read\\ committed',
      ].join(' '),
    },
  };
}
