import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  addMonths,
  effectiveListingStatus,
  effectiveOfferStatus,
  ListingStatus,
  OfferStatus,
  valuationSnapshot,
  type LatestValuation,
} from './listing-rules.js';

describe('effectiveListingStatus', () => {
  it.each([
    [ListingStatus.OPEN, null, '2026-03-10', ListingStatus.OPEN],
    [ListingStatus.OPEN, '2026-03-10', '2026-03-10', ListingStatus.OPEN],
    [ListingStatus.OPEN, '2026-03-09', '2026-03-10', ListingStatus.EXPIRED],
    [ListingStatus.OPEN, '2026-03-11', '2026-03-10', ListingStatus.OPEN],
    [ListingStatus.WITHDRAWN, '2026-03-01', '2026-03-10', ListingStatus.WITHDRAWN],
    [ListingStatus.ACCEPTED, '2026-03-01', '2026-03-10', ListingStatus.ACCEPTED],
    [ListingStatus.EXPIRED, null, '2026-03-10', ListingStatus.EXPIRED],
  ])('%s, last day %s, today %s -> %s', (status, expiresOn, today, expected) => {
    expect(effectiveListingStatus(status, expiresOn, today)).toBe(expected);
  });
});

describe('effectiveOfferStatus', () => {
  const at = new Date('2026-03-10T08:00:00Z');
  it.each([
    [OfferStatus.OPEN, '2026-03-10T08:00:00.001Z', OfferStatus.OPEN],
    [OfferStatus.OPEN, '2026-03-10T08:00:00.000Z', OfferStatus.EXPIRED],
    [OfferStatus.OPEN, '2026-03-09T00:00:00Z', OfferStatus.EXPIRED],
    [OfferStatus.ACCEPTED, '2026-03-09T00:00:00Z', OfferStatus.ACCEPTED],
    [OfferStatus.DECLINED, '2026-03-09T00:00:00Z', OfferStatus.DECLINED],
    [OfferStatus.WITHDRAWN, '2026-03-11T00:00:00Z', OfferStatus.WITHDRAWN],
  ])('%s expiring %s -> %s', (status, expiresAt, expected) => {
    expect(effectiveOfferStatus(status, new Date(expiresAt), at)).toBe(expected);
  });
});

describe('valuationSnapshot', () => {
  const v = (amount: string, currency = 'CNY', valuedAt = '2026-01-01T00:00:00Z'): LatestValuation => ({
    amount: new Decimal(amount),
    currency,
    valuedAt: new Date(valuedAt),
  });

  it('sums exactly and dates the total by its oldest valuation', () => {
    const snapshot = valuationSnapshot([
      v('1000000.10', 'CNY', '2026-02-01T00:00:00Z'),
      v('2500000.25', 'CNY', '2025-12-01T00:00:00Z'),
    ]);
    expect(snapshot?.total.toFixed(2)).toBe('3500000.35');
    expect(snapshot?.currency).toBe('CNY');
    expect(snapshot?.valuedAt.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  it.each([
    ['no assets', []],
    ['one asset without a valuation', [v('100'), null]],
    ['mixed currencies', [v('100'), v('100', 'USD')]],
  ])('%s -> null', (_name, latest) => {
    expect(valuationSnapshot(latest)).toBeNull();
  });

  it('equals the sum of its parts for any amounts (no float drift)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 30 }), (parts) => {
        const snapshot = valuationSnapshot(parts.map((c) => v(new Decimal(c.toString()).div(100).toFixed(2))));
        const expected = parts.reduce((a, b) => a + b, 0n);
        expect(snapshot?.total.times(100).toFixed(0)).toBe(expected.toString());
      }),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-10', 12, '2027-05-10'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-12-01', 121, '2037-01-01'],
  ])('%s + %d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects a bad date or a negative or fractional month count', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow();
    expect(() => addMonths('2026-01-01', -1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('always lands in the month `months` later, never past it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 600 }),
        (year, month, day, months) => {
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const date = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
          const [y, m, d] = addMonths(date, months).split('-').map(Number) as [number, number, number];
          expect(y * 12 + m).toBe(year * 12 + month + months);
          expect(d).toBeLessThanOrEqual(Math.min(day, last));
        },
      ),
    );
  });
});
