import { Injectable } from '@nestjs/common';
import { assertUuid } from '@app/platform';
import type { ValuationEntity } from '@valuation/valuation/valuation.entity.js';
import { ValuationException } from '@valuation/valuation/valuation.exception.js';
import { ValuationRepository } from '@valuation/valuation/valuation.repository.js';

export const MAX_HISTORY = 50;

@Injectable()
export class ValuationService {
  constructor(private readonly valuations: ValuationRepository) {}

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
