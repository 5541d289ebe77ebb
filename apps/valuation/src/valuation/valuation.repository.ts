import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValuationEntity } from '@valuation/valuation/valuation.entity.js';

@Injectable()
export class ValuationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<ValuationEntity | null> {
    return this.dataSource.manager.findOneBy(ValuationEntity, { id });
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

  history(assetId: string, limit: number): Promise<ValuationEntity[]> {
    return this.dataSource.manager.find(ValuationEntity, {
      where: { assetId },
      order: { valuedAt: 'DESC', version: 'DESC' },
      take: limit,
    });
  }
}
