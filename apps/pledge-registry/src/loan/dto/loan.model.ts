import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, MoneyModel, type Decimal } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import { LoanCloseReason, LoanStatus } from '@registry/loan/domain/loan-state.js';
import { DayCountConvention, RepaymentMethod } from '@registry/loan/domain/repayment-schedule.js';

registerEnumType(LoanStatus, {
  name: 'LoanStatus',
  description:
    'SUBMITTED -> APPROVED -> ACTIVE (disbursed) -> CLOSED (repaid, written off or rescheduled) or OVERPAID (paid beyond what was owed); REJECTED, WITHDRAWN',
});
registerEnumType(LoanCloseReason, {
  name: 'LoanCloseReason',
  description:
    'REPAID: nothing owed; WRITTEN_OFF: a defaulted loan the lender wrote off; RESCHEDULED: replaced by a new loan',
});

@ObjectType('LoanInstalment', { description: 'One instalment of the schedule stored at disbursement' })
export class LoanInstalmentModel {
  @Field(() => Int)
  number: number;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => MoneyModel)
  principalDue: MoneyModel;

  @Field(() => MoneyModel)
  interestDue: MoneyModel;

  @Field(() => MoneyModel)
  principalPaid: MoneyModel;

  @Field(() => MoneyModel)
  interestPaid: MoneyModel;
}

@ObjectType('LoanRepaymentAllocation', { description: 'What a repayment paid towards one instalment' })
export class LoanRepaymentAllocationModel {
  @Field(() => Int)
  number: number;

  @Field(() => MoneyModel)
  interest: MoneyModel;

  @Field(() => MoneyModel)
  principal: MoneyModel;
}

@ObjectType('LoanRepayment', { description: 'A payment received and how it was allocated' })
export class LoanRepaymentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  loanId: string;

  @Field(() => MoneyModel)
  amount: MoneyModel;

  @Field(() => LocalDateScalar)
  receivedOn: string;

  @Field(() => MoneyModel, { description: 'Penalty interest on overdue principal, paid first' })
  penaltyPaid: MoneyModel;

  @Field(() => MoneyModel, { description: 'Overdue and current interest' })
  interestPaid: MoneyModel;

  @Field(() => MoneyModel)
  principalPaid: MoneyModel;

  @Field(() => MoneyModel, { description: 'Paid beyond everything owed; owed back to the borrower' })
  excess: MoneyModel;

  @Field(() => [LoanRepaymentAllocationModel])
  allocation: LoanRepaymentAllocationModel[];

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('LoanNextDue', { description: 'The earliest instalment not fully paid and what remains of it' })
export class LoanNextDueModel {
  @Field(() => Int)
  number: number;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => MoneyModel)
  amount: MoneyModel;
}

@ObjectType('LoanPenalty', {
  description:
    'Penalty interest on overdue principal as of a day: penalty rate x overdue principal x days overdue / year basis',
})
export class LoanPenaltyModel {
  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => DecimalScalar, {
    description: 'Annual penalty rate, fixed at disbursement (contract rate x (1 + markup))',
  })
  annualRate: Decimal;

  @Field(() => MoneyModel, { description: 'Accrued from disbursement to asOf (to the closing day once closed)' })
  accrued: MoneyModel;

  @Field(() => MoneyModel, { description: 'Paid by repayments received on or before asOf' })
  paid: MoneyModel;

  @Field(() => MoneyModel, { description: 'accrued - paid' })
  outstanding: MoneyModel;
}

@ObjectType('Loan', { description: 'A loan the pledgee bank grants against a registered pledge' })
export class LoanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pledgeId: string;

  @Field(() => ID)
  lenderPartyId: string;

  @Field(() => ID)
  borrowerPartyId: string;

  @Field(() => MoneyModel)
  principal: MoneyModel;

  @Field(() => DecimalScalar, { description: 'Nominal annual rate as a fraction' })
  annualRate: Decimal;

  @Field(() => Int)
  termMonths: number;

  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @Field(() => DayCountConvention)
  dayCount: DayCountConvention;

  @Field(() => LocalDateScalar, { nullable: true })
  requestedDisbursementDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  disbursedOn: string | null;

  @Field(() => LoanStatus)
  status: LoanStatus;

  @Field(() => LoanCloseReason, { nullable: true })
  closeReason: LoanCloseReason | null;

  @Field(() => LocalDateScalar, { nullable: true })
  closedOn: string | null;

  @Field(() => MoneyModel, { description: 'Principal not yet repaid' })
  outstandingPrincipal: MoneyModel;

  @Field(() => MoneyModel, { description: 'Paid beyond everything owed (OVERPAID), owed back to the borrower' })
  excess: MoneyModel;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Annual penalty rate on overdue principal, fixed at disbursement; null before',
  })
  penaltyRate: Decimal | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the lender declared default (a marker on an ACTIVE loan, kept once closed)',
  })
  defaultedOn: string | null;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'What was owed when written off (principal, interest and penalty); null unless WRITTEN_OFF',
  })
  writtenOff: MoneyModel | null;

  @Field(() => ID, { nullable: true, description: 'The loan this one replaced by rescheduling' })
  rescheduledFromLoanId: string | null;

  @Field(() => ID, { nullable: true, description: 'The loan that replaced this one (close reason RESCHEDULED)' })
  rescheduledToLoanId: string | null;

  @Field(() => Int, { description: '1 on application, + 1 per recorded change' })
  version: number;

  @Field(() => Date)
  createdAt: Date;
}

export const LoanConnection = connectionType(LoanModel, 'Loan');
