import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { LoanStatus, loanTransition, type LoanEvent } from '@registry/loan/domain/loan-state.js';
import type { RepaymentSchedule } from '@registry/loan/domain/repayment-schedule.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanErrorReason, LoanException } from '@registry/loan/loan.exception.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';

/** Idempotent results are the id of what was written. */
export const storedId = {
  toStored: (id: string): JsonValue => id,
  fromStored: (stored: JsonValue): string => stored as string,
};

/** The status an event leads to, or CONFLICT TRANSITION_NOT_ALLOWED. */
export function nextStatus(status: LoanStatus, event: LoanEvent): LoanStatus {
  const result = loanTransition(status, event);
  if (!result.ok) throw LoanException.conflict(LoanErrorReason.TRANSITION_NOT_ALLOWED, result.message);
  return result.status;
}

/** CONFLICT PLEDGE_NOT_REGISTERED naming `field` unless the pledge is REGISTERED. */
export function assertRegistered(pledge: PledgeEntity, field: string): void {
  if (pledge.status !== PledgeStatus.REGISTERED) {
    throw LoanException.conflict(
      LoanErrorReason.PLEDGE_NOT_REGISTERED,
      `the pledge is ${pledge.status}; a loan needs a REGISTERED pledge`,
      field,
    );
  }
}

/**
 * CONFLICT unless the loan is ACTIVE: LOAN_CLOSED for a CLOSED loan (repaid, written off or
 * rescheduled), LOAN_NOT_ACTIVE otherwise, naming `field`.
 */
export function assertActive(loan: LoanEntity, field: string, doing: string): void {
  if (loan.status === LoanStatus.ACTIVE) return;
  if (loan.status === LoanStatus.CLOSED) {
    throw LoanException.conflict(
      LoanErrorReason.LOAN_CLOSED,
      `the loan was closed (${String(loan.closeReason)}) on ${String(loan.closedOn)}; it takes no ${doing}`,
      field,
    );
  }
  throw LoanException.conflict(LoanErrorReason.LOAN_NOT_ACTIVE, `a ${loan.status} loan takes no ${doing}`, field);
}

/** The schedule as it is stored at disbursement: one row per instalment, nothing paid yet. */
export function instalmentRows(loanId: string, schedule: RepaymentSchedule): Partial<LoanInstalmentEntity>[] {
  return schedule.lines.map((line) => ({
    loanId,
    number: line.number,
    dueDate: line.dueDate,
    principalDue: line.principal.amount,
    interestDue: line.interest.amount,
  }));
}

/** The day a recovery step is recorded: today unless given, never in the future. */
export function eventDate(on: string | null | undefined, field: string): string {
  const today = registryToday();
  const day = on ?? today;
  if (compareIsoDate(day, today) > 0) throw LoanException.invalid(field, 'must not be in the future');
  return day;
}
