import { parse } from 'graphql';
import { operationUnits, RateLimiter } from './rate-limiter.js';

describe('RateLimiter (token buckets)', () => {
  let now = 0;
  const clock = (): number => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('grants up to the budget at once, then refuses with the seconds until enough has refilled', () => {
    const limiter = new RateLimiter(60, clock); // one unit a second
    expect(limiter.take(new Map([['k', 60]]))).toEqual({ allowed: true });
    expect(limiter.take(new Map([['k', 1]]))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take(new Map([['k', 5]]))).toEqual({ allowed: false, retryAfterSeconds: 5 });
    now += 5000;
    expect(limiter.take(new Map([['k', 5]]))).toEqual({ allowed: true });
    expect(limiter.take(new Map([['k', 1]]))).toMatchObject({ allowed: false });
  });

  it('keeps keys apart (another user or another root field has its own budget)', () => {
    const limiter = new RateLimiter(2, clock);
    expect(limiter.take(new Map([['user:a|query.x', 2]]))).toEqual({ allowed: true });
    expect(limiter.take(new Map([['user:b|query.x', 2]]))).toEqual({ allowed: true });
    expect(limiter.take(new Map([['user:a|query.y', 2]]))).toEqual({ allowed: true });
    expect(limiter.take(new Map([['user:a|query.x', 1]]))).toMatchObject({ allowed: false });
  });

  it('charges all keys of an operation or none', () => {
    const limiter = new RateLimiter(3, clock);
    expect(limiter.take(new Map([['b', 3]]))).toEqual({ allowed: true });
    expect(
      limiter.take(
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ),
    ).toMatchObject({ allowed: false });
    // `a` was not charged by the refused operation.
    expect(limiter.take(new Map([['a', 3]]))).toEqual({ allowed: true });
  });

  it('never refills above the budget; an operation larger than the whole budget is refused', () => {
    const limiter = new RateLimiter(60, clock);
    now += 3_600_000;
    expect(limiter.take(new Map([['k', 61]]))).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take(new Map([['k', 60]]))).toEqual({ allowed: true });
  });

  it('forgets full buckets when it holds too many keys', () => {
    const limiter = new RateLimiter(60, clock, 10);
    for (let i = 0; i < 10; i++) limiter.take(new Map([[`k${i}`, 1]]));
    now += 2000;
    limiter.take(new Map([['last', 1]]));
    expect(limiter.size).toBe(1);
  });
});

describe('operationUnits', () => {
  const units = (query: string, name?: string) => Object.fromEntries(operationUnits(parse(query), name));

  it('counts each root field selection, aliases included, by operation type and field', () => {
    expect(units('{ a: ipAssets { id } b: ipAssets { id } viewer { login } __typename }')).toEqual({
      'query.ipAssets': 2,
      'query.viewer': 1,
    });
    expect(units('mutation { x: createParty { id } y: createParty { id } }')).toEqual({ 'mutation.createParty': 2 });
  });

  it('expands root fragments and picks the named operation', () => {
    const doc =
      'query A { viewer { login } } query B { ...R ... on Query { viewer { login } } } fragment R on Query { ipAssets { id } }';
    expect(units(doc, 'B')).toEqual({ 'query.ipAssets': 1, 'query.viewer': 1 });
    expect(units(doc, 'A')).toEqual({ 'query.viewer': 1 });
    expect(units(doc, 'C')).toEqual({});
  });
});
