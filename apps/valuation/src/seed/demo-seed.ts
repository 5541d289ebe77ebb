import type { DataSource } from 'typeorm';
import { DEMO_ASSETS, DEMO_PARTIES, type DemoAsset } from '@app/demo-data';
import { SAMPLE_LENDER_POLICY } from '@app/valuation-engine';
import { toAppraisalRequest } from '@valuation/appraisal/appraisal.mapper.js';
import { appraise } from '@valuation/appraisal/domain/appraise.js';
import type { AppraisalAssumptionsInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';
import { ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { toReconciledValuation } from '@valuation/valuation/valuation.mapper.js';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';

const TAX_RATE = '0.25';
/** Years of revenue projected; the income period (legal term or economic life) is always shorter. */
const PROJECTION_YEARS = 30;
// Demo valuations are dated to a fixed day so every fresh start shows the same figures.
const VALUED_AT = new Date('2026-09-30T08:00:00Z');
const AS_OF = '2026-09-30';

const noSimulation = (): Promise<never> => Promise.reject(new Error('demo valuations run no Monte Carlo'));

/**
 * A demo asset's relief-from-royalty assumptions appraised as createValuation would, stored as
 * a reconciled valuation. No scorecard: the demo analyst's discount rate already prices the
 * asset's risk, and the seed runs before the registry could be asked for the asset's facts.
 */
async function demoValuation(
  asset: DemoAsset,
  v: NonNullable<DemoAsset['valuation']>,
): Promise<ReturnType<typeof toReconciledValuation>> {
  const assumptions: AppraisalAssumptionsInput = {
    currency: 'CNY',
    economicLifeYears: v.economicLifeYears,
    taxRate: TAX_RATE,
    midYear: false,
    discountRate: v.discountRate,
    applyScorecardPremium: true,
    reliefFromRoyalty: {
      projection: { baseRevenue: v.baseRevenue, growthRate: v.growthRate, years: PROJECTION_YEARS },
      royaltyRate: v.royaltyRate,
    },
  };
  const request = toAppraisalRequest(assumptions, { remainingLegalYears: v.remainingLegalYears, kind: asset.kind });
  return toReconciledValuation(await appraise(request, noSimulation), {
    assetId: asset.id,
    inputs: { request, asset: null, lenderPolicyVersion: null, asOf: AS_OF },
    valuedAt: VALUED_AT,
    valuedBy: null,
    assetStatusChangedAt: null,
    jobId: null,
  });
}

/** Reconciled valuations of the demo assets that have assumptions; only into an empty table. */
export async function seedValuations(dataSource: DataSource): Promise<string> {
  const existing = await dataSource.manager.count(ValuationEntity);
  if (existing > 0) return `already has ${existing} valuations, demo seed skipped`;
  const rows = await Promise.all(
    DEMO_ASSETS.flatMap((asset) => (asset.valuation === null ? [] : [demoValuation(asset, asset.valuation)])),
  );
  const valuations = new ValuationRepository(dataSource);
  await dataSource.transaction(async (manager) => {
    for (const row of rows) await valuations.insertNextVersion(row, manager);
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
