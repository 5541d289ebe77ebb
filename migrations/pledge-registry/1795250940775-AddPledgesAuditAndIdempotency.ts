import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPledgesAuditAndIdempotency1795250940775 implements MigrationInterface {
  name = 'AddPledgesAuditAndIdempotency1795250940775';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"audit_event\" (\"id\" BIGSERIAL NOT NULL, \"asset_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"event_id\" uuid NOT NULL, \"subject_type\" character varying(32) NOT NULL, \"subject_id\" uuid NOT NULL, \"action\" character varying(64) NOT NULL, \"actor_user_id\" uuid, \"actor_login\" character varying(64), \"actor_party_id\" uuid, \"actor_roles\" character varying(16) array NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"before\" jsonb, \"after\" jsonb, \"prev_hash\" character(64), \"hash\" character(64) NOT NULL, CONSTRAINT \"ck_audit_event_hash_format\" CHECK (\"hash\" ~ '^[0-9a-f]{64}$' AND (\"prev_hash\" IS NULL OR \"prev_hash\" ~ '^[0-9a-f]{64}$')), CONSTRAINT \"ck_audit_event_first_link\" CHECK ((\"seq\" = 1) = (\"prev_hash\" IS NULL)), CONSTRAINT \"ck_audit_event_seq_positive\" CHECK (\"seq\" >= 1), CONSTRAINT \"pk_audit_event\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_event_event\" ON \"registry\".\"audit_event\"  (\"event_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_event_subject\" ON \"registry\".\"audit_event\"  (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_audit_event_asset_seq\" ON \"registry\".\"audit_event\"  (\"asset_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"idempotency_key\" (\"user_id\" uuid NOT NULL, \"key\" character varying(128) NOT NULL, \"operation\" character varying(64) NOT NULL, \"request_hash\" character(64) NOT NULL, \"response\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_idempotency_key_format\" CHECK (\"key\" ~ '^[A-Za-z0-9_.:-]{1,128}$'), CONSTRAINT \"pk_idempotency_key\" PRIMARY KEY (\"user_id\", \"key\"))");
    await queryRunner.query("CREATE INDEX \"ix_idempotency_key_created\" ON \"registry\".\"idempotency_key\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_asset\" (\"pledge_id\" uuid NOT NULL, \"asset_id\" uuid NOT NULL, \"position\" smallint NOT NULL, \"number\" character varying(32) NOT NULL, \"title\" character varying(500) NOT NULL, \"filing_date\" date NOT NULL, \"grant_date\" date, CONSTRAINT \"ck_pledge_asset_position\" CHECK (\"position\" >= 0), CONSTRAINT \"pk_pledge_asset\" PRIMARY KEY (\"pledge_id\", \"asset_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_pledge_asset_asset\" ON \"registry\".\"pledge_asset\"  (\"asset_id\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"status\" character varying(24) NOT NULL, \"version\" integer NOT NULL DEFAULT '0', \"registration_number\" character varying(24), \"pledgor_party_id\" uuid NOT NULL, \"pledgee_party_id\" uuid NOT NULL, \"claim_type\" character varying(32) NOT NULL, \"claim_amount\" numeric(20,4) NOT NULL, \"claim_currency\" character(3) NOT NULL, \"debtor_due_date\" date NOT NULL, \"guarantee_scope\" text NOT NULL, \"co_owner_consents\" character varying(64) array NOT NULL DEFAULT '{}', \"acknowledged_risks\" jsonb NOT NULL DEFAULT '[]', \"forfeiture_clause\" boolean NOT NULL DEFAULT false, \"appraisal_reference\" character varying(64), \"appraised_value\" numeric(20,4), \"filing_channel\" character varying(8) NOT NULL DEFAULT 'ONLINE', \"pledgor_signed_hash\" character(64), \"pledgee_signed_hash\" character(64), \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"examination_due_date\" date, \"examined_at\" TIMESTAMP WITH TIME ZONE, \"examined_by\" uuid, \"registered_on\" date, \"refusal_reasons\" jsonb NOT NULL DEFAULT '[]', \"examiner_note\" text, \"deregistration_reason\" character varying(24), \"ended_on\" date, \"realized_amount\" numeric(20,4), \"realized_on\" date, \"created_by\" uuid, CONSTRAINT \"ck_pledge_appraised_value\" CHECK (\"appraised_value\" IS NULL OR \"appraised_value\" > 0), CONSTRAINT \"ck_pledge_realized_amount\" CHECK (\"realized_amount\" IS NULL OR \"realized_amount\" >= 0), CONSTRAINT \"ck_pledge_no_forfeiture_registered\" CHECK (NOT \"forfeiture_clause\" OR \"registration_number\" IS NULL), CONSTRAINT \"ck_pledge_deregistration\" CHECK ((\"status\" = 'DEREGISTERED') = (\"deregistration_reason\" IS NOT NULL) AND (\"deregistration_reason\" IS NULL OR \"deregistration_reason\" IN ('REPAID','REALIZED','WAIVED','MAIN_CONTRACT_VOID','OTHER'))), CONSTRAINT \"ck_pledge_submitted_has_deadline\" CHECK (\"status\" = 'DRAFT' OR \"examination_due_date\" IS NOT NULL), CONSTRAINT \"ck_pledge_version\" CHECK (\"version\" >= 0 AND (\"version\" = 0) = (\"registration_number\" IS NULL)), CONSTRAINT \"ck_pledge_registered_on\" CHECK ((\"registered_on\" IS NULL) = (\"registration_number\" IS NULL)), CONSTRAINT \"ck_pledge_registration_number\" CHECK ((\"registration_number\" IS NULL) = (\"status\" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REFUSED'))), CONSTRAINT \"ck_pledge_channel\" CHECK (\"filing_channel\" IN ('ONLINE', 'PAPER')), CONSTRAINT \"ck_pledge_claim_currency\" CHECK (\"claim_currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_pledge_claim_amount_positive\" CHECK (\"claim_amount\" > 0), CONSTRAINT \"ck_pledge_parties_differ\" CHECK (\"pledgor_party_id\" <> \"pledgee_party_id\"), CONSTRAINT \"ck_pledge_status\" CHECK (\"status\" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REGISTERED','REFUSED','DEFAULTED','ENFORCING','REALIZED','DEREGISTERED','REVOKED')), CONSTRAINT \"pk_pledge\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_pledge_registered_on\" ON \"registry\".\"pledge\"  (\"registered_on\") ");
    await queryRunner.query("CREATE INDEX \"ix_pledge_status_due\" ON \"registry\".\"pledge\"  (\"status\", \"examination_due_date\") ");
    await queryRunner.query("CREATE INDEX \"ix_pledge_pledgee\" ON \"registry\".\"pledge\"  (\"pledgee_party_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_pledge_pledgor\" ON \"registry\".\"pledge\"  (\"pledgor_party_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pledge_registration_number\" ON \"registry\".\"pledge\"  (\"registration_number\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"active_pledge\" (\"asset_id\" uuid NOT NULL, \"pledge_id\" uuid NOT NULL, \"since\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_active_pledge\" PRIMARY KEY (\"asset_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_active_pledge_pledge\" ON \"registry\".\"active_pledge\"  (\"pledge_id\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_version\" (\"pledge_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"pledgor_party_id\" uuid NOT NULL, \"pledgee_party_id\" uuid NOT NULL, \"claim_amount\" numeric(20,4) NOT NULL, \"claim_currency\" character(3) NOT NULL, \"debtor_due_date\" date NOT NULL, \"guarantee_scope\" text NOT NULL, \"change_note\" text, \"effective_on\" date NOT NULL, \"recorded_by\" uuid, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_pledge_version_amount\" CHECK (\"claim_amount\" > 0), CONSTRAINT \"ck_pledge_version_positive\" CHECK (\"version\" >= 1), CONSTRAINT \"pk_pledge_version\" PRIMARY KEY (\"pledge_id\", \"version\"))");
    await queryRunner.query("ALTER TABLE \"registry\".\"audit_event\" ADD CONSTRAINT \"fk_audit_event_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_asset\" ADD CONSTRAINT \"fk_pledge_asset_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_asset\" ADD CONSTRAINT \"fk_pledge_asset_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" ADD CONSTRAINT \"fk_pledge_pledgor\" FOREIGN KEY (\"pledgor_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" ADD CONSTRAINT \"fk_pledge_pledgee\" FOREIGN KEY (\"pledgee_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"active_pledge\" ADD CONSTRAINT \"fk_active_pledge_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"active_pledge\" ADD CONSTRAINT \"fk_active_pledge_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" ADD CONSTRAINT \"fk_pledge_version_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" ADD CONSTRAINT \"fk_pledge_version_pledgor\" FOREIGN KEY (\"pledgor_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" ADD CONSTRAINT \"fk_pledge_version_pledgee\" FOREIGN KEY (\"pledgee_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-written (TypeORM does not model triggers or sequences); reviewed with the generated part.
    // The audit log is append-only for every role: the table owner and superusers hold UPDATE
    // and DELETE whatever is granted, so triggers enforce it and the revoke covers other roles.
    await queryRunner.query(`CREATE FUNCTION "registry"."audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query('CREATE TRIGGER "tg_audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "registry"."audit_event" FOR EACH ROW EXECUTE FUNCTION "registry"."audit_event_append_only"()');
    await queryRunner.query('CREATE TRIGGER "tg_audit_event_no_truncate" BEFORE TRUNCATE ON "registry"."audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "registry"."audit_event_append_only"()');
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON "registry"."audit_event" FROM PUBLIC');
    // Registration numbers: PL-<year>-<sequence>. A sequence never hands out a number twice;
    // it is drawn only after the asset locks are won, so refused races leave no gaps.
    await queryRunner.query('CREATE SEQUENCE "registry"."pledge_registration_seq" AS bigint START 1');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE "registry"."pledge_registration_seq"');
    await queryRunner.query('DROP TRIGGER "tg_audit_event_no_truncate" ON "registry"."audit_event"');
    await queryRunner.query('DROP TRIGGER "tg_audit_event_no_update_delete" ON "registry"."audit_event"');
    await queryRunner.query('DROP FUNCTION "registry"."audit_event_append_only"()');
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" DROP CONSTRAINT \"fk_pledge_version_pledgee\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" DROP CONSTRAINT \"fk_pledge_version_pledgor\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_version\" DROP CONSTRAINT \"fk_pledge_version_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"active_pledge\" DROP CONSTRAINT \"fk_active_pledge_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"active_pledge\" DROP CONSTRAINT \"fk_active_pledge_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" DROP CONSTRAINT \"fk_pledge_pledgee\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" DROP CONSTRAINT \"fk_pledge_pledgor\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_asset\" DROP CONSTRAINT \"fk_pledge_asset_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_asset\" DROP CONSTRAINT \"fk_pledge_asset_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"audit_event\" DROP CONSTRAINT \"fk_audit_event_asset\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_version\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_active_pledge_pledge\"");
    await queryRunner.query("DROP TABLE \"registry\".\"active_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pledge_registration_number\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_pledgor\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_pledgee\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_status_due\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_registered_on\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_asset_asset\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_asset\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_idempotency_key_created\"");
    await queryRunner.query("DROP TABLE \"registry\".\"idempotency_key\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_audit_event_asset_seq\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_audit_event_subject\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_audit_event_event\"");
    await queryRunner.query("DROP TABLE \"registry\".\"audit_event\"");
  }
}
