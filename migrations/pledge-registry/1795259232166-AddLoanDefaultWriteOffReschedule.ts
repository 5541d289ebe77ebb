import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: the two reschedule links of a pair must point at each other, on the same
// pledge, lender, borrower and currency. Checked at commit (DEFERRABLE INITIALLY DEFERRED)
// because the old loan is closed, pointing at its successor, before the successor exists.
const RESCHEDULE_LINKS = `
CREATE FUNCTION registry.loan_reschedule_links_agree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me registry.loan%ROWTYPE;
  other registry.loan%ROWTYPE;
BEGIN
  -- Deferred to commit: judge the row as it stands then, not as the queued event saw it.
  SELECT * INTO me FROM registry.loan WHERE id = NEW.id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF me.rescheduled_to_loan_id IS NOT NULL THEN
    SELECT * INTO other FROM registry.loan WHERE id = me.rescheduled_to_loan_id;
    IF NOT FOUND OR other.rescheduled_from_loan_id IS DISTINCT FROM me.id
       OR (other.pledge_id, other.lender_party_id, other.borrower_party_id, other.currency)
          IS DISTINCT FROM (me.pledge_id, me.lender_party_id, me.borrower_party_id, me.currency) THEN
      RAISE EXCEPTION 'ck_loan_reschedule_links: loan % and its successor % do not link back on the same pledge and parties',
        me.id, me.rescheduled_to_loan_id
        USING ERRCODE = '23514', CONSTRAINT = 'ck_loan_reschedule_links';
    END IF;
  END IF;
  IF me.rescheduled_from_loan_id IS NOT NULL THEN
    SELECT * INTO other FROM registry.loan WHERE id = me.rescheduled_from_loan_id;
    IF NOT FOUND OR other.rescheduled_to_loan_id IS DISTINCT FROM me.id
       OR (other.pledge_id, other.lender_party_id, other.borrower_party_id, other.currency)
          IS DISTINCT FROM (me.pledge_id, me.lender_party_id, me.borrower_party_id, me.currency) THEN
      RAISE EXCEPTION 'ck_loan_reschedule_links: loan % and its predecessor % do not link back on the same pledge and parties',
        me.id, me.rescheduled_from_loan_id
        USING ERRCODE = '23514', CONSTRAINT = 'ck_loan_reschedule_links';
    END IF;
  END IF;
  -- A loan that still points at this one must be pointed back at (catches a link cleared here).
  IF EXISTS (SELECT 1 FROM registry.loan o WHERE o.rescheduled_to_loan_id = me.id
              AND o.id IS DISTINCT FROM me.rescheduled_from_loan_id)
     OR EXISTS (SELECT 1 FROM registry.loan o WHERE o.rescheduled_from_loan_id = me.id
              AND o.id IS DISTINCT FROM me.rescheduled_to_loan_id) THEN
    RAISE EXCEPTION 'ck_loan_reschedule_links: loan % is linked to by a loan it does not link back to', me.id
      USING ERRCODE = '23514', CONSTRAINT = 'ck_loan_reschedule_links';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER tg_loan_reschedule_links_insert
  AFTER INSERT ON registry.loan DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.rescheduled_from_loan_id IS NOT NULL OR NEW.rescheduled_to_loan_id IS NOT NULL)
  EXECUTE FUNCTION registry.loan_reschedule_links_agree();
CREATE CONSTRAINT TRIGGER tg_loan_reschedule_links_update
  AFTER UPDATE OF rescheduled_from_loan_id, rescheduled_to_loan_id, pledge_id, lender_party_id, borrower_party_id, currency
  ON registry.loan DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.rescheduled_from_loan_id IS NOT NULL OR OLD.rescheduled_to_loan_id IS NOT NULL
                     OR NEW.rescheduled_from_loan_id IS NOT NULL OR NEW.rescheduled_to_loan_id IS NOT NULL)
  EXECUTE FUNCTION registry.loan_reschedule_links_agree();
`;

const DROP_RESCHEDULE_LINKS = `
DROP TRIGGER tg_loan_reschedule_links_update ON registry.loan;
DROP TRIGGER tg_loan_reschedule_links_insert ON registry.loan;
DROP FUNCTION registry.loan_reschedule_links_agree();
`;

export class AddLoanDefaultWriteOffReschedule1795259232166 implements MigrationInterface {
  name = 'AddLoanDefaultWriteOffReschedule1795259232166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD \"penalty_rate\" numeric(12,8)");
    // Hand-written: loans disbursed before penalty interest existed were contracted without it.
    await queryRunner.query("UPDATE \"registry\".\"loan\" SET \"penalty_rate\" = 0 WHERE \"disbursed_on\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD \"defaulted_on\" date");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD \"written_off_amount\" numeric(20,4)");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD \"rescheduled_from_loan_id\" uuid");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD \"rescheduled_to_loan_id\" uuid");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" ADD \"penalty_paid\" numeric(20,4) NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_loan_rescheduled_to\" ON \"registry\".\"loan\"  (\"rescheduled_to_loan_id\") WHERE \"rescheduled_to_loan_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_loan_rescheduled_from\" ON \"registry\".\"loan\"  (\"rescheduled_from_loan_id\") WHERE \"rescheduled_from_loan_id\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_rescheduled_from\" CHECK (\"rescheduled_from_loan_id\" IS NULL OR (\"rescheduled_from_loan_id\" <> \"id\" AND \"disbursed_on\" IS NOT NULL))");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_rescheduled_to\" CHECK ((\"rescheduled_to_loan_id\" IS NOT NULL) = (\"close_reason\" IS NOT DISTINCT FROM 'RESCHEDULED') AND \"rescheduled_to_loan_id\" <> \"id\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_written_off\" CHECK ((\"written_off_amount\" IS NOT NULL) = (\"close_reason\" IS NOT DISTINCT FROM 'WRITTEN_OFF') AND (\"written_off_amount\" IS NULL OR (\"written_off_amount\" >= \"outstanding_principal\" AND \"written_off_amount\" > 0 AND \"defaulted_on\" IS NOT NULL)))");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_defaulted_on\" CHECK (\"defaulted_on\" IS NULL OR (\"disbursed_on\" IS NOT NULL AND \"defaulted_on\" >= \"disbursed_on\"))");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_penalty_rate\" CHECK ((\"penalty_rate\" IS NULL) = (\"disbursed_on\" IS NULL) AND (\"penalty_rate\" IS NULL OR \"penalty_rate\" >= 0))");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"ck_loan_closed_on\" CHECK ((\"closed_on\" IS NOT NULL) = (\"status\" IN ('CLOSED','OVERPAID')))");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"fk_loan_rescheduled_from\" FOREIGN KEY (\"rescheduled_from_loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" ADD CONSTRAINT \"fk_loan_rescheduled_to\" FOREIGN KEY (\"rescheduled_to_loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED");
    // Hand-written: the generator does not see a changed CHECK expression.
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" DROP CONSTRAINT \"ck_loan_repayment_parts\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" ADD CONSTRAINT \"ck_loan_repayment_parts\" CHECK (\"penalty_paid\" >= 0 AND \"interest_paid\" >= 0 AND \"principal_paid\" >= 0 AND \"excess\" >= 0 AND \"penalty_paid\" + \"interest_paid\" + \"principal_paid\" + \"excess\" = \"amount\")");
    await queryRunner.query(RESCHEDULE_LINKS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_RESCHEDULE_LINKS);
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" DROP CONSTRAINT \"ck_loan_repayment_parts\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" ADD CONSTRAINT \"ck_loan_repayment_parts\" CHECK (\"interest_paid\" >= 0 AND \"principal_paid\" >= 0 AND \"excess\" >= 0 AND \"interest_paid\" + \"principal_paid\" + \"excess\" = \"amount\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"fk_loan_rescheduled_to\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"fk_loan_rescheduled_from\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_closed_on\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_penalty_rate\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_defaulted_on\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_written_off\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_rescheduled_to\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP CONSTRAINT \"ck_loan_rescheduled_from\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_loan_rescheduled_from\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_loan_rescheduled_to\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan_repayment\" DROP COLUMN \"penalty_paid\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP COLUMN \"rescheduled_to_loan_id\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP COLUMN \"rescheduled_from_loan_id\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP COLUMN \"written_off_amount\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP COLUMN \"defaulted_on\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"loan\" DROP COLUMN \"penalty_rate\"");
  }
}
