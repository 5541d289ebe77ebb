import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { loanTransition, type LoanEvent, type LoanStatus } from '@registry/loan/domain/loan-state.js';
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
