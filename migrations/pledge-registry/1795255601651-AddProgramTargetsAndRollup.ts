import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Program volume (decisions 40-43). A pledge counts from the moment it gets a registration
 * number until it is revoked; deregistration (repaid, realized, ...) does not remove it.
 * Only CNY claims count. Attribution is frozen at registration in pledge_volume_fact:
 * the pledgor's city and district, the pledgee, the first pledged asset's IPC section, the
 * registered amount's size band. First-time = the pledgor's earliest counted registration
 * (registration date, then pledge id), re-decided under a per-pledgor advisory lock
 * whenever one of its registrations is added or revoked.
 */
const PROGRAM_VOLUME_FUNCTIONS = `
CREATE FUNCTION registry.program_volume_apply(f registry.pledge_volume_fact, sign integer, first_time_only boolean)
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

CREATE FUNCTION registry.program_volume_first_time(pledgor uuid)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  want registry.pledge_volume_fact%ROWTYPE;
  have registry.pledge_volume_fact%ROWTYPE;
BEGIN
  -- Serializes a pledgor's registrations and revocations from here on; each statement below
  -- takes a fresh snapshot (READ COMMITTED), so it sees what the previous holder committed.
  PERFORM pg_advisory_xact_lock(hashtextextended('pledge_volume_first_time:' || pledgor::text, 0));
  SELECT * INTO want FROM registry.pledge_volume_fact
   WHERE pledgor_party_id = pledgor ORDER BY registered_on, pledge_id LIMIT 1;
  SELECT * INTO have FROM registry.pledge_volume_fact WHERE pledgor_party_id = pledgor AND first_time;
  IF have.pledge_id IS NOT DISTINCT FROM want.pledge_id THEN RETURN; END IF;
  IF have.pledge_id IS NOT NULL THEN
    UPDATE registry.pledge_volume_fact SET first_time = false WHERE pledge_id = have.pledge_id;
    PERFORM registry.program_volume_apply(have, -1, true);
  END IF;
  IF want.pledge_id IS NOT NULL THEN
    UPDATE registry.pledge_volume_fact SET first_time = true WHERE pledge_id = want.pledge_id RETURNING * INTO want;
    PERFORM registry.program_volume_apply(want, 1, true);
  END IF;
END
$fn$;

CREATE FUNCTION registry.pledge_volume_on_status()
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

CREATE TRIGGER pledge_volume_on_status AFTER UPDATE OF status ON registry.pledge
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION registry.pledge_volume_on_status();
`;

const DROP_PROGRAM_VOLUME_FUNCTIONS = `
DROP TRIGGER pledge_volume_on_status ON registry.pledge;
DROP FUNCTION registry.pledge_volume_on_status();
DROP FUNCTION registry.program_volume_first_time(uuid);
DROP FUNCTION registry.program_volume_apply(registry.pledge_volume_fact, integer, boolean);
`;

export class AddProgramTargetsAndRollup1795255601651 implements MigrationInterface {
  name = 'AddProgramTargetsAndRollup1795255601651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_pledgor_year\" (\"city\" character varying(64) NOT NULL, \"year\" smallint NOT NULL, \"district\" character varying(64) NOT NULL, \"pledgor_party_id\" uuid NOT NULL, \"registrations\" integer NOT NULL, CONSTRAINT \"ck_pledge_pledgor_year_registrations\" CHECK (\"registrations\" > 0), CONSTRAINT \"pk_pledge_pledgor_year\" PRIMARY KEY (\"city\", \"year\", \"district\", \"pledgor_party_id\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_volume_fact\" (\"pledge_id\" uuid NOT NULL, \"pledgor_party_id\" uuid NOT NULL, \"city\" character varying(64) NOT NULL, \"district\" character varying(64) NOT NULL, \"year\" smallint NOT NULL, \"quarter\" smallint NOT NULL, \"registered_on\" date NOT NULL, \"lender_party_id\" uuid NOT NULL, \"ipc_section\" character varying(1) NOT NULL, \"size_band\" character varying(12) NOT NULL, \"amount\" numeric(20,4) NOT NULL, \"first_time\" boolean NOT NULL, CONSTRAINT \"ck_pledge_volume_fact_quarter\" CHECK (\"quarter\" BETWEEN 1 AND 4), CONSTRAINT \"ck_pledge_volume_fact_band\" CHECK (\"size_band\" IN ('UNDER_10M', 'OVER_10M')), CONSTRAINT \"pk_pledge_volume_fact\" PRIMARY KEY (\"pledge_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pledge_volume_fact_first\" ON \"registry\".\"pledge_volume_fact\"  (\"pledgor_party_id\") WHERE \"first_time\"");
    await queryRunner.query("CREATE INDEX \"ix_pledge_volume_fact_pledgor\" ON \"registry\".\"pledge_volume_fact\"  (\"pledgor_party_id\", \"registered_on\", \"pledge_id\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_volume_rollup\" (\"city\" character varying(64) NOT NULL, \"year\" smallint NOT NULL, \"district\" character varying(64) NOT NULL, \"quarter\" smallint NOT NULL, \"dimension\" character varying(12) NOT NULL, \"value\" character varying(36) NOT NULL, \"registrations\" integer NOT NULL, \"amount\" numeric(20,4) NOT NULL, CONSTRAINT \"ck_pledge_volume_rollup_counts\" CHECK (\"registrations\" >= 0 AND \"amount\" >= 0), CONSTRAINT \"ck_pledge_volume_rollup_dimension\" CHECK (\"dimension\" IN ('TOTAL', 'LENDER', 'IPC', 'BAND', 'FIRST_TIME')), CONSTRAINT \"pk_pledge_volume_rollup\" PRIMARY KEY (\"city\", \"year\", \"district\", \"quarter\", \"dimension\", \"value\"))");
    await queryRunner.query("CREATE INDEX \"ix_pledge_volume_rollup_year_total\" ON \"registry\".\"pledge_volume_rollup\"  (\"year\", \"city\", \"quarter\") WHERE \"dimension\" = 'TOTAL'");
    await queryRunner.query("CREATE TABLE \"registry\".\"program_target\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"city\" character varying(64) NOT NULL, \"district\" character varying(64), \"year\" smallint NOT NULL, \"target_amount\" numeric(20,4) NOT NULL, \"target_registrations\" integer NOT NULL, \"target_enterprises\" integer NOT NULL, \"set_by\" uuid, CONSTRAINT \"ck_program_target_city\" CHECK (length(btrim(\"city\")) > 0), CONSTRAINT \"ck_program_target_year\" CHECK (\"year\" BETWEEN 2000 AND 2100), CONSTRAINT \"ck_program_target_enterprises\" CHECK (\"target_enterprises\" >= 0), CONSTRAINT \"ck_program_target_registrations\" CHECK (\"target_registrations\" >= 0), CONSTRAINT \"ck_program_target_amount\" CHECK (\"target_amount\" >= 0), CONSTRAINT \"pk_program_target\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_program_target_city_district_year\" ON \"registry\".\"program_target\"  (\"city\", \"district\", \"year\") NULLS NOT DISTINCT");
    // Hand-written: the program volume is maintained by a trigger on pledge status changes, in
    // the registering or revoking transaction, whatever code path changes the status.
    await queryRunner.query(PROGRAM_VOLUME_FUNCTIONS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_PROGRAM_VOLUME_FUNCTIONS);
    await queryRunner.query("DROP INDEX \"registry\".\"uq_program_target_city_district_year\"");
    await queryRunner.query("DROP TABLE \"registry\".\"program_target\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_volume_rollup_year_total\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_volume_rollup\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_volume_fact_pledgor\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pledge_volume_fact_first\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_volume_fact\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_pledgor_year\"");
  }
}
