import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Parks and loans in the city program (decisions 60-63).
 *
 * Parks: a pledge is attributed to its pledgor's park (party.park, '' for none) as it stood at
 * registration, next to city and district; the rollup and the pledgor-year table are keyed by
 * park too, so a park's figures are one index range like a district's. The two pledge
 * functions of AddProgramTargetsAndRollup are replaced by the same logic plus park;
 * program_volume_first_time is unchanged (it copies whole fact rows).
 *
 * Loans: a loan counts in the loan volume when it is disbursed, i.e. on the transition
 * APPROVED -> ACTIVE, in the disbursing transaction; only CNY principal counts, attributed to
 * the borrower's city, district and park at disbursement, the lender and the principal's size
 * band. A loan that becomes ACTIVE any other way (a rescheduled successor inserted directly
 * ACTIVE) is not a new disbursement and does not count. A disbursement is never taken back:
 * write-off, rescheduling and repayment close the loan but leave it in its year's volume.
 *
 * Generated, then reviewed by hand: the primary keys are recreated in key order (city, year,
 * district, park, ...: the dashboard reads a city's range) instead of the generator's order,
 * the new NOT NULL park columns take '' (no park) for rows already there, and the unique
 * target index keeps NULLS NOT DISTINCT (TypeORM cannot express it).
 */
const PARK_AND_LOAN_VOLUME_FUNCTIONS = `
CREATE OR REPLACE FUNCTION registry.program_volume_apply(f registry.pledge_volume_fact, sign integer, first_time_only boolean)
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF sign > 0 THEN
    INSERT INTO registry.pledge_volume_rollup AS r (city, year, district, park, quarter, dimension, value, registrations, amount)
    SELECT f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value, 1, f.amount
      FROM (VALUES ('BAND', f.size_band), ('FIRST_TIME', 'Y'), ('IPC', f.ipc_section),
                   ('LENDER', f.lender_party_id::text), ('TOTAL', '')) AS d(dimension, value)
     WHERE CASE WHEN d.dimension = 'FIRST_TIME' THEN f.first_time ELSE NOT first_time_only END
     ORDER BY d.dimension
    ON CONFLICT (city, year, district, park, quarter, dimension, value)
    DO UPDATE SET registrations = r.registrations + 1, amount = r.amount + EXCLUDED.amount;
  ELSE
    UPDATE registry.pledge_volume_rollup r SET registrations = r.registrations - 1, amount = r.amount - f.amount
      FROM (VALUES ('BAND', f.size_band), ('FIRST_TIME', 'Y'), ('IPC', f.ipc_section),
                   ('LENDER', f.lender_party_id::text), ('TOTAL', '')) AS d(dimension, value)
     WHERE r.city = f.city AND r.year = f.year AND r.district = f.district AND r.park = f.park
       AND r.quarter = f.quarter AND r.dimension = d.dimension AND r.value = d.value
       AND CASE WHEN d.dimension = 'FIRST_TIME' THEN f.first_time ELSE NOT first_time_only END;
  END IF;
  IF first_time_only THEN RETURN; END IF;
  IF sign > 0 THEN
    INSERT INTO registry.pledge_pledgor_year AS y (city, year, district, park, pledgor_party_id, registrations)
    VALUES (f.city, f.year, f.district, f.park, f.pledgor_party_id, 1)
    ON CONFLICT (city, year, district, park, pledgor_party_id) DO UPDATE SET registrations = y.registrations + 1;
  ELSE
    DELETE FROM registry.pledge_pledgor_year
     WHERE city = f.city AND year = f.year AND district = f.district AND park = f.park
       AND pledgor_party_id = f.pledgor_party_id AND registrations = 1;
    IF NOT FOUND THEN
      UPDATE registry.pledge_pledgor_year SET registrations = registrations - 1
       WHERE city = f.city AND year = f.year AND district = f.district AND park = f.park
         AND pledgor_party_id = f.pledgor_party_id;
    END IF;
  END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION registry.pledge_volume_on_status()
RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  f registry.pledge_volume_fact%ROWTYPE;
BEGIN
  IF OLD.registration_number IS NULL AND NEW.registration_number IS NOT NULL
     AND NEW.status <> 'REVOKED' AND NEW.claim_currency = 'CNY' THEN
    INSERT INTO registry.pledge_volume_fact (pledge_id, pledgor_party_id, city, district, park, year, quarter,
                                             registered_on, lender_party_id, ipc_section, size_band, amount, first_time)
    SELECT NEW.id, NEW.pledgor_party_id, pr.city, coalesce(pr.district, ''), coalesce(pr.park, ''),
           extract(year FROM NEW.registered_on)::smallint, extract(quarter FROM NEW.registered_on)::smallint,
           NEW.registered_on, NEW.pledgee_party_id,
           coalesce((SELECT upper(left(a.main_ipc, 1)) FROM registry.pledge_asset pa
                       JOIN registry.ip_asset a ON a.id = pa.asset_id
                      WHERE pa.pledge_id = NEW.id ORDER BY pa.position, pa.asset_id LIMIT 1), ''),
           CASE WHEN NEW.claim_amount < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END,
           NEW.claim_amount, false
      FROM registry.party pr WHERE pr.id = NEW.pledgor_party_id
    RETURNING * INTO f;
    PERFORM registry.program_volume_apply(f, 1, false);
    PERFORM registry.program_volume_first_time(NEW.pledgor_party_id);
  ELSIF NEW.status = 'REVOKED' AND OLD.status <> 'REVOKED' THEN
    DELETE FROM registry.pledge_volume_fact WHERE pledge_id = NEW.id RETURNING * INTO f;
    IF FOUND THEN
      PERFORM registry.program_volume_apply(f, -1, false);
      PERFORM registry.program_volume_first_time(f.pledgor_party_id);
    END IF;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION registry.loan_volume_on_disbursement()
RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  f registry.loan_volume_fact%ROWTYPE;
BEGIN
  IF NEW.currency <> 'CNY' THEN RETURN NULL; END IF;
  -- The fact's primary key counts a loan at most once, whatever status updates follow.
  INSERT INTO registry.loan_volume_fact (loan_id, borrower_party_id, city, district, park, year, quarter,
                                         disbursed_on, lender_party_id, size_band, amount)
  SELECT NEW.id, NEW.borrower_party_id, pr.city, coalesce(pr.district, ''), coalesce(pr.park, ''),
         extract(year FROM NEW.disbursed_on)::smallint, extract(quarter FROM NEW.disbursed_on)::smallint,
         NEW.disbursed_on, NEW.lender_party_id,
         CASE WHEN NEW.principal < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END, NEW.principal
    FROM registry.party pr WHERE pr.id = NEW.borrower_party_id
  ON CONFLICT (loan_id) DO NOTHING
  RETURNING * INTO f;
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO registry.loan_volume_rollup AS r (city, year, district, park, quarter, dimension, value, loans, amount)
  SELECT f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value, 1, f.amount
    FROM (VALUES ('BAND', f.size_band), ('LENDER', f.lender_party_id::text), ('TOTAL', '')) AS d(dimension, value)
   ORDER BY d.dimension
  ON CONFLICT (city, year, district, park, quarter, dimension, value)
  DO UPDATE SET loans = r.loans + 1, amount = r.amount + EXCLUDED.amount;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER loan_volume_on_disbursement AFTER UPDATE OF status ON registry.loan
  FOR EACH ROW WHEN (OLD.status = 'APPROVED' AND NEW.status = 'ACTIVE')
  EXECUTE FUNCTION registry.loan_volume_on_disbursement();
`;

/** down(): the loan trigger goes; the pledge functions as AddProgramTargetsAndRollup created them. */
const RESTORE_PROGRAM_VOLUME_FUNCTIONS = `
DROP TRIGGER loan_volume_on_disbursement ON registry.loan;
DROP FUNCTION registry.loan_volume_on_disbursement();

CREATE OR REPLACE FUNCTION registry.program_volume_apply(f registry.pledge_volume_fact, sign integer, first_time_only boolean)
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF sign > 0 THEN
    INSERT INTO registry.pledge_volume_rollup AS r (city, year, district, quarter, dimension, value, registrations, amount)
    SELECT f.city, f.year, f.district, f.quarter, d.dimension, d.value, 1, f.amount
      FROM (VALUES ('BAND', f.size_band), ('FIRST_TIME', 'Y'), ('IPC', f.ipc_section),
                   ('LENDER', f.lender_party_id::text), ('TOTAL', '')) AS d(dimension, value)
     WHERE CASE WHEN d.dimension = 'FIRST_TIME' THEN f.first_time ELSE NOT first_time_only END
     ORDER BY d.dimension
    ON CONFLICT (city, year, district, quarter, dimension, value)
    DO UPDATE SET registrations = r.registrations + 1, amount = r.amount + EXCLUDED.amount;
  ELSE
    UPDATE registry.pledge_volume_rollup r SET registrations = r.registrations - 1, amount = r.amount - f.amount
      FROM (VALUES ('BAND', f.size_band), ('FIRST_TIME', 'Y'), ('IPC', f.ipc_section),
                   ('LENDER', f.lender_party_id::text), ('TOTAL', '')) AS d(dimension, value)
     WHERE r.city = f.city AND r.year = f.year AND r.district = f.district AND r.quarter = f.quarter
       AND r.dimension = d.dimension AND r.value = d.value
       AND CASE WHEN d.dimension = 'FIRST_TIME' THEN f.first_time ELSE NOT first_time_only END;
  END IF;
  IF first_time_only THEN RETURN; END IF;
  IF sign > 0 THEN
    INSERT INTO registry.pledge_pledgor_year AS y (city, year, district, pledgor_party_id, registrations)
    VALUES (f.city, f.year, f.district, f.pledgor_party_id, 1)
    ON CONFLICT (city, year, district, pledgor_party_id) DO UPDATE SET registrations = y.registrations + 1;
  ELSE
    DELETE FROM registry.pledge_pledgor_year
     WHERE city = f.city AND year = f.year AND district = f.district AND pledgor_party_id = f.pledgor_party_id
       AND registrations = 1;
    IF NOT FOUND THEN
      UPDATE registry.pledge_pledgor_year SET registrations = registrations - 1
       WHERE city = f.city AND year = f.year AND district = f.district AND pledgor_party_id = f.pledgor_party_id;
    END IF;
  END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION registry.pledge_volume_on_status()
RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  f registry.pledge_volume_fact%ROWTYPE;
BEGIN
  IF OLD.registration_number IS NULL AND NEW.registration_number IS NOT NULL
     AND NEW.status <> 'REVOKED' AND NEW.claim_currency = 'CNY' THEN
    INSERT INTO registry.pledge_volume_fact (pledge_id, pledgor_party_id, city, district, year, quarter, registered_on,
                                             lender_party_id, ipc_section, size_band, amount, first_time)
    SELECT NEW.id, NEW.pledgor_party_id, pr.city, coalesce(pr.district, ''),
           extract(year FROM NEW.registered_on)::smallint, extract(quarter FROM NEW.registered_on)::smallint,
           NEW.registered_on, NEW.pledgee_party_id,
           coalesce((SELECT upper(left(a.main_ipc, 1)) FROM registry.pledge_asset pa
                       JOIN registry.ip_asset a ON a.id = pa.asset_id
                      WHERE pa.pledge_id = NEW.id ORDER BY pa.position, pa.asset_id LIMIT 1), ''),
           CASE WHEN NEW.claim_amount < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END,
           NEW.claim_amount, false
      FROM registry.party pr WHERE pr.id = NEW.pledgor_party_id
    RETURNING * INTO f;
    PERFORM registry.program_volume_apply(f, 1, false);
    PERFORM registry.program_volume_first_time(NEW.pledgor_party_id);
  ELSIF NEW.status = 'REVOKED' AND OLD.status <> 'REVOKED' THEN
    DELETE FROM registry.pledge_volume_fact WHERE pledge_id = NEW.id RETURNING * INTO f;
    IF FOUND THEN
      PERFORM registry.program_volume_apply(f, -1, false);
      PERFORM registry.program_volume_first_time(f.pledgor_party_id);
    END IF;
  END IF;
  RETURN NULL;
END
$fn$;
`;

/** down(): park figures fold into their district's '' rows so the old keys stay unique. */
const FOLD_PARKS = `
WITH gone AS (DELETE FROM registry.pledge_volume_rollup RETURNING *)
INSERT INTO registry.pledge_volume_rollup (city, year, district, park, quarter, dimension, value, registrations, amount)
SELECT city, year, district, '', quarter, dimension, value, sum(registrations), sum(amount)
  FROM gone GROUP BY city, year, district, quarter, dimension, value;
WITH gone AS (DELETE FROM registry.pledge_pledgor_year RETURNING *)
INSERT INTO registry.pledge_pledgor_year (city, year, district, park, pledgor_party_id, registrations)
SELECT city, year, district, '', pledgor_party_id, sum(registrations)
  FROM gone GROUP BY city, year, district, pledgor_party_id;
DELETE FROM registry.program_target WHERE park IS NOT NULL;
`;

export class AddProgramParksAndLoanVolume1795258703432 implements MigrationInterface {
  name = 'AddProgramParksAndLoanVolume1795258703432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"registry\".\"uq_program_target_city_district_year\"");
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_volume_fact\" (\"loan_id\" uuid NOT NULL, \"borrower_party_id\" uuid NOT NULL, \"city\" character varying(64) NOT NULL, \"district\" character varying(64) NOT NULL, \"park\" character varying(64) NOT NULL, \"year\" smallint NOT NULL, \"quarter\" smallint NOT NULL, \"disbursed_on\" date NOT NULL, \"lender_party_id\" uuid NOT NULL, \"size_band\" character varying(12) NOT NULL, \"amount\" numeric(20,4) NOT NULL, CONSTRAINT \"ck_loan_volume_fact_amount\" CHECK (\"amount\" > 0), CONSTRAINT \"ck_loan_volume_fact_quarter\" CHECK (\"quarter\" BETWEEN 1 AND 4), CONSTRAINT \"ck_loan_volume_fact_band\" CHECK (\"size_band\" IN ('UNDER_10M', 'OVER_10M')), CONSTRAINT \"pk_loan_volume_fact\" PRIMARY KEY (\"loan_id\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"loan_volume_rollup\" (\"city\" character varying(64) NOT NULL, \"year\" smallint NOT NULL, \"district\" character varying(64) NOT NULL, \"park\" character varying(64) NOT NULL, \"quarter\" smallint NOT NULL, \"dimension\" character varying(12) NOT NULL, \"value\" character varying(36) NOT NULL, \"loans\" integer NOT NULL, \"amount\" numeric(20,4) NOT NULL, CONSTRAINT \"ck_loan_volume_rollup_counts\" CHECK (\"loans\" > 0 AND \"amount\" > 0), CONSTRAINT \"ck_loan_volume_rollup_dimension\" CHECK (\"dimension\" IN ('TOTAL', 'LENDER', 'BAND')), CONSTRAINT \"pk_loan_volume_rollup\" PRIMARY KEY (\"city\", \"year\", \"district\", \"park\", \"quarter\", \"dimension\", \"value\"))");
    await queryRunner.query("CREATE INDEX \"ix_loan_volume_rollup_year_total\" ON \"registry\".\"loan_volume_rollup\"  (\"year\", \"city\", \"quarter\") WHERE \"dimension\" = 'TOTAL'");
    await queryRunner.query("ALTER TABLE \"registry\".\"party\" ADD \"park\" character varying(64)");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" ADD \"park\" character varying(64) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" ALTER COLUMN \"park\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" DROP CONSTRAINT \"pk_pledge_pledgor_year\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" ADD CONSTRAINT \"pk_pledge_pledgor_year\" PRIMARY KEY (\"city\", \"year\", \"district\", \"park\", \"pledgor_party_id\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_fact\" ADD \"park\" character varying(64) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_fact\" ALTER COLUMN \"park\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" ADD \"park\" character varying(64) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" ALTER COLUMN \"park\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" DROP CONSTRAINT \"pk_pledge_volume_rollup\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" ADD CONSTRAINT \"pk_pledge_volume_rollup\" PRIMARY KEY (\"city\", \"year\", \"district\", \"park\", \"quarter\", \"dimension\", \"value\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"program_target\" ADD \"park\" character varying(64)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_program_target_scope_year\" ON \"registry\".\"program_target\"  (\"city\", \"district\", \"park\", \"year\") NULLS NOT DISTINCT");
    await queryRunner.query("ALTER TABLE \"registry\".\"party\" ADD CONSTRAINT \"ck_party_park_in_district\" CHECK (\"park\" IS NULL OR (\"district\" IS NOT NULL AND length(btrim(\"park\")) > 0))");
    await queryRunner.query("ALTER TABLE \"registry\".\"program_target\" ADD CONSTRAINT \"ck_program_target_park_in_district\" CHECK (\"park\" IS NULL OR \"district\" IS NOT NULL)");
    // Hand-written: the pledge trigger's functions with park, and the loan disbursement trigger.
    await queryRunner.query(PARK_AND_LOAN_VOLUME_FUNCTIONS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(RESTORE_PROGRAM_VOLUME_FUNCTIONS);
    await queryRunner.query(FOLD_PARKS);
    await queryRunner.query("ALTER TABLE \"registry\".\"program_target\" DROP CONSTRAINT \"ck_program_target_park_in_district\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"party\" DROP CONSTRAINT \"ck_party_park_in_district\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_program_target_scope_year\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"program_target\" DROP COLUMN \"park\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" DROP CONSTRAINT \"pk_pledge_volume_rollup\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" ADD CONSTRAINT \"pk_pledge_volume_rollup\" PRIMARY KEY (\"city\", \"year\", \"district\", \"quarter\", \"dimension\", \"value\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_rollup\" DROP COLUMN \"park\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_volume_fact\" DROP COLUMN \"park\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" DROP CONSTRAINT \"pk_pledge_pledgor_year\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" ADD CONSTRAINT \"pk_pledge_pledgor_year\" PRIMARY KEY (\"city\", \"year\", \"district\", \"pledgor_party_id\")");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_pledgor_year\" DROP COLUMN \"park\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"party\" DROP COLUMN \"park\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_loan_volume_rollup_year_total\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_volume_rollup\"");
    await queryRunner.query("DROP TABLE \"registry\".\"loan_volume_fact\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_program_target_city_district_year\" ON \"registry\".\"program_target\" (\"city\", \"district\", \"year\") NULLS NOT DISTINCT");
  }
}
