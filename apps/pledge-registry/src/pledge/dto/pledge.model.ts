import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, MoneyModel } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { PledgeSide } from '@registry/pledge/domain/pledge-access.js';
import { DeregistrationReason, PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { AcknowledgeableRiskInput, RefusalCode } from '@registry/pledge/dto/pledge.input.js';
import { DisposalKind, DisposalProceeds, DisposalStatus } from '@registry/pledge/pledge-disposal.entity.js';
import { FilingChannel } from '@registry/pledge/pledge.entity.js';

registerEnumType(PledgeSide, { name: 'PledgeSide', description: 'Pledgor (SME) or pledgee (bank)' });
registerEnumType(DisposalStatus, { name: 'DisposalStatus' });

@ObjectType('RefusalReason', { description: 'One failing ground; clients branch on the code' })
export class RefusalReasonModel {
  @Field(() => RefusalCode)
  code: string;

  @Field(() => ID, { nullable: true })
  assetId: string | null;

  @Field(() => ID, { nullable: true })
  partyId: string | null;

  @Field(() => String, { nullable: true, description: 'The missing item, for MANDATORY_CONTENT_MISSING' })
  field: string | null;

  @Field()
  message: string;
}

@ObjectType('ReviewFlag', { description: 'Something the registrar checks by hand; not a refusal' })
export class ReviewFlagModel {
  @Field()
  code: string;

  @Field(() => ID)
  partyId: string;

  @Field()
  message: string;
}

@ObjectType('RiskAcknowledgement')
export class RiskAcknowledgementModel {
  @Field(() => ID)
  assetId: string;

  @Field(() => AcknowledgeableRiskInput)
  risk: string;
}

@ObjectType('PledgedAsset', { description: 'An asset as named in the application (particulars as filed)' })
export class PledgedAssetModel {
  @Field(() => ID)
  assetId: string;

  @Field(() => Int)
  position: number;

  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => LocalDateScalar)
  filingDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  grantDate: string | null;

  @Field(() => IpAssetModel, { nullable: true, description: 'The asset as the register shows it today' })
  asset?: IpAssetModel | null;
}

@ObjectType('PledgeVersion', { description: 'The registered terms as of one version' })
export class PledgeVersionModel {
  @Field(() => Int)
  version: number;

  @Field(() => ID)
  pledgorPartyId: string;

  @Field(() => ID)
  pledgeePartyId: string;

  @Field(() => MoneyModel)
  claimAmount: MoneyModel;

  @Field(() => LocalDateScalar)
  debtorDueDate: string;

  @Field()
  guaranteeScope: string;

  @Field(() => String, { nullable: true })
  changeNote: string | null;

  @Field(() => LocalDateScalar)
  effectiveOn: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}

@ObjectType('PledgeDisposal', { description: 'A transfer or licence of a pledged asset, and the pledgee decision' })
export class PledgeDisposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pledgeId: string;

  @Field(() => ID)
  assetId: string;

  @Field(() => DisposalKind)
  kind: DisposalKind;

  @Field()
  counterpartyName: string;

  @Field(() => DisposalProceeds)
  proceeds: DisposalProceeds;

  @Field(() => DisposalStatus)
  status: DisposalStatus;

  @Field(() => String, { nullable: true })
  requestNote: string | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('PledgeApplication', { description: 'A pledge from its joint application to its end' })
export class PledgeApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => Int, { description: '0 until registered, 1 on registration, +1 per recorded change' })
  version: number;

  @Field(() => String, { nullable: true })
  registrationNumber: string | null;

  @Field(() => ID)
  pledgorPartyId: string;

  @Field(() => ID)
  pledgeePartyId: string;

  @Field()
  claimType: string;

  @Field(() => MoneyModel)
  claimAmount: MoneyModel;

  @Field(() => LocalDateScalar)
  debtorDueDate: string;

  @Field()
  guaranteeScope: string;

  @Field(() => [String])
  coOwnerConsents: string[];

  @Field(() => [RiskAcknowledgementModel])
  acknowledgedRisks: RiskAcknowledgementModel[];

  @Field()
  forfeitureClause: boolean;

  @Field(() => String, { nullable: true })
  appraisalReference: string | null;

  @Field(() => MoneyModel, { nullable: true })
  appraisedValue: MoneyModel | null;

  @Field(() => FilingChannel)
  filingChannel: FilingChannel;

  @Field({ description: 'The pledgor signed the current content' })
  pledgorSigned: boolean;

  @Field({ description: 'The pledgee signed the current content' })
  pledgeeSigned: boolean;

  @Field(() => PledgeSide, { nullable: true, description: 'The side whose signature is missing, when one side signed' })
  awaitingSignatureOf: PledgeSide | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day for the examination' })
  examinationDueDate: string | null;

  @Field({ description: 'Submitted and still unexamined after its deadline' })
  overdue: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  examinedAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  registeredOn: string | null;

  @Field(() => [RefusalReasonModel], { description: 'Refusal grounds, or the correction points' })
  refusalReasons: RefusalReasonModel[];

  @Field(() => [ReviewFlagModel])
  reviewFlags: ReviewFlagModel[];

  @Field(() => String, { nullable: true })
  examinerNote: string | null;

  @Field(() => DeregistrationReason, { nullable: true })
  deregistrationReason: DeregistrationReason | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The pledge ended on this day' })
  endedOn: string | null;

  @Field(() => MoneyModel, { nullable: true })
  realizedAmount: MoneyModel | null;

  @Field(() => LocalDateScalar, { nullable: true })
  realizedOn: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Realised / appraised value, 4 decimals' })
  realizationRatio: string | null;

  @Field(() => [PledgedAssetModel])
  assets: PledgedAssetModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const PledgeApplicationConnection = connectionType(PledgeApplicationModel, 'PledgeApplication');

@ObjectType('PledgeApplicationResult', {
  description: 'Accepted, or refused with every failing reason (then nothing was written)',
})
export class PledgeApplicationResultModel {
  @Field()
  accepted: boolean;

  @Field(() => [RefusalReasonModel])
  reasons: RefusalReasonModel[];

  @Field(() => [ReviewFlagModel])
  reviewFlags: ReviewFlagModel[];

  @Field(() => PledgeApplicationModel, { nullable: true })
  application: PledgeApplicationModel | null;

  @Field(() => PledgeSide, { nullable: true })
  awaitingSignatureOf: PledgeSide | null;
}

@ObjectType('PledgeExaminationResult')
export class PledgeExaminationResultModel {
  @Field(() => PledgeStatus, { description: 'REGISTERED, REFUSED or CORRECTION_REQUESTED' })
  status: PledgeStatus;

  @Field(() => [RefusalReasonModel])
  reasons: RefusalReasonModel[];

  @Field(() => PledgeApplicationModel)
  application: PledgeApplicationModel;
}
