import type { DataSource } from 'typeorm';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import { ENGINE_VERSION, reliefFromRoyalty, SAMPLE_LENDER_POLICY } from '@app/valuation-engine';
import { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';
import { ValuationEntity, ValuationMethod } from '@valuation/valuation/valuation.entity.js';

const TAX_RATE = '0.25';
// Demo valuations are dated to a fixed day so every fresh start shows the same figures.
const VALUED_AT = new Date('2026-09-30T08:00:00Z');
const AS_OF = '2026-09-30';

/** Relief-from-royalty valuations for the demo assets that have assumptions; only into an empty table. */
export async function seedValuations(dataSource: DataSource): Promise<string> {
  const existing = await dataSource.manager.count(ValuationEntity);
  if (existing > 0) return `already has ${existing} valuations, demo seed skipped`;
  const rows = DEMO_ASSETS.flatMap((asset) => {
    if (asset.valuation === null) return [];
    const v = asset.valuation;
    const inputs = {
      revenues: { baseRevenue: v.baseRevenue, growthRate: v.growthRate, years: 30 },
      royaltyRate: v.royaltyRate,
      taxRate: TAX_RATE,
      discountRate: v.discountRate,
      remainingLegalYears: v.remainingLegalYears,
      economicLifeYears: v.economicLifeYears,
      currency: 'CNY',
    };
    const result = reliefFromRoyalty(inputs);
    return [
      {
        assetId: asset.id,
        version: 1,
        method: ValuationMethod.RELIEF_FROM_ROYALTY,
        valueAmount: result.value,
        currency: 'CNY',
        inputs: { ...inputs, asOf: AS_OF },
        result: result as unknown as Record<string, unknown>,
        engineVersion: ENGINE_VERSION,
        valuedAt: VALUED_AT,
        valuedBy: null,
      },
    ];
  });
  await dataSource.transaction(async (manager) => {
    await manager.insert(ValuationEntity, rows as never);
    // The demo bank lends on the published example policy (inventions 25 %, utility models 15 %).
    await manager.insert(LenderPolicyEntity, {
      lenderPartyId: DEMO_PARTIES.jiangsuBank.id,
      version: 1,
      policy: { ...SAMPLE_LENDER_POLICY } as never,
      validityMonths: 12,
      createdBy: null,
    });
  });
  return `seeded ${rows.length} valuations and the demo bank's lending policy`;
}
