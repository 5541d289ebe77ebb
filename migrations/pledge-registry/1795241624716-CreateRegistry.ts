import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistry1795241624716 implements MigrationInterface {
  name = 'CreateRegistry1795241624716';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"party\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(20) NOT NULL, \"name\" character varying(200) NOT NULL, \"credit_code\" character(18), \"city\" character varying(64) NOT NULL, \"district\" character varying(64), \"industry_code\" character varying(8), CONSTRAINT \"ck_party_name_not_blank\" CHECK (length(btrim(\"name\")) > 0), CONSTRAINT \"ck_party_credit_code_format\" CHECK (\"credit_code\" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'), CONSTRAINT \"ck_party_credit_code_required\" CHECK (\"kind\" = 'PROGRAM_OFFICE' OR \"credit_code\" IS NOT NULL), CONSTRAINT \"ck_party_kind\" CHECK (\"kind\" IN ('ENTERPRISE', 'LENDER', 'PROGRAM_OFFICE')), CONSTRAINT \"PK_e6189b3d533e140bb33a6d2cec1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_party_kind_city\" ON \"registry\".\"party\"  (\"kind\", \"city\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_party_credit_code\" ON \"registry\".\"party\"  (\"credit_code\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"app_user\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"login\" character varying(64) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"roles\" character varying array NOT NULL, \"party_id\" uuid, CONSTRAINT \"ck_app_user_party_required\" CHECK (\"party_id\" IS NOT NULL OR NOT (\"roles\" && ARRAY['SME','BANK','PROGRAM_STAFF']::varchar[])), CONSTRAINT \"ck_app_user_roles\" CHECK (\"roles\" <@ ARRAY['SME','BANK','REGISTRAR','PROGRAM_STAFF','ADMIN']::varchar[] AND cardinality(\"roles\") > 0), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_login\" ON \"registry\".\"app_user\"  (\"login\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"ip_asset\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"register\" character varying(10) NOT NULL, \"kind\" character varying(20) NOT NULL, \"number\" character varying(32) NOT NULL, \"title\" character varying(500) NOT NULL, \"filing_date\" date NOT NULL, \"grant_date\" date, \"expiry_date\" date, \"legal_status\" character varying(12) NOT NULL, \"invalidation_pending\" boolean NOT NULL DEFAULT false, \"ownership_dispute\" boolean NOT NULL DEFAULT false, \"court_preservation\" boolean NOT NULL DEFAULT false, \"status_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"ipc_classes\" character varying(20) array NOT NULL DEFAULT '{}', \"main_ipc\" character varying(20), \"claims_count\" integer, \"independent_claims\" integer, \"forward_citations\" integer, \"family_size\" integer, \"licences_granted\" integer, CONSTRAINT \"ck_ip_asset_counts_non_negative\" CHECK (coalesce(\"claims_count\", 0) >= 0 AND coalesce(\"independent_claims\", 0) >= 0 AND coalesce(\"forward_citations\", 0) >= 0 AND coalesce(\"family_size\", 0) >= 0 AND coalesce(\"licences_granted\", 0) >= 0), CONSTRAINT \"ck_ip_asset_title_not_blank\" CHECK (length(btrim(\"title\")) > 0), CONSTRAINT \"ck_ip_asset_expiry_after_filing\" CHECK (\"expiry_date\" IS NULL OR \"expiry_date\" > \"filing_date\"), CONSTRAINT \"ck_ip_asset_granted_has_grant_date\" CHECK (\"legal_status\" = 'PENDING' OR \"grant_date\" IS NOT NULL), CONSTRAINT \"ck_ip_asset_grant_after_filing\" CHECK (\"grant_date\" IS NULL OR \"grant_date\" >= \"filing_date\"), CONSTRAINT \"ck_ip_asset_status\" CHECK (\"legal_status\" IN ('PENDING', 'GRANTED', 'FEE_GRACE', 'LAPSED', 'INVALIDATED', 'EXPIRED')), CONSTRAINT \"ck_ip_asset_register_matches_kind\" CHECK ((\"kind\" = 'TRADEMARK') = (\"register\" = 'TRADEMARK')), CONSTRAINT \"ck_ip_asset_kind\" CHECK (\"kind\" IN ('INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK')), CONSTRAINT \"PK_f79eef8cec7611c6f2c24a7cc03\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_ip_asset_main_ipc\" ON \"registry\".\"ip_asset\"  (\"main_ipc\") ");
    await queryRunner.query("CREATE INDEX \"ix_ip_asset_expiry\" ON \"registry\".\"ip_asset\"  (\"expiry_date\") ");
    await queryRunner.query("CREATE INDEX \"ix_ip_asset_status\" ON \"registry\".\"ip_asset\"  (\"legal_status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ip_asset_register_number\" ON \"registry\".\"ip_asset\"  (\"register\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"ip_asset_owner\" (\"asset_id\" uuid NOT NULL, \"position\" smallint NOT NULL, \"name\" character varying(200) NOT NULL, \"credit_code\" character(18), \"party_id\" uuid, \"share\" numeric(7,4) NOT NULL, CONSTRAINT \"ck_ip_asset_owner_position\" CHECK (\"position\" >= 0), CONSTRAINT \"ck_ip_asset_owner_share\" CHECK (\"share\" > 0 AND \"share\" <= 100), CONSTRAINT \"pk_ip_asset_owner\" PRIMARY KEY (\"asset_id\", \"position\"))");
    await queryRunner.query("CREATE INDEX \"ix_ip_asset_owner_party\" ON \"registry\".\"ip_asset_owner\"  (\"party_id\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"app_user\" ADD CONSTRAINT \"fk_app_user_party\" FOREIGN KEY (\"party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"ip_asset_owner\" ADD CONSTRAINT \"fk_ip_asset_owner_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"ip_asset_owner\" ADD CONSTRAINT \"fk_ip_asset_owner_party\" FOREIGN KEY (\"party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"registry\".\"ip_asset_owner\" DROP CONSTRAINT \"fk_ip_asset_owner_party\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"ip_asset_owner\" DROP CONSTRAINT \"fk_ip_asset_owner_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"app_user\" DROP CONSTRAINT \"fk_app_user_party\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_ip_asset_owner_party\"");
    await queryRunner.query("DROP TABLE \"registry\".\"ip_asset_owner\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_ip_asset_register_number\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_ip_asset_status\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_ip_asset_expiry\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_ip_asset_main_ipc\"");
    await queryRunner.query("DROP TABLE \"registry\".\"ip_asset\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_app_user_login\"");
    await queryRunner.query("DROP TABLE \"registry\".\"app_user\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_party_credit_code\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_party_kind_city\"");
    await queryRunner.query("DROP TABLE \"registry\".\"party\"");
  }
}
