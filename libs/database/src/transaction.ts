import type { DataSource, EntityManager } from 'typeorm';
import { isRetryableTransactionError } from '@app/errors';

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * Runs `work` in a transaction, retrying serialization failures and deadlocks
 * (SQLSTATE 40001 / 40P01) with jittered exponential backoff. `work` must be safe to
 * repeat: it only talks to the database through the given manager. Without `isolation`
 * the transaction runs at the session default, READ COMMITTED (pinned by
 * buildDataSourceOptions), and starts in one round trip: TypeORM sends an explicit
 * level as a second statement.
 */
export async function withTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: { isolation?: IsolationLevel; attempts?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await (options.isolation === undefined
        ? dataSource.transaction(work)
        : dataSource.transaction(options.isolation, work));
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      const backoff = Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }
}
