import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Subsidy engine (decisions 50-55). Rule versions of a city and kind never overlap: an
 * exclusion constraint over daterange(effective_from, effective_to), which needs the
 * btree_gist extension for the equality parts (shipped with PostgreSQL's contrib and
 * "trusted" since PostgreSQL 13, so the database owner can create it). Triggers keep the
 * ledger honest whatever code path writes: a version claims were computed under keeps its
 * terms and may only be closed after its last claimed quarter; a claim always lies inside
 * its version's range; an APPROVED claim only moves to PAID with its figures unchanged; a
 * PAID claim, or one staff rejected, never changes and is never deleted.
 */
const SUBSIDY_GUARDS = `
CREATE FUNCTION registry.subsidy_rule_version_guard()
RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM registry.subsidy_claim c WHERE c.rule_version_id = OLD.id) THEN
    RETURN NEW;
  END IF;
  IF (NEW.city, NEW.kind, NEW.title, NEW.share, NEW.uplifted_share, NEW.cap_per_firm_year, NEW.cap_per_loan_year,
      NEW.first_time_only, NEW.require_not_credit_listed, NEW.effective_from, NEW.created_by)
     IS DISTINCT FROM
     (OLD.city, OLD.kind, OLD.title, OLD.share, OLD.uplifted_share, OLD.cap_per_firm_year, OLD.cap_per_loan_year,
      OLD.first_time_only, OLD.require_not_credit_listed, OLD.effective_from, OLD.created_by) THEN
    RAISE EXCEPTION 'subsidy rule version % has claims: its terms never change, add a new version', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.effective_to IS NOT NULL AND EXISTS (
       SELECT 1 FROM registry.subsidy_claim c WHERE c.rule_version_id = OLD.id AND c.period_end > NEW.effective_to) THEN
    RAISE EXCEPTION 'subsidy rule version % has claims after %: it cannot end before them', OLD.id, NEW.effective_to
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER subsidy_rule_version_guard BEFORE UPDATE ON registry.subsidy_rule_version
  FOR EACH ROW EXECUTE FUNCTION registry.subsidy_rule_version_guard();

CREATE FUNCTION registry.subsidy_claim_in_rule()
RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r registry.subsidy_rule_version%ROWTYPE;
BEGIN
  -- FOR SHARE: a concurrent closing of the version waits for this claim, then sees it.
  SELECT * INTO r FROM registry.subsidy_rule_version WHERE id = NEW.rule_version_id FOR SHARE;
  IF r.city <> NEW.city OR r.kind <> NEW.kind OR r.effective_from > NEW.period_start
     OR (r.effective_to IS NOT NULL AND r.effective_to < NEW.period_end) THEN
    RAISE EXCEPTION 'subsidy claim for % % % Q% lies outside rule version %', NEW.loan_id, NEW.kind, NEW.period_year,
      NEW.period_quarter, NEW.rule_version_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER subsidy_claim_in_rule BEFORE INSERT OR UPDATE OF rule_version_id, city, kind, period_start, period_end
  ON registry.subsidy_claim FOR EACH ROW EXECUTE FUNCTION registry.subsidy_claim_in_rule();

CREATE FUNCTION registry.subsidy_claim_guard()
RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD.status = 'PAID' OR (OLD.status = 'REJECTED' AND OLD.decided_by IS NOT NULL) THEN
    RAISE EXCEPTION 'subsidy claim % is % and final: % refused', OLD.id, OLD.status, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'APPROVED' AND (TG_OP = 'DELETE' OR NEW.status <> 'PAID'
     OR (NEW.city, NEW.kind, NEW.period_year, NEW.period_quarter, NEW.period_start, NEW.period_end, NEW.loan_id,
         NEW.borrower_party_id, NEW.rule_version_id, NEW.base_amount, NEW.rate, NEW.computed_amount,
         NEW.capped_amount, NEW.currency, NEW.details, NEW.screening, NEW.decided_by)
        IS DISTINCT FROM
        (OLD.city, OLD.kind, OLD.period_year, OLD.period_quarter, OLD.period_start, OLD.period_end, OLD.loan_id,
         OLD.borrower_party_id, OLD.rule_version_id, OLD.base_amount, OLD.rate, OLD.computed_amount,
         OLD.capped_amount, OLD.currency, OLD.details, OLD.screening, OLD.decided_by)) THEN
    RAISE EXCEPTION 'subsidy claim % is APPROVED: only its payment may be recorded', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER subsidy_claim_guard BEFORE UPDATE OR DELETE ON registry.subsidy_claim
  FOR EACH ROW EXECUTE FUNCTION registry.subsidy_claim_guard();
`;

const DROP_SUBSIDY_GUARDS = `
DROP TRIGGER subsidy_claim_guard ON registry.subsidy_claim;
DROP FUNCTION registry.subsidy_claim_guard();
DROP TRIGGER subsidy_claim_in_rule ON registry.subsidy_claim;
DROP FUNCTION registry.subsidy_claim_in_rule();
DROP TRIGGER subsidy_rule_version_guard ON registry.subsidy_rule_version;
DROP FUNCTION registry.subsidy_rule_version_guard();
`;

export class AddSubsidyEngine1795258983965 implements MigrationInterface {
  name = 'AddSubsidyEngine1795258983965';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: the exclusion constraint below needs btree_gist (kept on down: other schemas may use it).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public');
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_prime_rate\" (\"effective_from\" date NOT NULL, \"rate\" numeric(12,8) NOT NULL, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_loan_prime_rate_rate\" CHECK (\"rate\" > 0 AND \"rate\" < 1), CONSTRAINT \"pk_loan_prime_rate\" PRIMARY KEY (\"effective_from\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_subsidy_facts\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"loan_id\" uuid NOT NULL, \"insured\" boolean NOT NULL, \"guaranteed\" boolean NOT NULL, \"insurance_premium\" numeric(20,4) NOT NULL DEFAULT '0', \"appraisal_fee\" numeric(20,4) NOT NULL DEFAULT '0', \"reported_by\" uuid, CONSTRAINT \"ck_loan_subsidy_facts_premium\" CHECK (\"insured\" OR \"insurance_premium\" = 0), CONSTRAINT \"ck_loan_subsidy_facts_amounts\" CHECK (\"insurance_premium\" >= 0 AND \"appraisal_fee\" >= 0), CONSTRAINT \"pk_loan_subsidy_facts\" PRIMARY KEY (\"loan_id\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"subsidy_rule_version\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"city\" character varying(64) NOT NULL, \"kind\" character varying(24) NOT NULL, \"title\" character varying(200) NOT NULL, \"share\" numeric(12,8) NOT NULL, \"uplifted_share\" numeric(12,8), \"cap_per_firm_year\" numeric(20,4) NOT NULL, \"cap_per_loan_year\" numeric(20,4), \"first_time_only\" boolean NOT NULL DEFAULT false, \"require_not_credit_listed\" boolean NOT NULL DEFAULT false, \"effective_from\" date NOT NULL, \"effective_to\" date, \"created_by\" uuid, CONSTRAINT \"ck_subsidy_rule_version_city\" CHECK (length(btrim(\"city\")) > 0), CONSTRAINT \"ck_subsidy_rule_version_dates\" CHECK (extract(day FROM \"effective_from\") = 1 AND extract(month FROM \"effective_from\") IN (1, 4, 7, 10) AND (\"effective_to\" IS NULL OR (\"effective_to\" > \"effective_from\" AND extract(day FROM \"effective_to\") = 1 AND extract(month FROM \"effective_to\") IN (1, 4, 7, 10)))), CONSTRAINT \"ck_subsidy_rule_version_loan_cap\" CHECK (\"cap_per_loan_year\" IS NULL OR \"cap_per_loan_year\" >= 0), CONSTRAINT \"ck_subsidy_rule_version_firm_cap\" CHECK (\"cap_per_firm_year\" >= 0), CONSTRAINT \"ck_subsidy_rule_version_uplift\" CHECK (\"uplifted_share\" IS NULL OR (\"uplifted_share\" >= \"share\" AND \"uplifted_share\" <= 1)), CONSTRAINT \"ck_subsidy_rule_version_share\" CHECK (\"share\" > 0 AND \"share\" <= 1), CONSTRAINT \"ck_subsidy_rule_version_kind\" CHECK (\"kind\" IN ('INTEREST_LPR_SHARE', 'INTEREST_PAID_SHARE', 'APPRAISAL_FEE', 'INSURANCE_PREMIUM')), CONSTRAINT \"ex_subsidy_rule_version_overlap\" EXCLUDE USING gist (\"city\" WITH =, \"kind\" WITH =, daterange(\"effective_from\", \"effective_to\", '[)') WITH &&), CONSTRAINT \"pk_subsidy_rule_version\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subsidy_rule_version_city\" ON \"registry\".\"subsidy_rule_version\"  (\"city\", \"kind\", \"effective_from\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"subsidy_claim\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"city\" character varying(64) NOT NULL, \"kind\" character varying(24) NOT NULL, \"period_year\" smallint NOT NULL, \"period_quarter\" smallint NOT NULL, \"period_start\" date NOT NULL, \"period_end\" date NOT NULL, \"loan_id\" uuid NOT NULL, \"borrower_party_id\" uuid NOT NULL, \"rule_version_id\" uuid NOT NULL, \"base_amount\" numeric(20,4) NOT NULL, \"rate\" numeric(12,8) NOT NULL, \"computed_amount\" numeric(20,4) NOT NULL, \"capped_amount\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL DEFAULT 'CNY', \"cap_note\" character varying(200), \"details\" jsonb NOT NULL, \"status\" character varying(12) NOT NULL, \"screening\" character varying(16) NOT NULL, \"rejection_reason\" text, \"review_note\" text, \"computed_by\" uuid, \"decided_by\" uuid, \"paid_on\" date, \"paid_by\" uuid, CONSTRAINT \"ck_subsidy_claim_currency\" CHECK (\"currency\" = 'CNY'), CONSTRAINT \"ck_subsidy_claim_paid\" CHECK ((\"status\" = 'PAID') = (\"paid_on\" IS NOT NULL)), CONSTRAINT \"ck_subsidy_claim_blocked\" CHECK (\"screening\" <> 'LISTED_BLOCKED' OR \"status\" = 'REJECTED'), CONSTRAINT \"ck_subsidy_claim_rejection\" CHECK ((\"status\" = 'REJECTED') = (\"rejection_reason\" IS NOT NULL)), CONSTRAINT \"ck_subsidy_claim_capped\" CHECK (\"capped_amount\" >= 0 AND \"capped_amount\" <= \"computed_amount\"), CONSTRAINT \"ck_subsidy_claim_amounts\" CHECK (\"base_amount\" >= 0 AND \"computed_amount\" >= 0 AND \"rate\" > 0 AND \"rate\" <= 1), CONSTRAINT \"ck_subsidy_claim_quarter\" CHECK (\"period_quarter\" BETWEEN 1 AND 4 AND \"period_end\" > \"period_start\"), CONSTRAINT \"ck_subsidy_claim_screening\" CHECK (\"screening\" IN ('CLEAR', 'LISTED_BLOCKED', 'LISTED_REVIEW', 'LISTED_IGNORED')), CONSTRAINT \"ck_subsidy_claim_status\" CHECK (\"status\" IN ('COMPUTED', 'APPROVED', 'PAID', 'REJECTED')), CONSTRAINT \"ck_subsidy_claim_kind\" CHECK (\"kind\" IN ('INTEREST_LPR_SHARE', 'INTEREST_PAID_SHARE', 'APPRAISAL_FEE', 'INSURANCE_PREMIUM')), CONSTRAINT \"pk_subsidy_claim\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subsidy_claim_rule\" ON \"registry\".\"subsidy_claim\"  (\"rule_version_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_subsidy_claim_firm_year\" ON \"registry\".\"subsidy_claim\"  (\"borrower_party_id\", \"kind\", \"period_year\") ");
    await queryRunner.query("CREATE INDEX \"ix_subsidy_claim_city_period\" ON \"registry\".\"subsidy_claim\"  (\"city\", \"period_year\", \"period_quarter\", \"kind\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_subsidy_claim_loan_kind_period\" ON \"registry\".\"subsidy_claim\"  (\"loan_id\", \"kind\", \"period_year\", \"period_quarter\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_subsidy_facts\" ADD CONSTRAINT \"fk_loan_subsidy_facts_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" ADD CONSTRAINT \"fk_subsidy_claim_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" ADD CONSTRAINT \"fk_subsidy_claim_borrower\" FOREIGN KEY (\"borrower_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" ADD CONSTRAINT \"fk_subsidy_claim_rule_version\" FOREIGN KEY (\"rule_version_id\") REFERENCES \"registry\".\"subsidy_rule_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-written: the ledger's guards (see the comment at the top).
    await queryRunner.query(SUBSIDY_GUARDS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_SUBSIDY_GUARDS);
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" DROP CONSTRAINT \"fk_subsidy_claim_rule_version\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" DROP CONSTRAINT \"fk_subsidy_claim_borrower\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"subsidy_claim\" DROP CONSTRAINT \"fk_subsidy_claim_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_subsidy_facts\" DROP CONSTRAINT \"fk_loan_subsidy_facts_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_subsidy_claim_loan_kind_period\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_subsidy_claim_city_period\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_subsidy_claim_firm_year\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_subsidy_claim_rule\"");
    await queryRunner.query("DROP TABLE \"registry\".\"subsidy_claim\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_subsidy_rule_version_city\"");
    await queryRunner.query("DROP TABLE \"registry\".\"subsidy_rule_version\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_subsidy_facts\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_prime_rate\"");
  }
}
