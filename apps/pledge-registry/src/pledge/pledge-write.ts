import type { Identity } from '@app/auth';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { canView } from '@registry/pledge/domain/pledge-access.js';
import { transition, type PledgeEvent, type PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { PledgeExamination } from '@registry/pledge/domain/refusal-rules.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { visibility } from '@registry/pledge/pledge.mapper.js';

/** Decimals of a stored amount (numeric(20,4)). */
export const AMOUNT_DECIMALS = 4;

/**
 * Thrown inside a transaction to roll back everything it wrote (the draft, the
 * idempotency key) when the rules refuse; caught outside and returned as data.
 */
export class RulesRefused extends Error {
  constructor(readonly examination: PledgeExamination) {
    super('refused by the pledge rules');
  }
}

/** A plain JSON copy (Decimals become their strings) for audit records and stored idempotent results. */
export function asJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** The next status for an event, or CONFLICT TRANSITION_NOT_ALLOWED. */
export function nextStatus(pledge: PledgeEntity, event: PledgeEvent): PledgeStatus {
  const result = transition(
    { status: pledge.status, version: pledge.version, deregistrationReason: pledge.deregistrationReason },
    event,
  );
  if (!result.ok) throw PledgeException.transition(result.message);
  return result.state.status;
}

/** NOT_FOUND for whoever may not see the pledge (nothing revealed), NOT_A_PARTY for who may. */
export function hiddenFrom(identity: Identity, pledge: PledgeEntity): PledgeException {
  return canView(identity, visibility(pledge)) ? PledgeException.notAParty() : PledgeException.notFound(pledge.id);
}
