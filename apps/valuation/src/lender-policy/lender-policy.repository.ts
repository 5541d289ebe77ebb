import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTransaction } from '@app/database';
import { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';

@Injectable()
export class LenderPolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  current(lenderPartyId: string): Promise<LenderPolicyEntity | null> {
    return this.dataSource.manager.findOne(LenderPolicyEntity, {
      where: { lenderPartyId },
      order: { version: 'DESC' },
    });
  }

  /** Appends the next version under a per-lender advisory lock (gapless versions). */
  appendVersion(
    values: Pick<LenderPolicyEntity, 'lenderPartyId' | 'policy' | 'validityMonths' | 'createdBy'>,
  ): Promise<LenderPolicyEntity> {
    return withTransaction(this.dataSource, async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`lender-policy:${values.lenderPartyId}`]);
      const [{ next }] = await m.query<[{ next: number }]>(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM lender_policy WHERE lender_party_id = $1',
        [values.lenderPartyId],
      );
      return m.save(m.create(LenderPolicyEntity, { ...values, version: Number(next) }));
    });
  }
}
