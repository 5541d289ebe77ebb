import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '@app/money';
import type { KeyedLoanVolume, LoanFigures, LoanVolume } from '@registry/program/domain/loan-volume.js';
import { amountText, ratioText } from '@registry/program/dto/program-format.js';

@ObjectType('ProgramLoanVolume')
export class ProgramLoanVolumeModel {
  @Field(() => Int, { description: 'Loans disbursed' })
  loans: number;

  @Field(() => DecimalScalar, { description: 'Principal disbursed, CNY' })
  amount: string;

  static from(v: LoanVolume): ProgramLoanVolumeModel {
    return Object.assign(new ProgramLoanVolumeModel(), { loans: v.loans, amount: amountText(v.amount) });
  }
}

@ObjectType('ProgramQuarterLoanVolume')
export class ProgramQuarterLoanVolumeModel extends ProgramLoanVolumeModel {
  @Field(() => Int)
  quarter: number;
}

@ObjectType('ProgramKeyedLoanVolume')
export class ProgramKeyedLoanVolumeModel extends ProgramLoanVolumeModel {
  @Field({ description: 'Lender party id, or size band of the principal (UNDER_10M, OVER_10M)' })
  key: string;

  static keyed(v: KeyedLoanVolume): ProgramKeyedLoanVolumeModel {
    return Object.assign(new ProgramKeyedLoanVolumeModel(), ProgramLoanVolumeModel.from(v), { key: v.key });
  }
}

@ObjectType('ProgramLoanFigures', {
  description:
    'Loans disbursed in the year (CNY principal, counted on disbursement; repayment, write-off or rescheduling does not take one out)',
})
export class ProgramLoanFiguresModel {
  @Field(() => [ProgramQuarterLoanVolumeModel], { description: 'By quarter of disbursement' })
  quarters: ProgramQuarterLoanVolumeModel[];

  @Field(() => ProgramLoanVolumeModel, { description: 'Year to date' })
  total: ProgramLoanVolumeModel;

  @Field(() => ProgramLoanVolumeModel)
  previousYearTotal: ProgramLoanVolumeModel;

  @Field(() => [ProgramKeyedLoanVolumeModel], { description: 'By lender party id, largest principal first' })
  byLender: ProgramKeyedLoanVolumeModel[];

  @Field(() => [ProgramKeyedLoanVolumeModel], { description: 'UNDER_10M (principal < 10 million yuan) and OVER_10M' })
  bySizeBand: ProgramKeyedLoanVolumeModel[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of loans under 10 million yuan, by count' })
  underTenMillionShare: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of loans under 10 million yuan, by principal' })
  underTenMillionAmountShare: string | null;

  static from(f: LoanFigures): ProgramLoanFiguresModel {
    return Object.assign(new ProgramLoanFiguresModel(), {
      quarters: f.quarters.map((q) =>
        Object.assign(new ProgramQuarterLoanVolumeModel(), ProgramLoanVolumeModel.from(q), { quarter: q.quarter }),
      ),
      total: ProgramLoanVolumeModel.from(f.total),
      previousYearTotal: ProgramLoanVolumeModel.from(f.previousYearTotal),
      byLender: f.byLender.map((v) => ProgramKeyedLoanVolumeModel.keyed(v)),
      bySizeBand: f.bySizeBand.map((v) => ProgramKeyedLoanVolumeModel.keyed(v)),
      underTenMillionShare: ratioText(f.underTenMillionShare),
      underTenMillionAmountShare: ratioText(f.underTenMillionAmountShare),
    });
  }
}
