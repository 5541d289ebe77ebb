import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Risk-compensation fund (decisions 56-59). Hand-written parts, after the generated DDL:
 * - btree_gist, so the exclusion constraint on ratio versions can compare fund ids with `=`
 *   next to the date-range overlap. Installed into the registry schema when no schema has
 *   it yet; left in place on the way down (other objects may come to use it).
 * - The ledger is append-only (no UPDATE, DELETE or TRUNCATE) and each entry must follow
 *   the previous one of its fund: seq = previous seq + 1 (1 for the first) and
 *   balance_after = previous balance_after + amount. With CHECK balance_after >= 0 the
 *   balance can never go negative, whatever writes the rows.
 * - A ratio version is never deleted; the only change allowed is giving an open-ended
 *   version its end date, once.
 */
const LEDGER_FUNCTIONS = `
CREATE FUNCTION registry.risk_fund_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'risk_fund_entry is append-only' USING ERRCODE = 'restrict_violation';
END
$fn$;
CREATE FUNCTION registry.risk_fund_entry_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  previous numeric;
BEGIN
  IF NEW.seq = 1 THEN
    previous := 0;
  ELSE
    SELECT e.balance_after INTO previous FROM registry.risk_fund_entry e
     WHERE e.fund_id = NEW.fund_id AND e.seq = NEW.seq - 1;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'risk fund entry % of fund % does not follow entry %', NEW.seq, NEW.fund_id, NEW.seq - 1
        USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_risk_fund_entry_chain';
    END IF;
  END IF;
  IF NEW.balance_after <> previous + NEW.amount THEN
    RAISE EXCEPTION 'risk fund entry % of fund %: balance % is not % + %', NEW.seq, NEW.fund_id, NEW.balance_after,
      previous, NEW.amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_risk_fund_entry_chain';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE FUNCTION registry.risk_fund_ratio_version_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.effective_to IS NOT NULL
     OR (NEW.fund_id, NEW.effective_from, NEW.fund_part, NEW.bank_part, NEW.insurer_part, NEW.appraiser_part)
        IS DISTINCT FROM
        (OLD.fund_id, OLD.effective_from, OLD.fund_part, OLD.bank_part, OLD.insurer_part, OLD.appraiser_part) THEN
    RAISE EXCEPTION 'a ratio version is only ever given its end date, once' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER tg_risk_fund_entry_no_update_delete BEFORE UPDATE OR DELETE ON registry.risk_fund_entry
  FOR EACH ROW EXECUTE FUNCTION registry.risk_fund_entry_append_only();
CREATE TRIGGER tg_risk_fund_entry_no_truncate BEFORE TRUNCATE ON registry.risk_fund_entry
  FOR EACH STATEMENT EXECUTE FUNCTION registry.risk_fund_entry_append_only();
CREATE TRIGGER tg_risk_fund_entry_chain BEFORE INSERT ON registry.risk_fund_entry
  FOR EACH ROW EXECUTE FUNCTION registry.risk_fund_entry_chain();
CREATE TRIGGER tg_risk_fund_ratio_version_guard BEFORE UPDATE OR DELETE ON registry.risk_fund_ratio_version
  FOR EACH ROW EXECUTE FUNCTION registry.risk_fund_ratio_version_guard();
`;

const DROP_LEDGER_FUNCTIONS = `
DROP TRIGGER tg_risk_fund_ratio_version_guard ON registry.risk_fund_ratio_version;
DROP TRIGGER tg_risk_fund_entry_chain ON registry.risk_fund_entry;
DROP TRIGGER tg_risk_fund_entry_no_truncate ON registry.risk_fund_entry;
DROP TRIGGER tg_risk_fund_entry_no_update_delete ON registry.risk_fund_entry;
DROP FUNCTION registry.risk_fund_ratio_version_guard();
DROP FUNCTION registry.risk_fund_entry_chain();
DROP FUNCTION registry.risk_fund_entry_append_only();
`;

export class AddRiskCompensationFund1795259520129 implements MigrationInterface {
  name = 'AddRiskCompensationFund1795259520129';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA "registry"');
    await queryRunner.query("CREATE TABLE \"registry\".\"risk_fund\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"city\" character varying(64) NOT NULL, \"name\" character varying(200) NOT NULL, \"owner_party_id\" uuid NOT NULL, \"currency\" character(3) NOT NULL, \"leverage_limit\" numeric(12,4) NOT NULL, \"per_loan_cap\" numeric(20,4), \"created_by\" uuid, CONSTRAINT \"ck_risk_fund_per_loan_cap\" CHECK (\"per_loan_cap\" IS NULL OR \"per_loan_cap\" > 0), CONSTRAINT \"ck_risk_fund_leverage_limit\" CHECK (\"leverage_limit\" > 0), CONSTRAINT \"ck_risk_fund_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_risk_fund_name\" CHECK (length(btrim(\"name\")) > 0), CONSTRAINT \"ck_risk_fund_city\" CHECK (length(btrim(\"city\")) > 0), CONSTRAINT \"pk_risk_fund\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_risk_fund_city\" ON \"registry\".\"risk_fund\"  (\"city\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"risk_fund_enrolment\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"loan_id\" uuid NOT NULL, \"lender_party_id\" uuid NOT NULL, \"borrower_party_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL, \"enrolled_on\" date, \"credit_listed\" boolean NOT NULL DEFAULT false, \"requested_by\" uuid, \"reviewed_by\" uuid, \"review_note\" text, CONSTRAINT \"ck_risk_fund_enrolment_review\" CHECK (\"status\" <> 'PENDING_REVIEW' OR \"credit_listed\"), CONSTRAINT \"ck_risk_fund_enrolment_enrolled_on\" CHECK ((\"enrolled_on\" IS NOT NULL) = (\"status\" = 'ENROLLED')), CONSTRAINT \"ck_risk_fund_enrolment_status\" CHECK (\"status\" IN ('PENDING_REVIEW', 'ENROLLED', 'DECLINED')), CONSTRAINT \"pk_risk_fund_enrolment\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_enrolment_lender\" ON \"registry\".\"risk_fund_enrolment\"  (\"lender_party_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_enrolment_fund\" ON \"registry\".\"risk_fund_enrolment\"  (\"fund_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_risk_fund_enrolment_loan\" ON \"registry\".\"risk_fund_enrolment\"  (\"loan_id\") WHERE \"status\" <> 'DECLINED'");
    await queryRunner.query("CREATE TABLE \"registry\".\"risk_fund_ratio_version\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"effective_from\" date NOT NULL, \"effective_to\" date, \"fund_part\" numeric(12,4) NOT NULL, \"bank_part\" numeric(12,4) NOT NULL, \"insurer_part\" numeric(12,4) NOT NULL, \"appraiser_part\" numeric(12,4) NOT NULL, \"created_by\" uuid, CONSTRAINT \"ck_risk_fund_ratio_version_parts\" CHECK (\"fund_part\" > 0 AND \"bank_part\" > 0 AND \"insurer_part\" >= 0 AND \"appraiser_part\" >= 0), CONSTRAINT \"ck_risk_fund_ratio_version_dates\" CHECK (\"effective_to\" IS NULL OR \"effective_to\" >= \"effective_from\"), CONSTRAINT \"ex_risk_fund_ratio_version_overlap\" EXCLUDE USING gist (\"fund_id\" WITH =, daterange(\"effective_from\", \"effective_to\", '[]') WITH &&), CONSTRAINT \"pk_risk_fund_ratio_version\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_ratio_version_fund\" ON \"registry\".\"risk_fund_ratio_version\"  (\"fund_id\", \"effective_from\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"risk_fund_claim\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"enrolment_id\" uuid NOT NULL, \"loan_id\" uuid NOT NULL, \"pledge_id\" uuid NOT NULL, \"lender_party_id\" uuid NOT NULL, \"status\" character varying(12) NOT NULL, \"currency\" character(3) NOT NULL, \"loss_date\" date NOT NULL, \"outstanding_principal\" numeric(20,4) NOT NULL, \"unpaid_interest\" numeric(20,4) NOT NULL, \"outstanding_claim\" numeric(20,4) NOT NULL, \"appraised_value\" numeric(20,4), \"realized_amount\" numeric(20,4) NOT NULL, \"loss\" numeric(20,4) NOT NULL, \"ratio_version_id\" uuid NOT NULL, \"fund_ratio\" numeric(12,4) NOT NULL, \"bank_ratio\" numeric(12,4) NOT NULL, \"insurer_ratio\" numeric(12,4) NOT NULL, \"appraiser_ratio\" numeric(12,4) NOT NULL, \"fund_part\" numeric(20,4) NOT NULL, \"bank_part\" numeric(20,4) NOT NULL, \"insurer_part\" numeric(20,4) NOT NULL, \"appraiser_part\" numeric(20,4) NOT NULL, \"cap_excess\" numeric(20,4) NOT NULL DEFAULT '0', \"recovered_amount\" numeric(20,4) NOT NULL DEFAULT '0', \"filed_by\" uuid, \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_note\" text, CONSTRAINT \"ck_risk_fund_claim_recovered\" CHECK (\"recovered_amount\" >= 0 AND \"recovered_amount\" <= \"fund_part\" AND (\"recovered_amount\" = 0 OR \"status\" = 'PAID')), CONSTRAINT \"ck_risk_fund_claim_ratio\" CHECK (\"fund_ratio\" > 0 AND \"bank_ratio\" > 0 AND \"insurer_ratio\" >= 0 AND \"appraiser_ratio\" >= 0), CONSTRAINT \"ck_risk_fund_claim_parts\" CHECK (\"fund_part\" >= 0 AND \"bank_part\" >= 0 AND \"insurer_part\" >= 0 AND \"appraiser_part\" >= 0 AND \"cap_excess\" >= 0 AND \"fund_part\" + \"bank_part\" + \"insurer_part\" + \"appraiser_part\" = \"loss\"), CONSTRAINT \"ck_risk_fund_claim_loss\" CHECK (\"loss\" > 0 AND \"loss\" <= \"outstanding_claim\"), CONSTRAINT \"ck_risk_fund_claim_realized\" CHECK (\"realized_amount\" >= 0), CONSTRAINT \"ck_risk_fund_claim_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_risk_fund_claim_outstanding\" CHECK (\"outstanding_principal\" >= 0 AND \"unpaid_interest\" >= 0 AND \"outstanding_claim\" = \"outstanding_principal\" + \"unpaid_interest\"), CONSTRAINT \"ck_risk_fund_claim_decided\" CHECK ((\"status\" = 'FILED') = (\"decided_at\" IS NULL)), CONSTRAINT \"ck_risk_fund_claim_status\" CHECK (\"status\" IN ('FILED', 'PAID', 'REJECTED')), CONSTRAINT \"pk_risk_fund_claim\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_claim_lender\" ON \"registry\".\"risk_fund_claim\"  (\"lender_party_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_claim_fund\" ON \"registry\".\"risk_fund_claim\"  (\"fund_id\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_risk_fund_claim_loan\" ON \"registry\".\"risk_fund_claim\"  (\"loan_id\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"risk_fund_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"kind\" character varying(16) NOT NULL, \"amount\" numeric(20,4) NOT NULL, \"balance_after\" numeric(20,4) NOT NULL, \"claim_id\" uuid, \"booked_on\" date NOT NULL, \"note\" text, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_risk_fund_entry_balance\" CHECK (\"balance_after\" >= 0), CONSTRAINT \"ck_risk_fund_entry_seq\" CHECK (\"seq\" >= 1), CONSTRAINT \"ck_risk_fund_entry_claim\" CHECK ((\"kind\" = 'CONTRIBUTION') = (\"claim_id\" IS NULL)), CONSTRAINT \"ck_risk_fund_entry_sign\" CHECK (\"amount\" <> 0 AND (\"kind\" = 'PAYOUT') = (\"amount\" < 0)), CONSTRAINT \"ck_risk_fund_entry_kind\" CHECK (\"kind\" IN ('CONTRIBUTION', 'PAYOUT', 'RECOVERY')), CONSTRAINT \"pk_risk_fund_entry\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_risk_fund_entry_claim\" ON \"registry\".\"risk_fund_entry\"  (\"claim_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_risk_fund_entry_payout\" ON \"registry\".\"risk_fund_entry\"  (\"claim_id\") WHERE \"kind\" = 'PAYOUT'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_risk_fund_entry_seq\" ON \"registry\".\"risk_fund_entry\"  (\"fund_id\", \"seq\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund\" ADD CONSTRAINT \"fk_risk_fund_owner\" FOREIGN KEY (\"owner_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_enrolment\" ADD CONSTRAINT \"fk_risk_fund_enrolment_fund\" FOREIGN KEY (\"fund_id\") REFERENCES \"registry\".\"risk_fund\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_enrolment\" ADD CONSTRAINT \"fk_risk_fund_enrolment_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_ratio_version\" ADD CONSTRAINT \"fk_risk_fund_ratio_version_fund\" FOREIGN KEY (\"fund_id\") REFERENCES \"registry\".\"risk_fund\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" ADD CONSTRAINT \"fk_risk_fund_claim_fund\" FOREIGN KEY (\"fund_id\") REFERENCES \"registry\".\"risk_fund\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" ADD CONSTRAINT \"fk_risk_fund_claim_enrolment\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"registry\".\"risk_fund_enrolment\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" ADD CONSTRAINT \"fk_risk_fund_claim_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" ADD CONSTRAINT \"fk_risk_fund_claim_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" ADD CONSTRAINT \"fk_risk_fund_claim_ratio_version\" FOREIGN KEY (\"ratio_version_id\") REFERENCES \"registry\".\"risk_fund_ratio_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_entry\" ADD CONSTRAINT \"fk_risk_fund_entry_fund\" FOREIGN KEY (\"fund_id\") REFERENCES \"registry\".\"risk_fund\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_entry\" ADD CONSTRAINT \"fk_risk_fund_entry_claim\" FOREIGN KEY (\"claim_id\") REFERENCES \"registry\".\"risk_fund_claim\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query(LEDGER_FUNCTIONS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_LEDGER_FUNCTIONS);
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_entry\" DROP CONSTRAINT \"fk_risk_fund_entry_claim\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_entry\" DROP CONSTRAINT \"fk_risk_fund_entry_fund\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" DROP CONSTRAINT \"fk_risk_fund_claim_ratio_version\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" DROP CONSTRAINT \"fk_risk_fund_claim_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" DROP CONSTRAINT \"fk_risk_fund_claim_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" DROP CONSTRAINT \"fk_risk_fund_claim_enrolment\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_claim\" DROP CONSTRAINT \"fk_risk_fund_claim_fund\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_ratio_version\" DROP CONSTRAINT \"fk_risk_fund_ratio_version_fund\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_enrolment\" DROP CONSTRAINT \"fk_risk_fund_enrolment_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund_enrolment\" DROP CONSTRAINT \"fk_risk_fund_enrolment_fund\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"risk_fund\" DROP CONSTRAINT \"fk_risk_fund_owner\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_risk_fund_entry_seq\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_risk_fund_entry_payout\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_entry_claim\"");
    await queryRunner.query("DROP TABLE \"registry\".\"risk_fund_entry\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_risk_fund_claim_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_claim_fund\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_claim_lender\"");
    await queryRunner.query("DROP TABLE \"registry\".\"risk_fund_claim\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_ratio_version_fund\"");
    await queryRunner.query("DROP TABLE \"registry\".\"risk_fund_ratio_version\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_risk_fund_enrolment_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_enrolment_fund\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_risk_fund_enrolment_lender\"");
    await queryRunner.query("DROP TABLE \"registry\".\"risk_fund_enrolment\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_risk_fund_city\"");
    await queryRunner.query("DROP TABLE \"registry\".\"risk_fund\"");
  }
}
