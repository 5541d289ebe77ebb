export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export {
  buildDataSourceOptions,
  databaseTuning,
  sessionOptions,
  DATABASE_TUNING_DEFAULTS,
} from './data-source-options.js';
export type { DatabaseTuning, SubgraphDataSourceSpec } from './data-source-options.js';
export { runMigrations, pendingSchemaChanges } from './migrations.js';
export { ensureDatabaseExists, parseDatabaseUrl } from './ensure-database.js';
export { withTransaction } from './transaction.js';
export { Timestamped } from './timestamped.entity.js';
export { renderMigration } from './migration-file.js';
export { runSubgraphCli } from './subgraph-cli.js';
export type { SubgraphCliSpec } from './subgraph-cli.js';
export { findByIds } from './find-by-ids.js';
export { backupDatabase, readBackupHeader, restoreDatabase, BACKUP_FORMAT, BACKUP_VERSION } from './backup.js';
export type { BackupHeader, BackupReport, TableCount } from './backup.js';
