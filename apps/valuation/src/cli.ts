import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { runSubgraphCli } from '@app/database';
import { runMain } from '@app/platform';
import { createValuationDataSource, VALUATION_SCHEMA } from '@valuation/data-source.js';
import { seedValuations } from '@valuation/seed/demo-seed.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

runMain(() =>
  runSubgraphCli(
    { app: 'valuation', schema: VALUATION_SCHEMA, createDataSource: createValuationDataSource, seed: seedValuations },
    process.argv.slice(2),
    ROOT,
  ),
);
