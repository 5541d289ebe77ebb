import type { DataSource } from 'typeorm';

/**
 * Creates the subgraph's schema if needed and applies pending migrations, each in its
 * own transaction. Safe to run concurrently from several processes: an advisory lock
 * serialises them.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const lockKey = `migrations:${schema}`;
  await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
}

/**
 * The SQL TypeORM would need to make the database match the entities. Empty means the
 * migrations and the entities agree (no schema drift); used by the drift test and by the
 * migration generator.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query),
  };
}
