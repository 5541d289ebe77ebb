import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateValuations1795241762742 implements MigrationInterface {
  name = 'CreateValuations1795241762742';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"valuation\".\"valuation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"asset_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"method\" character varying(40) NOT NULL, \"value_amount\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL, \"inputs\" jsonb NOT NULL, \"result\" jsonb NOT NULL, \"engine_version\" character varying(20) NOT NULL, \"valued_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"valued_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_valuation_version_positive\" CHECK (\"version\" > 0), CONSTRAINT \"ck_valuation_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_valuation_value_non_negative\" CHECK (\"value_amount\" >= 0), CONSTRAINT \"ck_valuation_method\" CHECK (\"method\" IN ('RELIEF_FROM_ROYALTY')), CONSTRAINT \"PK_43fada707685f497627778ad36d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_valuation_asset_valued_at\" ON \"valuation\".\"valuation\"  (\"asset_id\", \"valued_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_valuation_asset_version\" ON \"valuation\".\"valuation\"  (\"asset_id\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"valuation\".\"uq_valuation_asset_version\"");
    await queryRunner.query("DROP INDEX \"valuation\".\"ix_valuation_asset_valued_at\"");
    await queryRunner.query("DROP TABLE \"valuation\".\"valuation\"");
  }
}
