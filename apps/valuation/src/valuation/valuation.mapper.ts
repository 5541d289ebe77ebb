import { Decimal, Money, MoneyModel } from '@app/money';
import { ENGINE_VERSION } from '@app/valuation-engine';
import { IpAssetReference, ValuationModel } from '@valuation/valuation/dto/valuation.model.js';
import { ValuationMethod, type ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { toReportModel } from '@valuation/appraisal/appraisal.mapper.js';
import type { AppraisalReport } from '@valuation/appraisal/domain/appraise.js';

/** Who, when and on what a reconciled appraisal was made: everything stored besides its report. */
export type ValuationRecord = Pick<
  ValuationEntity,
  'assetId' | 'inputs' | 'valuedAt' | 'valuedBy' | 'assetStatusChangedAt' | 'jobId'
>;

/**
 * The stored row of a reconciled appraisal, the same for createValuation, portfolio jobs and
 * the demo seed, so every stored valuation is readable through `Valuation.report`.
 */
export function toReconciledValuation(
  report: AppraisalReport,
  record: ValuationRecord,
): Omit<ValuationEntity, 'id' | 'version' | 'createdAt'> {
  const r = report.reconciliation;
  return {
    ...record,
    method: ValuationMethod.RECONCILED,
    valueAmount: new Decimal(r.value),
    lowAmount: new Decimal(r.low),
    highAmount: new Decimal(r.high),
    confidence: r.confidence,
    currency: report.currency,
    result: report as unknown as Record<string, unknown>,
    engineVersion: ENGINE_VERSION,
  };
}

export function toValuationModel(entity: ValuationEntity): ValuationModel {
  return Object.assign(new ValuationModel(), {
    id: entity.id,
    assetId: entity.assetId,
    asset: Object.assign(new IpAssetReference(), { id: entity.assetId }),
    version: entity.version,
    method: entity.method,
    value: MoneyModel.from(Money.of(new Decimal(entity.valueAmount), entity.currency)),
    valuedAt: entity.valuedAt,
    engineVersion: entity.engineVersion,
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
