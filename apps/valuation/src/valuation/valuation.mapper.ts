import { Decimal, Money, MoneyModel } from '@app/money';
import type { ReliefFromRoyaltyResult } from '@app/valuation-engine';
import {
  type IncomePeriodCap,
  IpAssetReference,
  ReliefFromRoyaltyEstimateModel,
  ValuationModel,
} from '@valuation/valuation/dto/valuation.model.js';
import { ValuationMethod, type ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { toReportModel } from '@valuation/appraisal/appraisal.mapper.js';
import type { AppraisalReport } from '@valuation/appraisal/domain/appraise.js';

export function toEstimateModel(result: ReliefFromRoyaltyResult): ReliefFromRoyaltyEstimateModel {
  return Object.assign(new ReliefFromRoyaltyEstimateModel(), {
    value: MoneyModel.from(Money.of(result.value, result.currency)),
    unroundedValue: new Decimal(result.unroundedValue),
    incomePeriod: { years: result.incomePeriod.years, cappedBy: result.incomePeriod.cappedBy as IncomePeriodCap },
    years: result.years.map((y) => ({
      year: y.year,
      revenue: new Decimal(y.revenue),
      benefit: new Decimal(y.benefit),
      discountFactor: new Decimal(y.discountFactor),
      presentValue: new Decimal(y.presentValue),
    })),
  });
}

export function toValuationModel(entity: ValuationEntity): ValuationModel {
  const working =
    entity.method === ValuationMethod.RELIEF_FROM_ROYALTY
      ? toEstimateModel(entity.result as unknown as ReliefFromRoyaltyResult)
      : null;
  return Object.assign(new ValuationModel(), {
    id: entity.id,
    assetId: entity.assetId,
    asset: Object.assign(new IpAssetReference(), { id: entity.assetId }),
    version: entity.version,
    method: entity.method,
    value: MoneyModel.from(Money.of(new Decimal(entity.valueAmount), entity.currency)),
    valuedAt: entity.valuedAt,
    engineVersion: entity.engineVersion,
    working,
    low: entity.lowAmount === null ? null : MoneyModel.from(Money.of(new Decimal(entity.lowAmount), entity.currency)),
    high:
      entity.highAmount === null ? null : MoneyModel.from(Money.of(new Decimal(entity.highAmount), entity.currency)),
    confidence: entity.confidence,
    report:
      entity.method === ValuationMethod.RECONCILED ? toReportModel(entity.result as unknown as AppraisalReport) : null,
    valuedBy: entity.valuedBy,
    assetStatusChangedAt: entity.assetStatusChangedAt,
  });
}
