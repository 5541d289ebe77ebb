import type { DataSource } from 'typeorm';

/**
 * The 1-year loan prime rate (LPR) as published by the National Interbank Funding Center
 * on behalf of the People's Bank of China, from the August 2022 cut on: public figures,
 * checked against the monthly announcements (the 20 June 2023 cut to 3.55 % sits between
 * the August 2022 and August 2023 ones). Program staff add later ones with setLoanPrimeRate.
 */
export const PUBLISHED_LPR_1Y: readonly { effectiveFrom: string; rate: string }[] = [
  { effectiveFrom: '2022-08-22', rate: '0.0365' },
  { effectiveFrom: '2023-06-20', rate: '0.0355' },
  { effectiveFrom: '2023-08-21', rate: '0.0345' },
  { effectiveFrom: '2024-07-22', rate: '0.0335' },
  { effectiveFrom: '2024-10-21', rate: '0.0310' },
  { effectiveFrom: '2025-05-20', rate: '0.0300' },
];

/**
 * A small demo rule set for Suzhou (the demo SMEs' city), in the shapes DOMAIN.md names:
 * 20 % of the 1-year LPR (50 % when insured or guaranteed) capped per firm, and 50 % of the
 * appraisal fee capped. Illustrative terms, not a real city's policy.
 */
const DEMO_RULES = [
  {
    kind: 'INTEREST_LPR_SHARE',
    title: 'Demo: interest subsidy at 20 % of the 1-year LPR (50 % if insured or guaranteed)',
    share: '0.20',
    upliftedShare: '0.50',
    capPerFirmYear: '300000',
    capPerLoanYear: null,
  },
  {
    kind: 'APPRAISAL_FEE',
    title: 'Demo: 50 % of the appraisal fee',
    share: '0.50',
    upliftedShare: null,
    capPerFirmYear: '50000',
    capPerLoanYear: '20000',
  },
] as const;

export const DEMO_SUBSIDY_CITY = 'Suzhou';

/**
 * Adds the published LPR history and the demo city's rules where missing; safe to run on a
 * database that has them (nothing is overwritten).
 */
export async function seedSubsidies(dataSource: DataSource): Promise<string> {
  return dataSource.transaction(async (m) => {
    const lprs: unknown[] = await m.query(
      `INSERT INTO loan_prime_rate (effective_from, rate)
       SELECT * FROM unnest($1::date[], $2::numeric[]) ON CONFLICT (effective_from) DO NOTHING RETURNING 1`,
      [PUBLISHED_LPR_1Y.map((l) => l.effectiveFrom), PUBLISHED_LPR_1Y.map((l) => l.rate)],
    );
    let rules = 0;
    for (const r of DEMO_RULES) {
      const inserted: unknown[] = await m.query(
        `INSERT INTO subsidy_rule_version (city, kind, title, share, uplifted_share, cap_per_firm_year, cap_per_loan_year,
                                           effective_from)
         SELECT $1::varchar, $2::varchar, $3, $4::numeric, $5::numeric, $6::numeric, $7::numeric, DATE '2024-01-01'
          WHERE NOT EXISTS (SELECT 1 FROM subsidy_rule_version WHERE city = $1 AND kind = $2) RETURNING 1`,
        [DEMO_SUBSIDY_CITY, r.kind, r.title, r.share, r.upliftedShare, r.capPerFirmYear, r.capPerLoanYear],
      );
      rules += inserted.length;
    }
    return `${lprs.length} LPR entries, ${rules} demo subsidy rules`;
  });
}
