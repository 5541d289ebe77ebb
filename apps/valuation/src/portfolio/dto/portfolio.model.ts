import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { connectionType } from '@app/platform';
import { AppraisalAssumptionsInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { JobItemStatus, JobStatus } from '@valuation/portfolio/portfolio-job.entity.js';
import { ValuationModel } from '@valuation/valuation/dto/valuation.model.js';

registerEnumType(JobStatus, { name: 'PortfolioJobStatus' });
registerEnumType(JobItemStatus, { name: 'PortfolioItemStatus' });

export const MAX_PORTFOLIO_ASSETS = 10_000;

@InputType('StartPortfolioValuationInput')
export class StartPortfolioValuationInput {
  @Field(() => [ID], { description: `1-${MAX_PORTFOLIO_ASSETS} registry asset ids` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PORTFOLIO_ASSETS)
  @IsUUID('all', { each: true, message: 'each asset id must be a UUID' })
  assetIds: string[];

  @Field(() => AppraisalAssumptionsInput, {
    description: 'Applied to every asset; legal life and attributes are per asset',
  })
  @ValidateNested()
  @Type(() => AppraisalAssumptionsInput)
  assumptions: AppraisalAssumptionsInput;
}

@ObjectType('PortfolioItem')
export class PortfolioItemModel {
  @Field(() => Int)
  position: number;

  @Field(() => ID)
  assetId: string;

  @Field(() => JobItemStatus)
  status: JobItemStatus;

  @Field(() => ValuationModel, { nullable: true })
  valuation: ValuationModel | null;

  @Field(() => String, { nullable: true, description: 'Why the asset could not be valued' })
  error: string | null;

  valuationId: string | null;
}

export const PortfolioItemConnection = connectionType(PortfolioItemModel, 'PortfolioItem');

@ObjectType('PortfolioValuation', { description: 'A background valuation of many assets' })
export class PortfolioJobModel {
  @Field(() => ID)
  id: string;

  @Field(() => JobStatus)
  status: JobStatus;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  succeeded: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}
