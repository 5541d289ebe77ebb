import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findByIds, withTransaction } from '@app/database';
import { ValuationEntity } from '@valuation/valuation/valuation.entity.js';

@Injectable()
export class ValuationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<ValuationEntity | null> {
    return this.dataSource.manager.findOneBy(ValuationEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<ValuationEntity[]> {
    return findByIds(this.dataSource.manager, ValuationEntity, ids);
  }

  /** Latest valuation per asset in one query (DISTINCT ON uses the (asset_id, valued_at) index). */
  latestFor(assetIds: readonly string[]): Promise<ValuationEntity[]> {
    if (assetIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ValuationEntity, 'v')
      .distinctOn(['v.asset_id'])
      .where('v.asset_id = ANY(:ids)', { ids: [...assetIds] })
      .orderBy('v.asset_id')
      .addOrderBy('v.valued_at', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .getMany();
  }

  /**
   * The newest `limit` valuations of each asset, for many assets in one query (a page of
   * assets asking for their histories costs one round trip, not one per asset).
   */
  historyFor(assetIds: readonly string[], limit: number): Promise<ValuationEntity[]> {
    if (assetIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ValuationEntity, 'v')
      .where('v.asset_id = ANY(:ids)', { ids: [...assetIds] })
      .andWhere(
        `(SELECT count(*) FROM valuation w
           WHERE w.asset_id = v.asset_id AND (w.valued_at, w.version) > (v.valued_at, v.version)) < :limit`,
        { limit },
      )
      .orderBy('v.asset_id')
      .addOrderBy('v.valued_at', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .getMany();
  }

  /**
   * Stores a valuation as the asset's next version. A transaction-scoped advisory lock on
   * the asset serialises concurrent valuations of it, so versions are gapless; the unique
   * (asset_id, version) index is the backstop.
   */
  insertNextVersion(
    values: Omit<ValuationEntity, 'id' | 'version' | 'createdAt'>,
    manager?: EntityManager,
  ): Promise<ValuationEntity> {
    const run = async (m: EntityManager): Promise<ValuationEntity> => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`valuation:${values.assetId}`]);
      const [{ next }] = await m.query<[{ next: number }]>(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM valuation WHERE asset_id = $1',
        [values.assetId],
      );
      return m.save(m.create(ValuationEntity, { ...values, version: Number(next) }));
    };
    return manager === undefined ? withTransaction(this.dataSource, run) : run(manager);
  }
}
