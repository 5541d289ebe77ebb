import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '@app/money';
import type { AreaVolume } from '@registry/program/domain/program-areas.js';
import { amountText } from '@registry/program/dto/program-format.js';

@ObjectType('ProgramAreaVolume', {
  description: "A district's (or a park's) registrations and disbursed loans in the year, CNY",
})
export class ProgramAreaVolumeModel {
  @Field({ description: 'The district ("" for enterprises without one)' })
  district: string;

  @Field(() => String, { nullable: true, description: 'The park of the district; null on a district row' })
  park: string | null;

  @Field(() => Int)
  registrations: number;

  @Field(() => DecimalScalar, { description: 'Secured amount registered' })
  amount: string;

  @Field(() => Int, { description: 'Loans disbursed' })
  loans: number;

  @Field(() => DecimalScalar, { description: 'Principal disbursed' })
  loanAmount: string;

  static from(a: AreaVolume): ProgramAreaVolumeModel {
    return Object.assign(new ProgramAreaVolumeModel(), {
      district: a.district,
      park: a.park,
      registrations: a.registrations,
      amount: amountText(a.amount),
      loans: a.loans,
      loanAmount: amountText(a.loanAmount),
    });
  }
}
