import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMarketplace1795251434473 implements MigrationInterface {
  name = 'AddMarketplace1795251434473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"listing\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"pledgor_party_id\" uuid NOT NULL, \"amount_sought\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL, \"term_months\" integer NOT NULL, \"purpose\" text NOT NULL, \"visibility\" character varying(8) NOT NULL, \"status\" character varying(10) NOT NULL, \"expires_on\" date, \"valuation_total\" numeric(20,4), \"valuation_currency\" character(3), \"valued_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, CONSTRAINT \"ck_listing_valuation_snapshot\" CHECK ((\"valuation_total\" IS NULL) = (\"valuation_currency\" IS NULL) AND (\"valuation_total\" IS NULL) = (\"valued_at\" IS NULL) AND coalesce(\"valuation_total\", 0) >= 0), CONSTRAINT \"ck_listing_purpose_not_blank\" CHECK (length(btrim(\"purpose\")) > 0), CONSTRAINT \"ck_listing_term_months\" CHECK (\"term_months\" BETWEEN 1 AND 600), CONSTRAINT \"ck_listing_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_listing_amount_positive\" CHECK (\"amount_sought\" > 0), CONSTRAINT \"ck_listing_visibility\" CHECK (\"visibility\" IN ('PUBLIC', 'INVITED')), CONSTRAINT \"ck_listing_status\" CHECK (\"status\" IN ('OPEN', 'WITHDRAWN', 'EXPIRED', 'ACCEPTED')), CONSTRAINT \"pk_listing\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_listing_status_created\" ON \"registry\".\"listing\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_listing_pledgor\" ON \"registry\".\"listing\"  (\"pledgor_party_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"listing_asset\" (\"listing_id\" uuid NOT NULL, \"asset_id\" uuid NOT NULL, \"position\" smallint NOT NULL, \"open\" boolean NOT NULL DEFAULT true, CONSTRAINT \"ck_listing_asset_position\" CHECK (\"position\" >= 0), CONSTRAINT \"pk_listing_asset\" PRIMARY KEY (\"listing_id\", \"asset_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_listing_asset_asset\" ON \"registry\".\"listing_asset\"  (\"asset_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_listing_asset_open\" ON \"registry\".\"listing_asset\"  (\"asset_id\") WHERE \"open\"");
    await queryRunner.query("CREATE TABLE \"registry\".\"listing_invitation\" (\"listing_id\" uuid NOT NULL, \"lender_party_id\" uuid NOT NULL, CONSTRAINT \"pk_listing_invitation\" PRIMARY KEY (\"listing_id\", \"lender_party_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_listing_invitation_lender\" ON \"registry\".\"listing_invitation\"  (\"lender_party_id\") ");
    await queryRunner.query("CREATE TABLE \"registry\".\"offer\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"listing_id\" uuid NOT NULL, \"lender_party_id\" uuid NOT NULL, \"amount\" numeric(20,4) NOT NULL, \"currency\" character(3) NOT NULL, \"annual_rate\" numeric(12,8) NOT NULL, \"term_months\" integer NOT NULL, \"repayment_method\" character varying(24) NOT NULL, \"ltv\" numeric(12,8) NOT NULL, \"conditions\" text, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" character varying(10) NOT NULL, \"pledge_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, CONSTRAINT \"ck_offer_accepted_has_pledge\" CHECK ((\"status\" = 'ACCEPTED') = (\"pledge_id\" IS NOT NULL)), CONSTRAINT \"ck_offer_term_months\" CHECK (\"term_months\" BETWEEN 1 AND 600), CONSTRAINT \"ck_offer_ltv\" CHECK (\"ltv\" > 0 AND \"ltv\" <= 1), CONSTRAINT \"ck_offer_annual_rate\" CHECK (\"annual_rate\" > 0 AND \"annual_rate\" < 1), CONSTRAINT \"ck_offer_currency\" CHECK (\"currency\" ~ '^[A-Z]{3}$'), CONSTRAINT \"ck_offer_amount_positive\" CHECK (\"amount\" > 0), CONSTRAINT \"ck_offer_repayment_method\" CHECK (\"repayment_method\" IN ('ANNUITY', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET', 'FLAT')), CONSTRAINT \"ck_offer_status\" CHECK (\"status\" IN ('OPEN', 'WITHDRAWN', 'DECLINED', 'EXPIRED', 'ACCEPTED')), CONSTRAINT \"pk_offer\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_offer_lender\" ON \"registry\".\"offer\"  (\"lender_party_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_offer_listing\" ON \"registry\".\"offer\"  (\"listing_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_offer_pledge\" ON \"registry\".\"offer\"  (\"pledge_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_offer_accepted_per_listing\" ON \"registry\".\"offer\"  (\"listing_id\") WHERE \"status\" = 'ACCEPTED'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_offer_open_per_lender\" ON \"registry\".\"offer\"  (\"listing_id\", \"lender_party_id\") WHERE \"status\" = 'OPEN'");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing\" ADD CONSTRAINT \"fk_listing_pledgor\" FOREIGN KEY (\"pledgor_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_asset\" ADD CONSTRAINT \"fk_listing_asset_listing\" FOREIGN KEY (\"listing_id\") REFERENCES \"registry\".\"listing\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_asset\" ADD CONSTRAINT \"fk_listing_asset_asset\" FOREIGN KEY (\"asset_id\") REFERENCES \"registry\".\"ip_asset\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_invitation\" ADD CONSTRAINT \"fk_listing_invitation_listing\" FOREIGN KEY (\"listing_id\") REFERENCES \"registry\".\"listing\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_invitation\" ADD CONSTRAINT \"fk_listing_invitation_lender\" FOREIGN KEY (\"lender_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" ADD CONSTRAINT \"fk_offer_listing\" FOREIGN KEY (\"listing_id\") REFERENCES \"registry\".\"listing\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" ADD CONSTRAINT \"fk_offer_lender\" FOREIGN KEY (\"lender_party_id\") REFERENCES \"registry\".\"party\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" ADD CONSTRAINT \"fk_offer_pledge\" FOREIGN KEY (\"pledge_id\") REFERENCES \"registry\".\"pledge\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" DROP CONSTRAINT \"fk_offer_pledge\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" DROP CONSTRAINT \"fk_offer_lender\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"offer\" DROP CONSTRAINT \"fk_offer_listing\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_invitation\" DROP CONSTRAINT \"fk_listing_invitation_lender\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_invitation\" DROP CONSTRAINT \"fk_listing_invitation_listing\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_asset\" DROP CONSTRAINT \"fk_listing_asset_asset\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing_asset\" DROP CONSTRAINT \"fk_listing_asset_listing\"");
    await queryRunner.query("ALTER TABLE \"registry\".\"listing\" DROP CONSTRAINT \"fk_listing_pledgor\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_offer_open_per_lender\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_offer_accepted_per_listing\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_offer_pledge\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_offer_listing\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_offer_lender\"");
    await queryRunner.query("DROP TABLE \"registry\".\"offer\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_listing_invitation_lender\"");
    await queryRunner.query("DROP TABLE \"registry\".\"listing_invitation\"");
    await queryRunner.query("DROP INDEX \"registry\".\"uq_listing_asset_open\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_listing_asset_asset\"");
    await queryRunner.query("DROP TABLE \"registry\".\"listing_asset\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_listing_pledgor\"");
    await queryRunner.query("DROP INDEX \"registry\".\"ix_listing_status_created\"");
    await queryRunner.query("DROP TABLE \"registry\".\"listing\"");
  }
}
