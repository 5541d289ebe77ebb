/**
 * Lifecycle of a pledge registration (DOMAIN.md "Pledge registration"):
 *
 *   DRAFT -> SUBMITTED -> (CORRECTION_REQUESTED <-> SUBMITTED) -> REGISTERED | REFUSED
 *   REGISTERED -> REGISTERED (CHANGE: amount, parties or scope; the version goes up)
 *   REGISTERED -> DEREGISTERED (with a reason) | REVOKED | DEFAULTED
 *   DEFAULTED -> ENFORCING -> REALIZED -> DEREGISTERED (reason REALIZED)
 *   DRAFT | SUBMITTED | CORRECTION_REQUESTED -> WITHDRAWN (a party takes the application back)
 *
 * Nothing else is allowed. In particular a defaulted pledge cannot go back to
 * REGISTERED or be deregistered before realisation: the domain brief names no cure
 * path, so one has to be added here explicitly when the business asks for it.
 * Risk flags (invalidation pending, court preservation, ...) are orthogonal and are
 * not part of this state.
 */

/** Stored values: they must not change. */
export enum PledgeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CORRECTION_REQUESTED = 'CORRECTION_REQUESTED',
  REGISTERED = 'REGISTERED',
  REFUSED = 'REFUSED',
  DEFAULTED = 'DEFAULTED',
  ENFORCING = 'ENFORCING',
  REALIZED = 'REALIZED',
  DEREGISTERED = 'DEREGISTERED',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Why a registration was deregistered; stored values. */
export enum DeregistrationReason {
  REPAID = 'REPAID',
  REALIZED = 'REALIZED',
  WAIVED = 'WAIVED',
  MAIN_CONTRACT_VOID = 'MAIN_CONTRACT_VOID',
  OTHER = 'OTHER',
}

export interface PledgeState {
  status: PledgeStatus;
  /**
   * Registration version: 0 until registered, 1 on registration, +1 for every
   * recorded change. Never decreases.
   */
  version: number;
  /** Set exactly when `status` is DEREGISTERED. */
  deregistrationReason: DeregistrationReason | null;
}

export type PledgeEvent =
  | { type: 'SUBMIT' }
  | { type: 'REQUEST_CORRECTION' }
  | { type: 'REGISTER' }
  | { type: 'REFUSE' }
  | { type: 'CHANGE' }
  | { type: 'DEREGISTER'; reason: DeregistrationReason }
  | { type: 'REVOKE' }
  | { type: 'DEFAULT' }
  | { type: 'START_ENFORCEMENT' }
  | { type: 'REALIZE' }
  | { type: 'WITHDRAW' };

export type PledgeEventType = PledgeEvent['type'];

export type TransitionResult =
  { ok: true; state: PledgeState } | { ok: false; code: 'TRANSITION_NOT_ALLOWED'; message: string };

/** Where each event leads from each status; a missing entry is not allowed. */
const TRANSITIONS: Readonly<Record<PledgeStatus, Partial<Record<PledgeEventType, PledgeStatus>>>> = {
  [PledgeStatus.DRAFT]: { SUBMIT: PledgeStatus.SUBMITTED, WITHDRAW: PledgeStatus.WITHDRAWN },
  [PledgeStatus.SUBMITTED]: {
    REQUEST_CORRECTION: PledgeStatus.CORRECTION_REQUESTED,
    REGISTER: PledgeStatus.REGISTERED,
    REFUSE: PledgeStatus.REFUSED,
    WITHDRAW: PledgeStatus.WITHDRAWN,
  },
  [PledgeStatus.CORRECTION_REQUESTED]: { SUBMIT: PledgeStatus.SUBMITTED, WITHDRAW: PledgeStatus.WITHDRAWN },
  [PledgeStatus.REGISTERED]: {
    CHANGE: PledgeStatus.REGISTERED,
    DEREGISTER: PledgeStatus.DEREGISTERED,
    REVOKE: PledgeStatus.REVOKED,
    DEFAULT: PledgeStatus.DEFAULTED,
  },
  [PledgeStatus.REFUSED]: {},
  [PledgeStatus.DEFAULTED]: { START_ENFORCEMENT: PledgeStatus.ENFORCING },
  [PledgeStatus.ENFORCING]: { REALIZE: PledgeStatus.REALIZED },
  [PledgeStatus.REALIZED]: { DEREGISTER: PledgeStatus.DEREGISTERED },
  [PledgeStatus.DEREGISTERED]: {},
  [PledgeStatus.REVOKED]: {},
  [PledgeStatus.WITHDRAWN]: {},
};

/** States no event leaves. */
export const TERMINAL_STATUSES: ReadonlySet<PledgeStatus> = new Set([
  PledgeStatus.REFUSED,
  PledgeStatus.DEREGISTERED,
  PledgeStatus.REVOKED,
  PledgeStatus.WITHDRAWN,
]);

/**
 * Statuses in which the pledge blocks another pledge on the same asset (one active
 * pledge per asset, no second rank): REGISTERED, DEFAULTED, ENFORCING and REALIZED.
 * The pledge is on the register from registration until its deregistration or
 * revocation is recorded; a REALIZED pledge still blocks until it is deregistered.
 * DRAFT/SUBMITTED/CORRECTION_REQUESTED are not yet pledges (a pledge exists only once
 * registered); REFUSED, DEREGISTERED, REVOKED and WITHDRAWN are over.
 */
export const ACTIVE_STATUSES: ReadonlySet<PledgeStatus> = new Set([
  PledgeStatus.REGISTERED,
  PledgeStatus.DEFAULTED,
  PledgeStatus.ENFORCING,
  PledgeStatus.REALIZED,
]);

/** A new draft application. */
export function initialPledgeState(): PledgeState {
  return { status: PledgeStatus.DRAFT, version: 0, deregistrationReason: null };
}

/** Whether the pledge counts as active for the one-active-pledge rule; see {@link ACTIVE_STATUSES}. */
export function isActive(state: PledgeState): boolean {
  return ACTIVE_STATUSES.has(state.status);
}

/** Whether no event can leave this state. */
export function isTerminal(state: PledgeState): boolean {
  return TERMINAL_STATUSES.has(state.status);
}

function refuse(state: PledgeState, event: PledgeEvent, why = ''): TransitionResult {
  return {
    ok: false,
    code: 'TRANSITION_NOT_ALLOWED',
    message: `${event.type} is not allowed from ${state.status}${why}`,
  };
}

/**
 * Applies one event. Pure: the input state is not modified.
 *
 * Besides the table above: REGISTER sets version 1, CHANGE increments it; DEREGISTER
 * records its reason, and after realisation only the reason REALIZED is accepted
 * (REALIZED as a reason straight from REGISTERED is allowed: the parties may agree on
 * a sale outside court enforcement).
 */
export function transition(state: PledgeState, event: PledgeEvent): TransitionResult {
  const target = TRANSITIONS[state.status][event.type];
  if (target === undefined) return refuse(state, event);
  switch (event.type) {
    case 'REGISTER':
      return { ok: true, state: { status: target, version: 1, deregistrationReason: null } };
    case 'CHANGE':
      return { ok: true, state: { ...state, version: state.version + 1 } };
    case 'DEREGISTER':
      if (!Object.values(DeregistrationReason).includes(event.reason)) {
        return refuse(state, event, `: unknown reason ${String(event.reason)}`);
      }
      if (state.status === PledgeStatus.REALIZED && event.reason !== DeregistrationReason.REALIZED) {
        return refuse(state, event, ` with reason ${event.reason}: a realised pledge is deregistered as REALIZED`);
      }
      return { ok: true, state: { ...state, status: target, deregistrationReason: event.reason } };
    default:
      return { ok: true, state: { ...state, status: target } };
  }
}
