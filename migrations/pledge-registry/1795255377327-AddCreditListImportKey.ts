import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCreditListImportKey1795255377327 implements MigrationInterface {
  name = 'AddCreditListImportKey1795255377327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"registry\".\"ix_credit_list_entry_code\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_credit_list_entry_code_conduct_listed\" ON \"registry\".\"credit_list_entry\"  (\"credit_code\", \"conduct\", \"listed_on\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"registry\".\"uq_credit_list_entry_code_conduct_listed\"");
    await queryRunner.query("CREATE INDEX \"ix_credit_list_entry_code\" ON \"registry\".\"credit_list_entry\" USING btree (\"credit_code\", \"listed_on\") ");
  }
}
