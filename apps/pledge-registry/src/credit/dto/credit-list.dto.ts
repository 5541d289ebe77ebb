import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { connectionType, LocalDateScalar } from '@app/platform';
import { CreditConduct, type CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';
import { ImportRejectionModel } from '@registry/ip-asset/dto/ip-asset.model.js';

registerEnumType(CreditConduct, {
  name: 'CreditConduct',
  description: 'Conduct that puts an entity on the IP credit-loss list',
});

@InputType('AddCreditListEntryInput')
export class AddCreditListEntryInput {
  @Field({ description: 'Unified social credit code (18 characters, check character validated)' })
  @IsString()
  @MaxLength(18)
  creditCode: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  entityName: string;

  @Field(() => CreditConduct)
  conduct: CreditConduct;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  issuingAuthority: string;

  @Field(() => LocalDateScalar)
  listedOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to the configured term (1 year)' })
  @IsOptional()
  expiresOn?: string;
}

@InputType('CreditListFilter')
export class CreditListFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  creditCode?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only entries in force on this day' })
  @IsOptional()
  inForceOn?: string;
}

@ObjectType('CreditListEntry')
export class CreditListEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  creditCode: string;

  @Field()
  entityName: string;

  @Field(() => CreditConduct)
  conduct: CreditConduct;

  @Field()
  issuingAuthority: string;

  @Field(() => LocalDateScalar)
  listedOn: string;

  @Field(() => LocalDateScalar, { description: 'First day the entry is no longer in force' })
  expiresOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  removedOn: string | null;

  @Field(() => String, { nullable: true })
  removalNote: string | null;

  static from(e: CreditListEntryEntity): CreditListEntryModel {
    return Object.assign(new CreditListEntryModel(), {
      id: e.id,
      creditCode: e.creditCode,
      entityName: e.entityName,
      conduct: e.conduct,
      issuingAuthority: e.issuingAuthority,
      listedOn: e.listedOn,
      expiresOn: e.expiresOn,
      removedOn: e.removedOn,
      removalNote: e.removalNote,
    });
  }
}

export const CreditListEntryConnection = connectionType(CreditListEntryModel, 'CreditListEntry');

@ObjectType('CreditListImportReport', { description: 'All or nothing: with any rejection, nothing was written' })
export class CreditListImportReportModel {
  @Field(() => Int)
  rowsRead: number;

  @Field(() => Int)
  inserted: number;

  @Field(() => Int, { description: 'Entries already on the list (same credit code, conduct and listing date)' })
  unchanged: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => [ImportRejectionModel], { description: 'Every problem, at most 1,000' })
  rejections: ImportRejectionModel[];
}
