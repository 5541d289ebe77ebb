import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { OTHER_REFUSAL_CODE, REFUSAL_CODES } from '@registry/pledge/domain/refusal-rules.js';
import { DisposalKind, DisposalProceeds } from '@registry/pledge/pledge-disposal.entity.js';
import { FilingChannel } from '@registry/pledge/pledge.entity.js';

/** Most assets one application may name: a patent portfolio, not the whole register. */
export const MAX_ASSETS_PER_APPLICATION = 50;

export enum AcknowledgeableRiskInput {
  INVALIDATION_PENDING = 'INVALIDATION_PENDING',
}

export enum ExaminationOutcome {
  REGISTER = 'REGISTER',
  REFUSE = 'REFUSE',
  REQUEST_CORRECTION = 'REQUEST_CORRECTION',
}

/** The rule codes of refusal-rules.ts plus OTHER (the registrar's own ground, with a note). */
export const RefusalCode = Object.fromEntries([...REFUSAL_CODES, OTHER_REFUSAL_CODE].map((c) => [c, c])) as Record<
  string,
  string
>;

registerEnumType(FilingChannel, { name: 'FilingChannel', description: 'Online (2 working days) or paper (5)' });
registerEnumType(AcknowledgeableRiskInput, { name: 'AcknowledgeableRisk' });
registerEnumType(ExaminationOutcome, { name: 'ExaminationOutcome' });
registerEnumType(RefusalCode, { name: 'RefusalCode', description: 'Refusal grounds (DOMAIN.md), plus OTHER' });
registerEnumType(PledgeStatus, { name: 'PledgeStatus' });
registerEnumType(DeregistrationReason, { name: 'DeregistrationReason' });
registerEnumType(DisposalKind, { name: 'DisposalKind' });
registerEnumType(DisposalProceeds, { name: 'DisposalProceeds', description: 'Where the proceeds go' });

const CURRENCY = /^[A-Z]{3}$/;

@InputType('SecuredClaimInput')
export class SecuredClaimInput {
  @Field({ description: 'E.g. LOAN, GUARANTEE_RECOURSE' })
  @IsString()
  @MaxLength(32)
  type: string;

  @DecimalInputField({ description: 'The secured amount, e.g. "5000000.00"', scale: 4 })
  amount: string;

  @Field({ description: 'ISO 4217, e.g. CNY' })
  @Matches(CURRENCY, { message: 'must be an ISO 4217 code such as CNY' })
  currency: string;
}

@InputType('RiskAcknowledgementInput')
export class RiskAcknowledgementInput {
  @Field(() => ID)
  @IsString()
  assetId: string;

  @Field(() => AcknowledgeableRiskInput)
  @IsEnum(AcknowledgeableRiskInput)
  risk: AcknowledgeableRiskInput;
}

@InputType('SubmitPledgeApplicationInput', {
  description: 'The joint application; it reaches the registrar once both parties submitted the same content',
})
export class SubmitPledgeApplicationInput {
  @Field(() => ID, { nullable: true, description: 'A DRAFT or CORRECTION_REQUESTED application to sign' })
  @IsOptional()
  @IsString()
  applicationId?: string | null;

  @Field(() => ID)
  @IsString()
  pledgorPartyId: string;

  @Field(() => ID)
  @IsString()
  pledgeePartyId: string;

  @Field(() => SecuredClaimInput)
  @ValidateNested()
  @Type(() => SecuredClaimInput)
  securedClaim: SecuredClaimInput;

  @Field(() => LocalDateScalar, { description: "The debtor's repayment due date under the main contract" })
  debtorDueDate: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ASSETS_PER_APPLICATION)
  @IsString({ each: true })
  assetIds: string[];

  @Field()
  @IsString()
  @MaxLength(2000)
  guaranteeScope: string;

  @Field(() => [String], { nullable: true, description: 'Party ids or credit codes of consenting co-owners' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  coOwnerConsents?: string[];

  @Field(() => [RiskAcknowledgementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ASSETS_PER_APPLICATION)
  @ValidateNested({ each: true })
  @Type(() => RiskAcknowledgementInput)
  acknowledgedRisks?: RiskAcknowledgementInput[];

  @Field({ description: 'The asset passes to the pledgee on default: such contracts are refused' })
  @IsBoolean()
  forfeitureClause: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  appraisalReference?: string | null;

  @DecimalInputField({
    nullable: true,
    greaterThan: '0',
    scale: 4,
    description: 'Appraised value of the assets, in the claim currency',
  })
  appraisedValue?: string | null;

  @Field(() => FilingChannel, { nullable: true, defaultValue: FilingChannel.ONLINE })
  @IsOptional()
  @IsEnum(FilingChannel)
  filingChannel?: FilingChannel;
}

@InputType('ExaminationDecisionInput')
export class ExaminationDecisionInput {
  @Field(() => ExaminationOutcome)
  @IsEnum(ExaminationOutcome)
  outcome: ExaminationOutcome;

  @Field(() => [RefusalCode], { nullable: true, description: 'REFUSE: at least one; OTHER needs a note' })
  @IsOptional()
  @ArrayMaxSize(REFUSAL_CODES.length + 1)
  @IsString({ each: true })
  reasons?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

@InputType('ChangePledgeRegistrationInput', { description: 'Registered terms that change; the version goes up' })
export class ChangePledgeRegistrationInput {
  @DecimalInputField({ nullable: true, scale: 4 })
  claimAmount?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  pledgeePartyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  pledgorPartyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  guaranteeScope?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  debtorDueDate?: string | null;

  @Field({ description: 'Why the terms change' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  note: string;
}

@InputType('RequestAssetDisposalInput')
export class RequestAssetDisposalInput {
  @Field(() => ID)
  @IsString()
  pledgeId: string;

  @Field(() => ID)
  @IsString()
  assetId: string;

  @Field(() => DisposalKind)
  @IsEnum(DisposalKind)
  kind: DisposalKind;

  @Field({ description: 'The buyer or licensee' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  counterpartyName: string;

  @Field(() => DisposalProceeds)
  @IsEnum(DisposalProceeds)
  proceeds: DisposalProceeds;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

@InputType('PledgeApplicationFilter')
export class PledgeApplicationFilter {
  @Field(() => PledgeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeStatus)
  status?: PledgeStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  pledgorPartyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  pledgeePartyId?: string;

  @Field(() => ID, { nullable: true, description: 'Applications naming this asset' })
  @IsOptional()
  @IsString()
  assetId?: string;
}

@InputType('PledgeRegisterFilter')
export class PledgeRegisterFilter {
  @Field(() => String, { nullable: true, description: 'Exact patent number, e.g. CN202110123456.7' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  patentNumber?: string;

  @Field(() => String, { nullable: true, description: 'Part of the pledgor or pledgee name' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  partyName?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  registeredFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  registeredTo?: string;

  @Field(() => PledgeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeStatus)
  status?: PledgeStatus;
}
