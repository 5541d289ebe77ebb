import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCreditListAndCalendar1795251229569 implements MigrationInterface {
  name = 'AddCreditListAndCalendar1795251229569';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"registry\".\"calendar_day\" (\"day\" date NOT NULL, \"working\" boolean NOT NULL, \"note\" character varying(100) NOT NULL, CONSTRAINT \"pk_calendar_day\" PRIMARY KEY (\"day\"))");
    await queryRunner.query("CREATE TABLE \"registry\".\"credit_list_entry\" (\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"credit_code\" character(18) NOT NULL, \"entity_name\" character varying(200) NOT NULL, \"conduct\" character varying(32) NOT NULL, \"issuing_authority\" character varying(200) NOT NULL, \"listed_on\" date NOT NULL, \"expires_on\" date NOT NULL, \"removed_on\" date, \"removal_note\" text, \"recorded_by\" uuid, CONSTRAINT \"ck_credit_list_entry_removal\" CHECK (\"removed_on\" IS NULL OR \"removed_on\" >= \"listed_on\"), CONSTRAINT \"ck_credit_list_entry_period\" CHECK (\"expires_on\" > \"listed_on\"), CONSTRAINT \"ck_credit_list_entry_conduct\" CHECK (\"conduct\" IN ('ABNORMAL_PATENT_FILING','MALICIOUS_TRADEMARK_FILING','ILLEGAL_AGENCY','FALSE_MATERIALS','BROKEN_CREDIT_COMMITMENT','REFUSING_ENFORCEMENT')), CONSTRAINT \"ck_credit_list_entry_code\" CHECK (\"credit_code\" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'), CONSTRAINT \"pk_credit_list_entry\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_credit_list_entry_code\" ON \"registry\".\"credit_list_entry\"  (\"credit_code\", \"listed_on\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"registry\".\"ix_credit_list_entry_code\"");
    await queryRunner.query("DROP TABLE \"registry\".\"credit_list_entry\"");
    await queryRunner.query("DROP TABLE \"registry\".\"calendar_day\"");
  }
}
