import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPoolStructure1795268688905 implements MigrationInterface {
  name = 'AddPoolStructure1795268688905';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"pool_structure\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"pool_id\" uuid NOT NULL, \"fee_annual_rate_on_pool\" numeric(10,8) NOT NULL DEFAULT '0', \"fee_fixed_per_period\" numeric(20,2) NOT NULL DEFAULT '0', \"reserve_initial_amount\" numeric(20,2) NOT NULL DEFAULT '0', \"reserve_target_amount\" numeric(20,2), \"reserve_target_share_of_notes\" numeric(10,8), \"guarantor_cap\" numeric(20,2) NOT NULL DEFAULT '0', \"guarantor_name\" character varying(200), \"trap50_below\" numeric(6,4), \"trap100_below\" numeric(6,4), \"rapid_amortisation_below\" numeric(6,4), \"cumulative_loss_rapid_above\" numeric(10,8), \"updated_by\" uuid, CONSTRAINT \"ck_pool_structure_loss_trigger\" CHECK (\"cumulative_loss_rapid_above\" IS NULL OR (\"cumulative_loss_rapid_above\" >= 0 AND \"cumulative_loss_rapid_above\" <= 1)), CONSTRAINT \"ck_pool_structure_trigger_order\" CHECK (COALESCE(\"trap100_below\", 1.30) <= COALESCE(\"trap50_below\", 1.40) AND COALESCE(\"rapid_amortisation_below\", 1.20) <= COALESCE(\"trap100_below\", 1.30)), CONSTRAINT \"ck_pool_structure_rapid\" CHECK (\"rapid_amortisation_below\" IS NULL OR (\"rapid_amortisation_below\" > 0 AND \"rapid_amortisation_below\" <= 100)), CONSTRAINT \"ck_pool_structure_trap100\" CHECK (\"trap100_below\" IS NULL OR (\"trap100_below\" > 0 AND \"trap100_below\" <= 100)), CONSTRAINT \"ck_pool_structure_trap50\" CHECK (\"trap50_below\" IS NULL OR (\"trap50_below\" > 0 AND \"trap50_below\" <= 100)), CONSTRAINT \"ck_pool_structure_guarantor_cap\" CHECK (\"guarantor_cap\" >= 0), CONSTRAINT \"ck_pool_structure_reserve_target\" CHECK (num_nonnulls(\"reserve_target_amount\", \"reserve_target_share_of_notes\") = 1 AND (\"reserve_target_amount\" IS NULL OR \"reserve_target_amount\" >= 0) AND (\"reserve_target_share_of_notes\" IS NULL OR (\"reserve_target_share_of_notes\" >= 0 AND \"reserve_target_share_of_notes\" <= 1))), CONSTRAINT \"ck_pool_structure_reserve_initial\" CHECK (\"reserve_initial_amount\" >= 0), CONSTRAINT \"ck_pool_structure_fee_fixed\" CHECK (\"fee_fixed_per_period\" >= 0), CONSTRAINT \"ck_pool_structure_fee_rate\" CHECK (\"fee_annual_rate_on_pool\" >= 0 AND \"fee_annual_rate_on_pool\" <= 1), CONSTRAINT \"pk_pool_structure\" PRIMARY KEY (\"pool_id\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"pool_tranche\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"pool_id\" uuid NOT NULL, \"name\" character varying(60) NOT NULL, \"tranche_class\" character varying(12) NOT NULL, \"size\" numeric(20,2) NOT NULL, \"coupon\" numeric(10,8) NOT NULL, \"priority\" integer NOT NULL, CONSTRAINT \"ck_pool_tranche_priority\" CHECK (\"priority\" BETWEEN 1 AND 1000), CONSTRAINT \"ck_pool_tranche_coupon\" CHECK (\"coupon\" >= 0 AND \"coupon\" <= 1), CONSTRAINT \"ck_pool_tranche_size\" CHECK (\"size\" > 0), CONSTRAINT \"ck_pool_tranche_class\" CHECK (\"tranche_class\" IN ('SENIOR', 'MEZZANINE', 'SUBORDINATED')), CONSTRAINT \"ck_pool_tranche_name\" CHECK (length(btrim(\"name\")) > 0), CONSTRAINT \"pk_pool_tranche\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_tranche_priority\" ON \"registry\".\"pool_tranche\"  (\"pool_id\", \"priority\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_pool_tranche_name\" ON \"registry\".\"pool_tranche\"  (\"pool_id\", \"name\") ");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" ADD \"target_balance\" numeric(20,2)");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" ADD CONSTRAINT \"ck_securitization_pool_target_balance\" CHECK (\"target_balance\" IS NULL OR \"target_balance\" > 0)");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_structure\" ADD CONSTRAINT \"fk_pool_structure_pool\" FOREIGN KEY (\"pool_id\") REFERENCES \"registry\".\"securitization_pool\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_tranche\" ADD CONSTRAINT \"fk_pool_tranche_pool\" FOREIGN KEY (\"pool_id\") REFERENCES \"registry\".\"securitization_pool\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_tranche\" DROP CONSTRAINT \"fk_pool_tranche_pool\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"pool_structure\" DROP CONSTRAINT \"fk_pool_structure_pool\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" DROP CONSTRAINT \"ck_securitization_pool_target_balance\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"securitization_pool\" DROP COLUMN \"target_balance\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_tranche_name\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_pool_tranche_priority\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pool_tranche\"");
    await queryRunner.query("DROP TABLE \"registry\".\"pool_structure\"");
  }
}
