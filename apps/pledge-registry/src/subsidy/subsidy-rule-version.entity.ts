import { Check, Column, Entity, Exclusion, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '@app/database';
import { decimalTransformer, type Decimal } from '@app/money';
import type { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';

const QUARTER_START = (column: string): string =>
  `extract(day FROM "${column}") = 1 AND extract(month FROM "${column}") IN (1, 4, 7, 10)`;

/**
 * One version of a city's subsidy rule of one kind, in force over [effective_from,
 * effective_to). Versions of a city and kind never overlap (exclusion constraint, needs
 * btree_gist). A rule change is a new version; the previous one only gets its end date,
 * and a version claims were computed under keeps its figures (trigger, decision 50).
 */
@Entity({ name: 'subsidy_rule_version' })
@Exclusion(
  'ex_subsidy_rule_version_overlap',
  `USING gist ("city" WITH =, "kind" WITH =, daterange("effective_from", "effective_to", '[)') WITH &&)`,
)
@Index('ix_subsidy_rule_version_city', ['city', 'kind', 'effectiveFrom'])
@Check(
  'ck_subsidy_rule_version_kind',
  `"kind" IN ('INTEREST_LPR_SHARE', 'INTEREST_PAID_SHARE', 'APPRAISAL_FEE', 'INSURANCE_PREMIUM')`,
)
@Check('ck_subsidy_rule_version_share', `"share" > 0 AND "share" <= 1`)
@Check(
  'ck_subsidy_rule_version_uplift',
  `"uplifted_share" IS NULL OR ("uplifted_share" >= "share" AND "uplifted_share" <= 1)`,
)
@Check('ck_subsidy_rule_version_firm_cap', `"cap_per_firm_year" >= 0`)
@Check('ck_subsidy_rule_version_loan_cap', `"cap_per_loan_year" IS NULL OR "cap_per_loan_year" >= 0`)
@Check(
  'ck_subsidy_rule_version_dates',
  `${QUARTER_START('effective_from')} AND ("effective_to" IS NULL OR ("effective_to" > "effective_from" AND ${QUARTER_START('effective_to')}))`,
)
@Check('ck_subsidy_rule_version_city', `length(btrim("city")) > 0`)
export class SubsidyRuleVersionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subsidy_rule_version' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 24 })
  kind: SubsidyKind;

  /** The policy text it implements, e.g. "Suzhou IP pledge interest subsidy 2024". */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Fraction of the base subsidised, e.g. 0.20. */
  @Column({ type: 'numeric', precision: 12, scale: 8, transformer: decimalTransformer })
  share: Decimal;

  /** Fraction when the loan is insured or guaranteed; NULL = no uplift. */
  @Column({ type: 'numeric', precision: 12, scale: 8, nullable: true, transformer: decimalTransformer })
  upliftedShare: Decimal | null;

  /** Most one firm gets of this kind in a calendar year, CNY. */
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalTransformer })
  capPerFirmYear: Decimal;

  /** Most one loan gets of this kind in a calendar year, CNY; NULL = only the firm cap. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalTransformer })
  capPerLoanYear: Decimal | null;

  /** Only loans whose pledge was the pledgor's first registration (program first-time pledger). */
  @Column({ type: 'boolean', default: false })
  firstTimeOnly: boolean;

  /** A credit-listed borrower's claim is rejected whatever CREDIT_LIST_SUBSIDY_EFFECT says. */
  @Column({ type: 'boolean', default: false })
  requireNotCreditListed: boolean;

  @Column({ type: 'date' })
  effectiveFrom: string;

  /** Exclusive; NULL = until a later version. */
  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
