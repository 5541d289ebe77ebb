import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPledgeDisposalsAndWithdrawal1795251346461 implements MigrationInterface {
  name = 'AddPledgeDisposalsAndWithdrawal1795251346461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"pledge_disposal\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"pledge_id\" uuid NOT NULL, \"asset_id\" uuid NOT NULL, \"kind\" character varying(12) NOT NULL, \"counterparty_name\" character varying(200) NOT NULL, \"proceeds\" character varying(16) NOT NULL, \"status\" character varying(12) NOT NULL, \"request_note\" text, \"requested_by\" uuid, \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_note\" text, CONSTRAINT \"ck_pledge_disposal_counterparty\" CHECK (length(btrim(\"counterparty_name\")) > 0), CONSTRAINT \"ck_pledge_disposal_decided\" CHECK ((\"status\" = 'REQUESTED') = (\"decided_at\" IS NULL)), CONSTRAINT \"ck_pledge_disposal_status\" CHECK (\"status\" IN ('REQUESTED', 'CONSENTED', 'DECLINED')), CONSTRAINT \"ck_pledge_disposal_proceeds\" CHECK (\"proceeds\" IN ('EARLY_REPAYMENT', 'ESCROW')), CONSTRAINT \"ck_pledge_disposal_kind\" CHECK (\"kind\" IN ('TRANSFER', 'LICENCE')), CONSTRAINT \"pk_pledge_disposal\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pledge_disposal_open\" ON \"registry\".\"pledge_disposal\"  (\"pledge_id\", \"asset_id\", \"kind\") WHERE \"status\" = 'REQUESTED'");
    await queryRunner.query("CREATE INDEX \"ix_pledge_disposal_pledge\" ON \"registry\".\"pledge_disposal\"  (\"pledge_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" ADD \"review_flags\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_disposal\" ADD CONSTRAINT \"fk_pledge_disposal_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_disposal\" ADD CONSTRAINT \"fk_pledge_disposal_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-written (TypeORM does not diff CHECK expressions): WITHDRAWN, a party taking its
    // application back, is a status without registration number or examination deadline.
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_status"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_status" CHECK ("status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REGISTERED','REFUSED','DEFAULTED','ENFORCING','REALIZED','DEREGISTERED','REVOKED','WITHDRAWN'))`,
    );
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_registration_number"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_registration_number" CHECK (("registration_number" IS NULL) = ("status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REFUSED','WITHDRAWN')))`,
    );
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_submitted_has_deadline"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_submitted_has_deadline" CHECK ("status" IN ('DRAFT','WITHDRAWN') OR "examination_due_date" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_submitted_has_deadline"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_submitted_has_deadline" CHECK ("status" = 'DRAFT' OR "examination_due_date" IS NOT NULL)`,
    );
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_registration_number"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_registration_number" CHECK (("registration_number" IS NULL) = ("status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REFUSED')))`,
    );
    await queryRunner.query('ALTER TABLE "registry"."pledge" DROP CONSTRAINT "ck_pledge_status"');
    await queryRunner.query(
      `ALTER TABLE "registry"."pledge" ADD CONSTRAINT "ck_pledge_status" CHECK ("status" IN ('DRAFT','SUBMITTED','CORRECTION_REQUESTED','REGISTERED','REFUSED','DEFAULTED','ENFORCING','REALIZED','DEREGISTERED','REVOKED'))`,
    );
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_disposal\" DROP CONSTRAINT \"fk_pledge_disposal_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge_disposal\" DROP CONSTRAINT \"fk_pledge_disposal_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pledge\" DROP COLUMN \"review_flags\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_pledge_disposal_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pledge_disposal_open\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pledge_disposal\"");
  }
}
