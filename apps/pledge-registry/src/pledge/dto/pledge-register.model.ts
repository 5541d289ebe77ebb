import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';

/*
 * The public register (gazette). These types carry only what the register publishes:
 * no amounts, rates, due dates, scope or ids of private records. Add a field here only
 * if the registration measures publish it.
 */

@ObjectType('PledgeRegisterPatent')
export class PledgeRegisterPatentModel {
  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  mainIpc: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  grantDate: string | null;
}

@ObjectType('PledgeRegisterChange', { description: 'A change, deregistration or revocation on the register' })
export class PledgeRegisterChangeModel {
  @Field({ description: 'CHANGED, DEREGISTERED or REVOKED' })
  type: string;

  @Field(() => LocalDateScalar)
  date: string;
}

@ObjectType('PledgeRegisterEntry', { description: 'One registration as the public register shows it' })
export class PledgeRegisterEntryModel {
  @Field()
  registrationNumber: string;

  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field()
  pledgorName: string;

  @Field()
  pledgeeName: string;

  @Field(() => String, { nullable: true, description: 'Main IPC class of the first patent' })
  mainIpcClass: string | null;

  @Field(() => [PledgeRegisterPatentModel])
  patents: PledgeRegisterPatentModel[];

  @Field(() => LocalDateScalar)
  registeredOn: string;

  @Field(() => [PledgeRegisterChangeModel])
  changes: PledgeRegisterChangeModel[];
}

export const PledgeRegisterConnection = connectionType(PledgeRegisterEntryModel, 'PledgeRegisterEntry');

@ObjectType('PledgeStatusCount')
export class PledgeStatusCountModel {
  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('PledgeStatistics', { description: 'Aggregates only; no single pledge can be read from them' })
export class PledgeStatisticsModel {
  @Field(() => LocalDateScalar, { nullable: true })
  from: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  to: string | null;

  @Field(() => [PledgeStatusCountModel], { description: 'Applications filed in the period, by current status' })
  byStatus: PledgeStatusCountModel[];

  @Field(() => Int, { description: 'Registrations in the period' })
  registrations: number;

  @Field(() => [MoneyModel], { description: 'Secured amount as registered (version 1), per currency' })
  securedAmountRegistered: MoneyModel[];

  @Field(() => Int)
  distinctPledgors: number;

  @Field(() => Int, { description: 'Distinct assets in the registrations of the period' })
  assetsPledged: number;
}
