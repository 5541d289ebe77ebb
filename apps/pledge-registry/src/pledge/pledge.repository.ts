import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';

/** SQL for pledges; writes run in the caller's transaction. */
@Injectable()
export class PledgeRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PledgeEntity | null> {
    return manager.findOneBy(PledgeEntity, { id });
  }

  assetsOf(
    pledgeIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PledgeAssetEntity[]> {
    if (pledgeIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PledgeAssetEntity, 'pa')
      .where('pa.pledge_id = ANY(:ids)', { ids: [...pledgeIds] })
      .orderBy('pa.pledge_id')
      .addOrderBy('pa.position')
      .getMany();
  }

  async insert(
    manager: EntityManager,
    pledge: Partial<PledgeEntity>,
    assets: readonly Omit<PledgeAssetEntity, 'pledgeId' | 'pledge' | 'asset'>[],
  ): Promise<PledgeEntity> {
    const saved = await manager.save(PledgeEntity, manager.create(PledgeEntity, pledge));
    await manager.insert(
      PledgeAssetEntity,
      assets.map((a) => ({ ...a, pledgeId: saved.id })),
    );
    return saved;
  }
}
