import { Injectable } from '@nestjs/common';

import { assertUuid } from '@app/platform';
import { reliefFromRoyalty, ValuationInputError, type ReliefFromRoyaltyResult } from '@app/valuation-engine';
import type { ReliefFromRoyaltyEstimateInput } from '@valuation/valuation/dto/estimate.input.js';
import type { ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { ValuationException } from '@valuation/valuation/valuation.exception.js';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';

export const MAX_HISTORY = 50;

@Injectable()
export class ValuationService {
  constructor(private readonly valuations: ValuationRepository) {}

  /** Runs the engine on explicit assumptions and persists nothing. */
  estimateReliefFromRoyalty(input: ReliefFromRoyaltyEstimateInput): ReliefFromRoyaltyResult {
    if ((input.revenues === undefined) === (input.projection === undefined)) {
      throw ValuationException.invalidInput(
        'input.revenues',
        'input.revenues: give either revenues or projection, not both or neither',
      );
    }
    try {
      return reliefFromRoyalty({
        revenues: input.revenues ?? {
          baseRevenue: (input.projection as NonNullable<typeof input.projection>).baseRevenue,
          growthRate: (input.projection as NonNullable<typeof input.projection>).growthRate,
          years: (input.projection as NonNullable<typeof input.projection>).years,
        },
        royaltyRate: input.royaltyRate,
        taxRate: input.taxRate,
        discountRate: input.discountRate,
        remainingLegalYears: input.remainingLegalYears,
        economicLifeYears: input.economicLifeYears,
        currency: input.currency,
      });
    } catch (error) {
      if (error instanceof ValuationInputError) {
        throw ValuationException.invalidInput(`input.${error.field}`, `input.${error.message}`);
      }
      throw error;
    }
  }

  async get(id: string): Promise<ValuationEntity> {
    const valuation = await this.valuations.findById(assertUuid(id, 'id'));
    if (valuation === null) throw ValuationException.notFound(id);
    return valuation;
  }

  findMany(ids: readonly string[]): Promise<ValuationEntity[]> {
    return this.valuations.findByIds(ids);
  }

  latestFor(assetIds: readonly string[]): Promise<ValuationEntity[]> {
    return this.valuations.latestFor(assetIds);
  }

  /** Validates `first` (1-50, default 10) for history queries. */
  historyLimit(first: number | undefined): number {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY) {
      throw ValuationException.invalidInput('first', `first: must be between 1 and ${MAX_HISTORY}`);
    }
    return limit;
  }

  /** Newest-first histories of many assets, grouped by asset id. */
  async histories(assetIds: readonly string[], limit: number): Promise<Map<string, ValuationEntity[]>> {
    const byAsset = new Map<string, ValuationEntity[]>();
    for (const row of await this.valuations.historyFor(assetIds, limit)) {
      const list = byAsset.get(row.assetId) ?? [];
      list.push(row);
      byAsset.set(row.assetId, list);
    }
    return byAsset;
  }
}
