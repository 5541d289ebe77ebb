import { z } from 'zod';
import {
  baseEnvSchema,
  databaseEnvSchema,
  DEV_GATEWAY_SHARED_SECRET,
  loadConfig,
  portSchema,
  sharedSecretSchema,
} from '@app/config';

const schema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend({
    REGISTRY_PORT: portSchema.default(4002),
    /** The valuation subgraph, read over the federation protocol for listings' valuation snapshots. */
    VALUATION_URL: z.url({ message: 'must be the valuation subgraph URL' }).default('http://127.0.0.1:4001/graphql'),
    GATEWAY_SHARED_SECRET: sharedSecretSchema.default(DEV_GATEWAY_SHARED_SECRET),
    /** What a party on the IP credit-loss list does to a pledge application (DOMAIN.md: per program policy). */
    CREDIT_LIST_PLEDGE_EFFECT: z.enum(['REFUSE', 'MANUAL_REVIEW', 'IGNORE']).default('REFUSE'),
    /** What a credit-listed borrower's subsidy claim becomes: REJECTED, held for review, or paid as usual. */
    CREDIT_LIST_SUBSIDY_EFFECT: z.enum(['BLOCK', 'MANUAL_REVIEW', 'IGNORE']).default('BLOCK'),
    /** Longest a credit-list entry may run from its listing date ("verify": 1 year, extendable to 3). */
    CREDIT_LIST_MAX_YEARS: z.coerce.number().int().min(1).max(10).default(3),
    CREDIT_LIST_DEFAULT_YEARS: z.coerce.number().int().min(1).max(10).default(1),
    EXAMINATION_ONLINE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(2),
    EXAMINATION_PAPER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    /** Whether a loan repaid in full deregisters its pledge (reason REPAID) in the same transaction. */
    LOAN_REPAID_DEREGISTERS: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
    /**
     * Penalty interest on overdue principal: the contract's annual rate x (1 + this markup),
     * fixed into each loan at disbursement (policy to verify; 0.5 = contract rate x 1.5, common
     * practice of Chinese banks).
     */
    LOAN_PENALTY_RATE_MARKUP: z
      .string()
      .regex(/^\d{1,2}(\.\d{1,6})?$/, { message: 'must be a non-negative fraction such as 0.5' })
      .default('0.5'),
    /** Overdue days from which the lender may declare a loan in default (policy to verify: 90). */
    LOAN_DEFAULT_OVERDUE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** City program policy: yearly growth of pledge financing volume, as a fraction (DOMAIN.md: 20 %). */
    PROGRAM_GROWTH_TARGET: z
      .string()
      .regex(/^\d{1,2}(\.\d{1,6})?$/, { message: 'must be a fraction such as 0.20' })
      .default('0.20'),
    /** What a borrower on the IP credit-loss list does to a risk-fund enrolment (DOMAIN.md: per program policy). */
    CREDIT_LIST_FUND_EFFECT: z.enum(['BLOCK', 'MANUAL_REVIEW', 'IGNORE']).default('BLOCK'),
    /** Leverage limit of a new risk-compensation fund when its creator gives none (covered outstanding / balance). */
    RISK_FUND_DEFAULT_LEVERAGE_LIMIT: z
      .string()
      .regex(/^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,4})?$/, { message: 'must be a multiple > 0 such as 10' })
      .default('10'),
    /**
     * Most rows one export of a list report (loans, the pledge register) holds; a longer list
     * comes in several files, each export continuing from the last one's endCursor.
     */
    REPORT_EXPORT_MAX_ROWS: z.coerce.number().int().min(100).max(100_000).default(5000),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.GATEWAY_SHARED_SECRET !== DEV_GATEWAY_SHARED_SECRET, {
    message: 'must be set to a private value in production',
    path: ['GATEWAY_SHARED_SECRET'],
  });

export type RegistryConfig = z.infer<typeof schema>;

export function loadRegistryConfig(env: Record<string, string | undefined> = process.env): RegistryConfig {
  return loadConfig(schema, env);
}
