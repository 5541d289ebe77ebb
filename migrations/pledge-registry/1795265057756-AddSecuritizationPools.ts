import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSecuritizationPools1795265057756 implements MigrationInterface {
  name = 'AddSecuritizationPools1795265057756';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"royalty_receivable\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"arranger_party_id\" uuid NOT NULL, \"licensor_party_id\" uuid NOT NULL, \"licensee_name\" character varying(200) NOT NULL, \"asset_id\" uuid NOT NULL, \"outstanding_amount\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL, \"annual_rate\" numeric(12,8) NOT NULL, \"maturity_date\" date NOT NULL, \"recorded_by\" uuid, CONSTRAINT \"ck_royalty_receivable_rate\" CHECK (\"annual_rate\" >= 0 AND \"annual_rate\" <= 1), CONSTRAINT \"ck_royalty_receivable_amount\" CHECK (\"outstanding_amount\" > 0), CONSTRAINT \"ck_royalty_receivable_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_royalty_receivable_licensee\" CHECK (length(btrim(\"licensee_name\")) > 0), CONSTRAINT \"pk_royalty_receivable\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_royalty_receivable_arranger\" ON \"registry\".\"royalty_receivable\"  (\"arranger_party_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"securitization_pool\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"currency\" character(3) NOT NULL, \"arranger_party_id\" uuid NOT NULL, \"status\" character varying(12) NOT NULL DEFAULT 'DRAFT', \"require_pledge_registered\" boolean NOT NULL DEFAULT true, \"require_patent_life_covers_term\" boolean NOT NULL DEFAULT true, \"require_not_in_default\" boolean NOT NULL DEFAULT true, \"require_obligor_not_credit_listed\" boolean NOT NULL DEFAULT true, \"require_not_in_another_pool\" boolean NOT NULL DEFAULT true, \"max_obligor_share\" numeric(9,8), \"max_industry_share\" numeric(9,8), \"max_city_share\" numeric(9,8), \"created_by\" uuid, CONSTRAINT \"ck_securitization_pool_max_city_share\" CHECK (\"max_city_share\" IS NULL OR (\"max_city_share\" > 0 AND \"max_city_share\" <= 1)), CONSTRAINT \"ck_securitization_pool_max_industry_share\" CHECK (\"max_industry_share\" IS NULL OR (\"max_industry_share\" > 0 AND \"max_industry_share\" <= 1)), CONSTRAINT \"ck_securitization_pool_max_obligor_share\" CHECK (\"max_obligor_share\" IS NULL OR (\"max_obligor_share\" > 0 AND \"max_obligor_share\" <= 1)), CONSTRAINT \"ck_securitization_pool_status\" CHECK (\"status\" IN ('DRAFT')), CONSTRAINT \"ck_securitization_pool_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_securitization_pool_name\" CHECK (length(btrim(\"name\")) > 0), CONSTRAINT \"pk_securitization_pool\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_securitization_pool_arranger\" ON \"registry\".\"securitization_pool\"  (\"arranger_party_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"pool_candidate\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"pool_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"loan_id\" uuid, \"receivable_id\" uuid, \"status\" character varying(12) NOT NULL, \"reasons\" character varying(40) array NOT NULL DEFAULT '{}', \"added_by\" uuid, CONSTRAINT \"ck_pool_candidate_reasons\" CHECK ((\"status\" = 'REJECTED') = (cardinality(\"reasons\") > 0)), CONSTRAINT \"ck_pool_candidate_underlying\" CHECK ((\"kind\" = 'LOAN' AND \"loan_id\" IS NOT NULL AND \"receivable_id\" IS NULL) OR (\"kind\" = 'ROYALTY_RECEIVABLE' AND \"receivable_id\" IS NOT NULL AND \"loan_id\" IS NULL)), CONSTRAINT \"ck_pool_candidate_status\" CHECK (\"status\" IN ('INCLUDED', 'REJECTED')), CONSTRAINT \"ck_pool_candidate_kind\" CHECK (\"kind\" IN ('LOAN', 'ROYALTY_RECEIVABLE')), CONSTRAINT \"pk_pool_candidate\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_candidate_included_receivable\" ON \"registry\".\"pool_candidate\"  (\"receivable_id\") WHERE \"status\" = 'INCLUDED'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_candidate_included_loan\" ON \"registry\".\"pool_candidate\"  (\"loan_id\") WHERE \"status\" = 'INCLUDED'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_candidate_pool_receivable\" ON \"registry\".\"pool_candidate\"  (\"pool_id\", \"receivable_id\") WHERE \"receivable_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_candidate_pool_loan\" ON \"registry\".\"pool_candidate\"  (\"pool_id\", \"loan_id\") WHERE \"loan_id\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" ADD CONSTRAINT \"fk_royalty_receivable_arranger\" FOREIGN KEY (\"arranger_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" ADD CONSTRAINT \"fk_royalty_receivable_licensor\" FOREIGN KEY (\"licensor_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" ADD CONSTRAINT \"fk_royalty_receivable_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" ADD CONSTRAINT \"fk_securitization_pool_arranger\" FOREIGN KEY (\"arranger_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" ADD CONSTRAINT \"fk_pool_candidate_pool\" FOREIGN KEY (\"pool_id\") REFERENCES \"registry\".\"securitization_pool\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" ADD CONSTRAINT \"fk_pool_candidate_loan\" FOREIGN KEY (\"loan_id\") REFERENCES \"registry\".\"loan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" ADD CONSTRAINT \"fk_pool_candidate_receivable\" FOREIGN KEY (\"receivable_id\") REFERENCES \"registry\".\"royalty_receivable\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-written: the generator does not diff CHECK expressions. ARRANGER is a role a bank user holds besides BANK.
    await queryRunner.query('ALTER TABLE "registry"."app_user" DROP CONSTRAINT "ck_app_user_roles"');
    await queryRunner.query(
      `ALTER TABLE "registry"."app_user" ADD CONSTRAINT "ck_app_user_roles" CHECK ("roles" <@ ARRAY['SME','BANK','REGISTRAR','PROGRAM_STAFF','ADMIN','ARRANGER']::varchar[] AND cardinality("roles") > 0)`,
    );
    await queryRunner.query('ALTER TABLE "registry"."app_user" DROP CONSTRAINT "ck_app_user_party_required"');
    await queryRunner.query(
      `ALTER TABLE "registry"."app_user" ADD CONSTRAINT "ck_app_user_party_required" CHECK ("party_id" IS NOT NULL OR NOT ("roles" && ARRAY['SME','BANK','PROGRAM_STAFF','ARRANGER']::varchar[]))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "registry"."app_user" SET "roles" = array_remove("roles", 'ARRANGER')`);
    await queryRunner.query('ALTER TABLE "registry"."app_user" DROP CONSTRAINT "ck_app_user_party_required"');
    await queryRunner.query(
      `ALTER TABLE "registry"."app_user" ADD CONSTRAINT "ck_app_user_party_required" CHECK ("party_id" IS NOT NULL OR NOT ("roles" && ARRAY['SME','BANK','PROGRAM_STAFF']::varchar[]))`,
    );
    await queryRunner.query('ALTER TABLE "registry"."app_user" DROP CONSTRAINT "ck_app_user_roles"');
    await queryRunner.query(
      `ALTER TABLE "registry"."app_user" ADD CONSTRAINT "ck_app_user_roles" CHECK ("roles" <@ ARRAY['SME','BANK','REGISTRAR','PROGRAM_STAFF','ADMIN']::varchar[] AND cardinality("roles") > 0)`,
    );
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" DROP CONSTRAINT \"fk_pool_candidate_receivable\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" DROP CONSTRAINT \"fk_pool_candidate_loan\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_candidate\" DROP CONSTRAINT \"fk_pool_candidate_pool\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" DROP CONSTRAINT \"fk_securitization_pool_arranger\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" DROP CONSTRAINT \"fk_royalty_receivable_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" DROP CONSTRAINT \"fk_royalty_receivable_licensor\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"royalty_receivable\" DROP CONSTRAINT \"fk_royalty_receivable_arranger\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_candidate_pool_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_candidate_pool_receivable\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_candidate_included_loan\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_candidate_included_receivable\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pool_candidate\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_securitization_pool_arranger\"");
    await queryRunner.query("DROP TABLE \"registry\".\"securitization_pool\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_royalty_receivable_arranger\"");
    await queryRunner.query("DROP TABLE \"registry\".\"royalty_receivable\"");
  }
}
