import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAppraisalsPoliciesAndJobs1795244918780 implements MigrationInterface {
  name = 'AddAppraisalsPoliciesAndJobs1795244918780';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Reviewed addition: TypeORM does not diff CHECK expressions, only their names.
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP CONSTRAINT \"ck_valuation_method\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD CONSTRAINT \"ck_valuation_method\" CHECK (\"method\" IN ('RELIEF_FROM_ROYALTY', 'RECONCILED'))");
    await queryRunner.query("CREATE TABLE \"valuation\".\"lender_policy\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lender_party_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"policy\" jsonb NOT NULL, \"validity_months\" integer NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_lender_policy_validity\" CHECK (\"validity_months\" BETWEEN 1 AND 60), CONSTRAINT \"ck_lender_policy_version_positive\" CHECK (\"version\" > 0), CONSTRAINT \"PK_3f5ead398d333e0738445fb17e1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_lender_policy_version\" ON \"valuation\".\"lender_policy\"  (\"lender_party_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"valuation\".\"valuation_job\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"status\" character varying(10) NOT NULL, \"total\" integer NOT NULL, \"succeeded\" integer NOT NULL DEFAULT '0', \"failed\" integer NOT NULL DEFAULT '0', \"assumptions\" jsonb NOT NULL, \"started_by\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"completed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_valuation_job_counts\" CHECK (\"succeeded\" >= 0 AND \"failed\" >= 0 AND \"succeeded\" + \"failed\" <= \"total\"), CONSTRAINT \"ck_valuation_job_status\" CHECK (\"status\" IN ('RUNNING', 'COMPLETED')), CONSTRAINT \"PK_820170bc095bd23b03a1aaf66fc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"valuation\".\"valuation_job_item\" (\"job_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"asset_id\" uuid NOT NULL, \"status\" character varying(8) NOT NULL, \"valuation_id\" uuid, \"error\" character varying(500), CONSTRAINT \"ck_valuation_job_item_status\" CHECK (\"status\" IN ('PENDING', 'VALUED', 'FAILED')), CONSTRAINT \"pk_valuation_job_item\" PRIMARY KEY (\"job_id\", \"position\"))");
    await queryRunner.query("CREATE INDEX \"ix_valuation_job_item_pending\" ON \"valuation\".\"valuation_job_item\"  (\"job_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD \"low_amount\" numeric(20,4)");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD \"high_amount\" numeric(20,4)");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD \"confidence\" character varying(6)");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD \"asset_status_changed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD \"job_id\" uuid");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD CONSTRAINT \"ck_valuation_confidence\" CHECK (\"confidence\" IS NULL OR \"confidence\" IN ('HIGH', 'MEDIUM', 'LOW'))");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD CONSTRAINT \"ck_valuation_range\" CHECK (\"low_amount\" IS NULL OR (\"low_amount\" <= \"value_amount\" AND \"value_amount\" <= \"high_amount\"))");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation_job_item\" ADD CONSTRAINT \"fk_valuation_job_item_job\" FOREIGN KEY (\"job_id\") REFERENCES \"valuation\".\"valuation_job\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation_job_item\" DROP CONSTRAINT \"fk_valuation_job_item_job\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP CONSTRAINT \"ck_valuation_range\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP CONSTRAINT \"ck_valuation_confidence\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP COLUMN \"job_id\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP COLUMN \"asset_status_changed_at\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP COLUMN \"confidence\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP COLUMN \"high_amount\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP COLUMN \"low_amount\"");
    await queryRunner.query("DROP INDEX \"valuation\".\"ix_valuation_job_item_pending\"");
    await queryRunner.query("DROP TABLE \"valuation\".\"valuation_job_item\"");
    await queryRunner.query("DROP TABLE \"valuation\".\"valuation_job\"");
    await queryRunner.query("DROP INDEX \"valuation\".\"uq_lender_policy_version\"");
    await queryRunner.query("DROP TABLE \"valuation\".\"lender_policy\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" DROP CONSTRAINT \"ck_valuation_method\"");
    await queryRunner.query("ALTER TABLE \"valuation\".\"valuation\" ADD CONSTRAINT \"ck_valuation_method\" CHECK (\"method\" IN ('RELIEF_FROM_ROYALTY'))");
  }
}
