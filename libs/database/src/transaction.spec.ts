import type { DataSource, EntityManager } from 'typeorm';
import { withTransaction } from './transaction.js';

const failure = (code: string): Error => Object.assign(new Error(`failed with ${code}`), { code });

/** A DataSource whose transactions fail with the given SQLSTATEs, in order, then succeed. */
function flakyDataSource(codes: string[]): { dataSource: DataSource; calls: () => number; levels: unknown[] } {
  let calls = 0;
  const levels: unknown[] = [];
  const transaction = async (...args: unknown[]): Promise<unknown> => {
    calls++;
    const work = args[args.length - 1] as (m: EntityManager) => Promise<unknown>;
    levels.push(args.length === 2 ? args[0] : undefined);
    const result = await work({} as EntityManager);
    const code = codes[calls - 1];
    if (code !== undefined) throw Object.assign(new Error('QueryFailedError'), { driverError: failure(code) });
    return result;
  };
  return { dataSource: { transaction } as unknown as DataSource, calls: () => calls, levels };
}

describe('withTransaction', () => {
  it('retries serialization failures and deadlocks, then returns the successful run', async () => {
    const db = flakyDataSource(['40001', '40P01', '40001']);
    let runs = 0;
    await expect(withTransaction(db.dataSource, () => Promise.resolve(++runs))).resolves.toBe(4);
    expect(db.calls()).toBe(4);
  });

  it('gives up after the last attempt with the database error', async () => {
    const db = flakyDataSource(['40001', '40001', '40001']);
    await expect(withTransaction(db.dataSource, () => Promise.resolve(1), { attempts: 3 })).rejects.toMatchObject({
      driverError: { code: '40001' },
    });
    expect(db.calls()).toBe(3);
  });

  it.each(['23505', '55P03', '57014', '57P01'])('does not retry SQLSTATE %s', async (code) => {
    const db = flakyDataSource([code]);
    await expect(withTransaction(db.dataSource, () => Promise.resolve(1))).rejects.toMatchObject({
      driverError: { code },
    });
    expect(db.calls()).toBe(1);
  });

  it('passes an explicit isolation level on every attempt', async () => {
    const db = flakyDataSource(['40001']);
    await withTransaction(db.dataSource, () => Promise.resolve(1), { isolation: 'SERIALIZABLE' });
    expect(db.levels).toEqual(['SERIALIZABLE', 'SERIALIZABLE']);
  });
});
