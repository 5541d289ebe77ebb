import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, type Decimal } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import { IpKind, IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';

registerEnumType(IpKind, { name: 'IpKind', description: 'Invention, utility model or design patent, or trademark' });
registerEnumType(IpLegalStatus, { name: 'IpLegalStatus' });

@ObjectType('IpAssetOwner')
export class IpAssetOwnerModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  creditCode: string | null;

  @Field(() => ID, { nullable: true, description: 'The platform party, when the owner is registered here' })
  partyId: string | null;

  @Field(() => DecimalScalar, { description: 'Ownership share in percent' })
  share: Decimal;
}

@ObjectType('IpRiskFlags', { description: 'Risk flags, orthogonal to the legal status' })
export class IpRiskFlagsModel {
  @Field()
  invalidationPending: boolean;

  @Field()
  ownershipDispute: boolean;

  @Field({ description: 'A court preservation order (freeze) applies' })
  courtPreservation: boolean;
}

@ObjectType('IpAsset', { description: 'A patent or trademark in the registry' })
@Directive('@key(fields: "id")')
export class IpAssetModel {
  @Field(() => ID)
  id: string;

  @Field(() => IpKind)
  kind: IpKind;

  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => LocalDateScalar)
  filingDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  grantDate: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day no longer in force: filing date + legal term (trademarks: registration + 10 years)',
  })
  expiryDate: string | null;

  @Field(() => IpLegalStatus, { description: 'Recorded status, shown as EXPIRED once the expiry date has passed' })
  legalStatus: IpLegalStatus;

  @Field(() => IpRiskFlagsModel)
  riskFlags: IpRiskFlagsModel;

  @Field(() => Date, { description: 'When the legal status or a risk flag last changed' })
  statusChangedAt: Date;

  @Field(() => Int, { nullable: true, description: 'Whole days of protection left today' })
  remainingLifeDays: number | null;

  @Field({ description: 'Status alone allows a pledge (granted, in force); the full checks run at registration' })
  pledgeable: boolean;

  @Field(() => [String])
  ipcClasses: string[];

  @Field(() => String, { nullable: true })
  mainIpc: string | null;

  @Field(() => Int, { nullable: true })
  claimsCount: number | null;

  @Field(() => Int, { nullable: true })
  independentClaims: number | null;

  @Field(() => Int, { nullable: true })
  forwardCitations: number | null;

  @Field(() => Int, { nullable: true })
  familySize: number | null;

  @Field(() => Int, { nullable: true })
  licencesGranted: number | null;
}

export const IpAssetConnection = connectionType(IpAssetModel, 'IpAsset');

@ObjectType('ImportRejection')
export class ImportRejectionModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' })
  line: number;

  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType('PatentImportReport')
export class PatentImportReportModel {
  @Field(() => Int)
  rowsRead: number;

  @Field(() => Int)
  inserted: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Rows rejected (a row may have several rejections)' })
  rejected: number;

  @Field(() => [ImportRejectionModel], { description: 'First problems found, at most 1,000' })
  rejections: ImportRejectionModel[];
}
