import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { AppraisalAssumptionsInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { AppraisalReportModel } from '@valuation/appraisal/dto/appraisal-report.model.js';
import { MoneyModel } from '@app/money';
import { ValuationMethod } from '@valuation/valuation/valuation.entity.js';

registerEnumType(ValuationMethod, { name: 'ValuationMethod' });

/** The registry's IpAsset, extended here with its valuations. */
@ObjectType('IpAsset')
@Directive('@key(fields: "id")')
export class IpAssetReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Valuation', { description: 'An immutable, versioned valuation of an IP asset' })
export class ValuationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assetId: string;

  @Field(() => IpAssetReference, { description: 'The valued asset (resolved by the registry)' })
  asset: IpAssetReference;

  @Field(() => Int, { description: 'Per-asset version, 1 for the first valuation' })
  version: number;

  @Field(() => ValuationMethod)
  method: ValuationMethod;

  @Field(() => MoneyModel)
  value: MoneyModel;

  @Field(() => Date)
  valuedAt: Date;

  @Field()
  engineVersion: string;

  @Field(() => MoneyModel, { nullable: true, description: 'Low end of the appraised range (reconciled valuations)' })
  low: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true, description: 'High end of the appraised range' })
  high: MoneyModel | null;

  @Field(() => String, { nullable: true, description: 'HIGH, MEDIUM or LOW' })
  confidence: string | null;

  @Field(() => AppraisalReportModel, {
    nullable: true,
    description: 'Every method with its working (reconciled valuations)',
  })
  report: AppraisalReportModel | null;

  @Field(() => ID, { nullable: true, description: 'Who made it' })
  valuedBy: string | null;

  /** Not exposed: the staleness resolver compares it with the asset's current status. */
  assetStatusChangedAt: Date | null;
}

@InputType('CreateValuationInput')
export class CreateValuationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  assetId: string;

  @Field(() => AppraisalAssumptionsInput, {
    description: "The analyst's assumptions; legal life and attributes come from the registry",
  })
  @ValidateNested()
  @Type(() => AppraisalAssumptionsInput)
  assumptions: AppraisalAssumptionsInput;
}

@ObjectType('ValuationStaleness')
export class ValuationStalenessModel {
  @Field()
  stale: boolean;

  @Field(() => [String], { description: 'OLDER_THAN_VALIDITY, ASSET_STATUS_CHANGED' })
  reasons: string[];

  @Field(() => Date)
  validUntil: Date;
}
