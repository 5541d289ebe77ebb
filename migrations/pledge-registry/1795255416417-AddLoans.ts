import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLoans1795255416417 implements MigrationInterface {
  name = 'AddLoans1795255416417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"loan\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"pledge_id\" uuid NOT NULL, \"lender_party_id\" uuid NOT NULL, \"borrower_party_id\" uuid NOT NULL, \"principal\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL, \"annual_rate\" numeric(12,8) NOT NULL, \"term_months\" integer NOT NULL, \"repayment_method\" character varying(24) NOT NULL, \"day_count\" character varying(16) NOT NULL, \"requested_disbursement_date\" date, \"disbursed_on\" date, \"status\" character varying(12) NOT NULL, \"close_reason\" character varying(16), \"closed_on\" date, \"outstanding_principal\" numeric(20,4) NOT NULL, \"excess_amount\" numeric(20,4) NOT NULL DEFAULT '0', \"version\" integer NOT NULL DEFAULT '1', \"created_by\" uuid, CONSTRAINT \"ck_loan_version\" CHECK (\"version\" >= 1), CONSTRAINT \"ck_loan_parties_differ\" CHECK (\"lender_party_id\" <> \"borrower_party_id\"), CONSTRAINT \"ck_loan_disbursed\" CHECK ((\"disbursed_on\" IS NOT NULL) = (\"status\" IN ('ACTIVE','CLOSED','OVERPAID'))), CONSTRAINT \"ck_loan_day_count\" CHECK (\"day_count\" IN ('MONTHLY_30_360', 'ACTUAL_360', 'ACTUAL_365')), CONSTRAINT \"ck_loan_repayment_method\" CHECK (\"repayment_method\" IN ('ANNUITY', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET', 'FLAT')), CONSTRAINT \"ck_loan_term_months\" CHECK (\"term_months\" BETWEEN 1 AND 600), CONSTRAINT \"ck_loan_annual_rate\" CHECK (\"annual_rate\" >= 0), CONSTRAINT \"ck_loan_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_loan_excess\" CHECK (\"excess_amount\" >= 0 AND (\"excess_amount\" > 0) = (\"status\" = 'OVERPAID')), CONSTRAINT \"ck_loan_outstanding\" CHECK (\"outstanding_principal\" >= 0 AND \"outstanding_principal\" <= \"principal\"), CONSTRAINT \"ck_loan_principal_positive\" CHECK (\"principal\" > 0), CONSTRAINT \"ck_loan_close_reason\" CHECK ((\"status\" = 'CLOSED') = (\"close_reason\" IS NOT NULL) AND (\"close_reason\" IS NULL OR \"close_reason\" IN ('REPAID','WRITTEN_OFF','RESCHEDULED'))), CONSTRAINT \"ck_loan_status\" CHECK (\"status\" IN ('SUBMITTED','APPROVED','ACTIVE','CLOSED','OVERPAID','REJECTED','WITHDRAWN')), CONSTRAINT \"pk_loan\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_loan_borrower\" ON \"registry\".\"loan\"  (\"borrower_party_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_loan_lender\" ON \"registry\".\"loan\"  (\"lender_party_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_loan_pledge\" ON \"registry\".\"loan\"  (\"pledge_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_loan_active_per_pledge\" ON \"registry\".\"loan\"  (\"pledge_id\") WHERE \"status\" = 'ACTIVE'");
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_instalment\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"loan_id\" uuid NOT NULL, \"number\" smallint NOT NULL, \"due_date\" date NOT NULL, \"principal_due\" numeric(20,4) NOT NULL, \"interest_due\" numeric(20,4) NOT NULL, \"principal_paid\" numeric(20,4) NOT NULL DEFAULT '0', \"interest_paid\" numeric(20,4) NOT NULL DEFAULT '0', CONSTRAINT \"ck_loan_instalment_paid\" CHECK (\"principal_paid\" >= 0 AND \"principal_paid\" <= \"principal_due\" AND \"interest_paid\" >= 0 AND \"interest_paid\" <= \"interest_due\"), CONSTRAINT \"ck_loan_instalment_due\" CHECK (\"principal_due\" >= 0 AND \"interest_due\" >= 0), CONSTRAINT \"ck_loan_instalment_number\" CHECK (\"number\" >= 1), CONSTRAINT \"pk_loan_instalment\" PRIMARY KEY (\"loan_id\", \"number\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_repayment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"loan_id\" uuid NOT NULL, \"amount\" numeric(20,4) NOT NULL, \"received_on\" date NOT NULL, \"interest_paid\" numeric(20,4) NOT NULL, \"principal_paid\" numeric(20,4) NOT NULL, \"excess\" numeric(20,4) NOT NULL, \"allocation\" jsonb NOT NULL, \"idempotency_key\" character varying(128), \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_loan_repayment_parts\" CHECK (\"interest_paid\" >= 0 AND \"principal_paid\" >= 0 AND \"excess\" >= 0 AND \"interest_paid\" + \"principal_paid\" + \"excess\" = \"amount\"), CONSTRAINT \"ck_loan_repayment_amount_positive\" CHECK (\"amount\" > 0), CONSTRAINT \"pk_loan_repayment\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_loan_repayment_key\" ON \"registry\".\"loan_repayment\"  (\"loan_id\", \"idempotency_key\") WHERE \"idempotency_key\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_loan_repayment_loan\" ON \"registry\".\"loan_repayment\"  (\"loan_id\", \"received_on\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"fk_loan_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"fk_loan_lender\" FOREIGN KEY (\"lender_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"fk_loan_borrower\" FOREIGN KEY (\"borrower_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_instalment\" ADD CONSTRAINT \"fk_loan_instalment_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" ADD CONSTRAINT \"fk_loan_repayment_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" DROP CONSTRAINT \"fk_loan_repayment_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_instalment\" DROP CONSTRAINT \"fk_loan_instalment_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"fk_loan_borrower\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"fk_loan_lender\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"fk_loan_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_loan_repayment_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_loan_repayment_key\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_repayment\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_instalment\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_loan_active_per_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_loan_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_loan_lender\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_loan_borrower\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan\"");
  }
}
