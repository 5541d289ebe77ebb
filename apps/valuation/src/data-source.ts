import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type DatabaseTuning } from '@app/database';
import { MIGRATIONS } from '@migrations/valuation/index.js';
import { LenderPolicyEntity } from '@valuation/lender-policy/lender-policy.entity.js';
import { ValuationJobEntity, ValuationJobItemEntity } from '@valuation/portfolio/portfolio-job.entity.js';
import { ValuationEntity } from '@valuation/valuation/valuation.entity.js';

export const VALUATION_SCHEMA = 'valuation';

export function valuationDataSourceOptions(url: string, tuning: DatabaseTuning = {}) {
  return buildDataSourceOptions({
    ...tuning,
    url,
    schema: VALUATION_SCHEMA,
    entities: [ValuationEntity, LenderPolicyEntity, ValuationJobEntity, ValuationJobItemEntity],
    migrations: MIGRATIONS,
    applicationName: 'valuation',
  });
}

export function createValuationDataSource(url: string): DataSource {
  return new DataSource(valuationDataSourceOptions(url, { poolSize: 4 }));
}
