import { Decimal, Money, MoneyModel } from '@app/money';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import type { InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import type {
  LoanInstalmentModel,
  LoanModel,
  LoanPenaltyModel,
  LoanRepaymentModel,
} from '@registry/loan/dto/loan.model.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import type { PenaltyState } from '@registry/loan/loan-penalty.js';

const money = (amount: Decimal, currency: string): MoneyModel => MoneyModel.from(Money.of(amount, currency));

/** An amount as audit JSON and stored allocations carry it (a string, never a float). */
export const amountJson = (amount: Decimal): string => amount.toFixed(4);

export function toLoanModel(loan: LoanEntity): LoanModel {
  return {
    id: loan.id,
    pledgeId: loan.pledgeId,
    lenderPartyId: loan.lenderPartyId,
    borrowerPartyId: loan.borrowerPartyId,
    principal: money(loan.principal, loan.currency),
    annualRate: loan.annualRate,
    termMonths: loan.termMonths,
    repaymentMethod: loan.repaymentMethod,
    dayCount: loan.dayCount,
    requestedDisbursementDate: loan.requestedDisbursementDate,
    disbursedOn: loan.disbursedOn,
    status: loan.status,
    closeReason: loan.closeReason,
    closedOn: loan.closedOn,
    outstandingPrincipal: money(loan.outstandingPrincipal, loan.currency),
    excess: money(loan.excessAmount, loan.currency),
    penaltyRate: loan.penaltyRate,
    defaultedOn: loan.defaultedOn,
    writtenOff: loan.writtenOffAmount === null ? null : money(loan.writtenOffAmount, loan.currency),
    rescheduledFromLoanId: loan.rescheduledFromLoanId,
    rescheduledToLoanId: loan.rescheduledToLoanId,
    version: loan.version,
    createdAt: loan.createdAt,
  };
}

export function toInstalmentModel(i: LoanInstalmentEntity, currency: string): LoanInstalmentModel {
  return {
    number: i.number,
    dueDate: i.dueDate,
    principalDue: money(i.principalDue, currency),
    interestDue: money(i.interestDue, currency),
    principalPaid: money(i.principalPaid, currency),
    interestPaid: money(i.interestPaid, currency),
  };
}

export function toRepaymentModel(r: LoanRepaymentEntity, currency: string): LoanRepaymentModel {
  return {
    id: r.id,
    loanId: r.loanId,
    amount: money(r.amount, currency),
    receivedOn: r.receivedOn,
    penaltyPaid: money(r.penaltyPaid, currency),
    interestPaid: money(r.interestPaid, currency),
    principalPaid: money(r.principalPaid, currency),
    excess: money(r.excess, currency),
    allocation: r.allocation.map((l) => ({
      number: l.number,
      interest: money(new Decimal(l.interest), currency),
      principal: money(new Decimal(l.principal), currency),
    })),
    createdAt: r.createdAt,
  };
}

/** A stored instalment as the pure allocation rules read it. */
export function instalmentState(i: LoanInstalmentEntity): InstalmentState {
  return {
    number: i.number,
    dueDate: i.dueDate,
    principalDue: i.principalDue,
    interestDue: i.interestDue,
    principalPaid: i.principalPaid,
    interestPaid: i.interestPaid,
  };
}

/** The loan's state in its audit events. */
export function loanAuditState(loan: LoanEntity): JsonValue {
  return {
    status: loan.status,
    version: loan.version,
    outstandingPrincipal: amountJson(loan.outstandingPrincipal),
  };
}

export function toPenaltyModel(penalty: PenaltyState, currency: string): LoanPenaltyModel {
  return {
    asOf: penalty.asOf,
    annualRate: penalty.annualRate,
    accrued: money(penalty.accrued, currency),
    paid: money(penalty.paid, currency),
    outstanding: money(penalty.outstanding, currency),
  };
}
