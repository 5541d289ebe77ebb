import fc from 'fast-check';
import {
  ACTIVE_STATUSES,
  DeregistrationReason,
  PledgeStatus,
  TERMINAL_STATUSES,
  initialPledgeState,
  isActive,
  isTerminal,
  transition,
  type PledgeEvent,
  type PledgeState,
} from './pledge-state.js';

const S = PledgeStatus;
const R = DeregistrationReason;

function at(
  status: PledgeStatus,
  version = status === S.DRAFT || status === S.SUBMITTED || status === S.CORRECTION_REQUESTED ? 0 : 1,
): PledgeState {
  return { status, version, deregistrationReason: status === S.DEREGISTERED ? R.REPAID : null };
}

const ALL_EVENTS: PledgeEvent[] = [
  { type: 'SUBMIT' },
  { type: 'REQUEST_CORRECTION' },
  { type: 'REGISTER' },
  { type: 'REFUSE' },
  { type: 'CHANGE' },
  ...Object.values(R).map((reason): PledgeEvent => ({ type: 'DEREGISTER', reason })),
  { type: 'REVOKE' },
  { type: 'DEFAULT' },
  { type: 'START_ENFORCEMENT' },
  { type: 'REALIZE' },
  { type: 'WITHDRAW' },
];

/** The lifecycle of DOMAIN.md, written out by hand: [from, event, to]. */
const ALLOWED: [PledgeStatus, PledgeEvent, PledgeStatus][] = [
  [S.DRAFT, { type: 'SUBMIT' }, S.SUBMITTED],
  [S.SUBMITTED, { type: 'REQUEST_CORRECTION' }, S.CORRECTION_REQUESTED],
  [S.CORRECTION_REQUESTED, { type: 'SUBMIT' }, S.SUBMITTED],
  [S.SUBMITTED, { type: 'REGISTER' }, S.REGISTERED],
  [S.SUBMITTED, { type: 'REFUSE' }, S.REFUSED],
  [S.REGISTERED, { type: 'CHANGE' }, S.REGISTERED],
  [S.REGISTERED, { type: 'DEREGISTER', reason: R.REPAID }, S.DEREGISTERED],
  [S.REGISTERED, { type: 'DEREGISTER', reason: R.REALIZED }, S.DEREGISTERED],
  [S.REGISTERED, { type: 'DEREGISTER', reason: R.WAIVED }, S.DEREGISTERED],
  [S.REGISTERED, { type: 'DEREGISTER', reason: R.MAIN_CONTRACT_VOID }, S.DEREGISTERED],
  [S.REGISTERED, { type: 'DEREGISTER', reason: R.OTHER }, S.DEREGISTERED],
  [S.REGISTERED, { type: 'REVOKE' }, S.REVOKED],
  [S.REGISTERED, { type: 'DEFAULT' }, S.DEFAULTED],
  [S.DEFAULTED, { type: 'START_ENFORCEMENT' }, S.ENFORCING],
  [S.ENFORCING, { type: 'REALIZE' }, S.REALIZED],
  [S.REALIZED, { type: 'DEREGISTER', reason: R.REALIZED }, S.DEREGISTERED],
  [S.DRAFT, { type: 'WITHDRAW' }, S.WITHDRAWN],
  [S.SUBMITTED, { type: 'WITHDRAW' }, S.WITHDRAWN],
  [S.CORRECTION_REQUESTED, { type: 'WITHDRAW' }, S.WITHDRAWN],
];

function key(status: PledgeStatus, event: PledgeEvent): string {
  return event.type === 'DEREGISTER' ? `${status}/${event.type}/${event.reason}` : `${status}/${event.type}`;
}

const allowedKeys = new Set(ALLOWED.map(([from, event]) => key(from, event)));
const NOT_ALLOWED: [PledgeStatus, PledgeEvent][] = Object.values(S).flatMap((status) =>
  ALL_EVENTS.filter((event) => !allowedKeys.has(key(status, event))).map((event): [PledgeStatus, PledgeEvent] => [
    status,
    event,
  ]),
);

describe('transition', () => {
  it.each(ALLOWED)('%s --%j--> %s', (from, event, to) => {
    const result = transition(at(from), event);
    expect(result).toMatchObject({ ok: true, state: { status: to } });
  });

  it('refuses every other combination', () => {
    // 11 statuses x 15 events, minus the 19 allowed ones.
    expect(NOT_ALLOWED).toHaveLength(11 * 15 - 19);
  });

  it.each(NOT_ALLOWED)('%s --%j--> TRANSITION_NOT_ALLOWED', (from, event) => {
    const result = transition(at(from), event);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(result.message).toContain(from);
  });

  it.each<[string, PledgeState, PledgeEvent, PledgeState]>([
    [
      'REGISTER sets version 1',
      at(S.SUBMITTED),
      { type: 'REGISTER' },
      { status: S.REGISTERED, version: 1, deregistrationReason: null },
    ],
    [
      'CHANGE increments the version',
      at(S.REGISTERED, 3),
      { type: 'CHANGE' },
      { status: S.REGISTERED, version: 4, deregistrationReason: null },
    ],
    [
      'DEREGISTER records the reason and keeps the version',
      at(S.REGISTERED, 2),
      { type: 'DEREGISTER', reason: R.WAIVED },
      { status: S.DEREGISTERED, version: 2, deregistrationReason: R.WAIVED },
    ],
    [
      'DEFAULT keeps the version',
      at(S.REGISTERED, 5),
      { type: 'DEFAULT' },
      { status: S.DEFAULTED, version: 5, deregistrationReason: null },
    ],
  ])('%s', (_label, state, event, expected) => {
    expect(transition(state, event)).toEqual({ ok: true, state: expected });
  });

  it('rejects an unknown deregistration reason', () => {
    const event = { type: 'DEREGISTER', reason: 'BORED' } as unknown as PledgeEvent;
    expect(transition(at(S.REGISTERED), event)).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('does not modify the input state', () => {
    const state = at(S.REGISTERED, 1);
    transition(state, { type: 'CHANGE' });
    expect(state).toEqual(at(S.REGISTERED, 1));
  });

  it('runs the whole enforcement path from a draft', () => {
    const events: PledgeEvent[] = [
      { type: 'SUBMIT' },
      { type: 'REQUEST_CORRECTION' },
      { type: 'SUBMIT' },
      { type: 'REGISTER' },
      { type: 'CHANGE' },
      { type: 'DEFAULT' },
      { type: 'START_ENFORCEMENT' },
      { type: 'REALIZE' },
      { type: 'DEREGISTER', reason: R.REALIZED },
    ];
    let state = initialPledgeState();
    for (const event of events) {
      const result = transition(state, event);
      if (!result.ok) throw new Error(result.message);
      state = result.state;
    }
    expect(state).toEqual({ status: S.DEREGISTERED, version: 2, deregistrationReason: R.REALIZED });
  });
});

describe('isActive and isTerminal', () => {
  it.each([
    [S.DRAFT, false, false],
    [S.SUBMITTED, false, false],
    [S.CORRECTION_REQUESTED, false, false],
    [S.REGISTERED, true, false],
    [S.REFUSED, false, true],
    [S.DEFAULTED, true, false],
    [S.ENFORCING, true, false],
    [S.REALIZED, true, false],
    [S.DEREGISTERED, false, true],
    [S.REVOKED, false, true],
    [S.WITHDRAWN, false, true],
  ])('%s: active %s, terminal %s', (status, active, terminal) => {
    expect(isActive(at(status))).toBe(active);
    expect(isTerminal(at(status))).toBe(terminal);
    expect(ACTIVE_STATUSES.has(status)).toBe(active);
    expect(TERMINAL_STATUSES.has(status)).toBe(terminal);
  });
});

describe('lifecycle properties', () => {
  const anyEvent = fc.constantFrom(...ALL_EVENTS);

  function run(events: PledgeEvent[]): PledgeState[] {
    const trace = [initialPledgeState()];
    let state = trace[0] as PledgeState;
    for (const event of events) {
      const result = transition(state, event);
      if (result.ok) state = result.state;
      trace.push(state);
    }
    return trace;
  }

  it('no sequence of events leads out of a terminal state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TERMINAL_STATUSES), fc.array(anyEvent, { maxLength: 20 }), (status, events) => {
        const state = at(status);
        for (const event of events) expect(transition(state, event).ok).toBe(false);
      }),
    );
  });

  it('once a random run reaches a terminal state it stays there unchanged', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        const trace = run(events);
        const first = trace.findIndex(isTerminal);
        if (first < 0) return;
        for (const later of trace.slice(first)) expect(later).toEqual(trace[first]);
      }),
    );
  });

  it('the version never decreases and the reason is set exactly when deregistered', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        const trace = run(events);
        for (let i = 1; i < trace.length; i += 1) {
          const [before, after] = [trace[i - 1] as PledgeState, trace[i] as PledgeState];
          expect(after.version).toBeGreaterThanOrEqual(before.version);
          expect(after.deregistrationReason !== null).toBe(after.status === S.DEREGISTERED);
        }
      }),
    );
  });

  it('a pledge is active only after it was registered', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        const trace = run(events);
        const registered = trace.findIndex((s) => s.status === S.REGISTERED);
        trace.forEach((state, i) => {
          if (isActive(state)) expect(registered >= 0 && i >= registered).toBe(true);
        });
      }),
    );
  });
});
